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
        private static void Rebuild(MigrationBuilder migrationBuilder, string id) =>
            SearchIndexTables.RebuildEntries(migrationBuilder, id, relationOptional: false);
    }
}
