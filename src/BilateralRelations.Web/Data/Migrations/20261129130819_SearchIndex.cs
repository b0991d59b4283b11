using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The words of every fact, one row per fact (a person: per relation naming them), written by the importer
            // (Import/SearchIndexWriter). EF cannot model an FTS5 table, so neither table is in the model: both are
            // read and written with SQL only. Deleting a relation deletes its rows (the foreign key), and the triggers
            // keep the full-text index in step with this table.
            migrationBuilder.Sql("""
                CREATE TABLE "SearchEntries" (
                    "Id" INTEGER NOT NULL PRIMARY KEY,
                    "RelationId" INTEGER NOT NULL REFERENCES "Relations" ("Id") ON DELETE CASCADE,
                    "Kind" TEXT NOT NULL,
                    "FactId" INTEGER NOT NULL,
                    "Title" TEXT NOT NULL,
                    "Body" TEXT NOT NULL,
                    "Source" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_RelationId" ON "SearchEntries" ("RelationId");""");
            // An external-content index: the text is stored once (in SearchEntries), the index holds only the words.
            // remove_diacritics 2 folds every accent ("Orban" finds "Orbán", "Gyongyos" finds "Gyöngyös").
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
            // Also fired by the cascade when a relation is deleted.
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "Title", "Body", "Source") VALUES ('delete', old."Id", old."Title", old."Body", old."Source");
                END;
                """);
            // Articles imported before have no rows: they are read again at the next import, which writes them.
            migrationBuilder.Sql("""UPDATE "Relations" SET "ContentHash" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndex";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchEntries";""");
        }
    }
}
