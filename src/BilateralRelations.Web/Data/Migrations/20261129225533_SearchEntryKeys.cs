using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntryKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each row's id becomes its key: kind, fact and relation in one integer (Data/SearchEntryKey, whose codes
            // these are), so a search reads them from the index's rowid instead of looking up every row it matches.
            // The rows are kept and rekeyed, and the index rebuilt from them: a database imported before needs no
            // new import.
            Rebuild(migrationBuilder, """
                ((CASE "Kind" WHEN 'visit' THEN 0 WHEN 'person' THEN 1 WHEN 'agreement' THEN 2 WHEN 'mission' THEN 3
                    WHEN 'ambassador' THEN 4 WHEN 'sister-city' THEN 5 WHEN 'membership' THEN 6 WHEN 'event' THEN 7 END) << 56)
                | ("FactId" << 24) | "RelationId"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, """ROW_NUMBER() OVER (ORDER BY "Id")""");

        /// <summary>SearchEntries, its index and triggers as the SearchIndex migration made them, with each row's id from <paramref name="id"/>.</summary>
        private static void Rebuild(MigrationBuilder migrationBuilder, string id)
        {
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("""
                CREATE TABLE "SearchEntries_Keyed" (
                    "Id" INTEGER NOT NULL PRIMARY KEY,
                    "RelationId" INTEGER NOT NULL REFERENCES "Relations" ("Id") ON DELETE CASCADE,
                    "Kind" TEXT NOT NULL,
                    "FactId" INTEGER NOT NULL,
                    "Title" TEXT NOT NULL,
                    "Body" TEXT NOT NULL,
                    "Source" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "SearchEntries_Keyed" ("Id", "RelationId", "Kind", "FactId", "Title", "Body", "Source")
                SELECT {id}, "RelationId", "Kind", "FactId", "Title", "Body", "Source" FROM "SearchEntries";
                """);
            migrationBuilder.Sql("""DROP TABLE "SearchEntries";""");
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries_Keyed" RENAME TO "SearchEntries";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_RelationId" ON "SearchEntries" ("RelationId");""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Title", "Body", "Source", content = 'SearchEntries', content_rowid = 'Id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex" ("rowid", "Title", "Body", "Source") VALUES (new."Id", new."Title", new."Body", new."Source");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "Title", "Body", "Source") VALUES ('delete', old."Id", old."Title", old."Body", old."Source");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('rebuild');""");
        }
    }
}
