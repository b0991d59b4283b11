using Microsoft.EntityFrameworkCore.Migrations;

namespace BilateralRelations.Web.Data.Migrations;

/// <summary>
/// The SQL of the search tables that EF cannot model, shared by the migrations that make and remake them: the
/// SearchEntries table (the words of every fact, written by Import/SearchIndexWriter), its FTS5 index and the
/// triggers that keep the two in step. A migration's SQL must never change once released: change what a new
/// migration does by adding a parameter, not by editing these.
/// </summary>
internal static class SearchIndexTables
{
    /// <summary>SearchEntries as <paramref name="name"/>; a person's row (one per person) has no relation.</summary>
    public static void CreateEntries(MigrationBuilder migrationBuilder, string name, bool relationOptional) =>
        migrationBuilder.Sql($"""
            CREATE TABLE "{name}" (
                "Id" INTEGER NOT NULL PRIMARY KEY,
                "RelationId" INTEGER {(relationOptional ? "NULL" : "NOT NULL")} REFERENCES "Relations" ("Id") ON DELETE CASCADE,
                "Kind" TEXT NOT NULL,
                "FactId" INTEGER NOT NULL,
                "Title" TEXT NOT NULL,
                "Body" TEXT NOT NULL,
                "Source" TEXT NOT NULL
            );
            """);

    /// <summary>
    /// The full-text index over SearchEntries and its triggers. An external-content index: the text is stored once
    /// (in SearchEntries), the index holds only the words. remove_diacritics 2 folds every accent ("Orban" finds
    /// "Orbán", "Gyongyos" finds "Gyöngyös"). The delete trigger is also fired by the cascade when a relation is deleted.
    /// </summary>
    public static void CreateIndex(MigrationBuilder migrationBuilder)
    {
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
    }

    /// <summary>
    /// SearchEntries copied into a new table made by <see cref="CreateEntries"/> (the rows <paramref name="where"/>
    /// keeps, each with its id from <paramref name="id"/>), and the index rebuilt from it.
    /// </summary>
    public static void RebuildEntries(MigrationBuilder migrationBuilder, string id, bool relationOptional, string where = "1")
    {
        migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Deleted";""");
        migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Inserted";""");
        migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
        CreateEntries(migrationBuilder, "SearchEntries_Keyed", relationOptional);
        migrationBuilder.Sql($"""
            INSERT INTO "SearchEntries_Keyed" ("Id", "RelationId", "Kind", "FactId", "Title", "Body", "Source")
            SELECT {id}, "RelationId", "Kind", "FactId", "Title", "Body", "Source" FROM "SearchEntries" WHERE {where};
            """);
        migrationBuilder.Sql("""DROP TABLE "SearchEntries";""");
        migrationBuilder.Sql("""ALTER TABLE "SearchEntries_Keyed" RENAME TO "SearchEntries";""");
        migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_RelationId" ON "SearchEntries" ("RelationId");""");
        CreateIndex(migrationBuilder);
        migrationBuilder.Sql("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('rebuild');""");
    }
}
