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
            SearchIndexTables.CreateEntries(migrationBuilder, "SearchEntries", relationOptional: false);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_RelationId" ON "SearchEntries" ("RelationId");""");
            SearchIndexTables.CreateIndex(migrationBuilder);
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
