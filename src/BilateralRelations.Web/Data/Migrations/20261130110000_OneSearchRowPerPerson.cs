using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneSearchRowPerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A person had one row per relation naming them: a head of state named in a hundred articles matched a
            // hundred times, and a search ranked every one. Now a person has one row, of no relation, written at the
            // end of each import for the people without one (Import/SearchIndexWriter). The other rows are kept; the
            // people's rows are dropped here and written by the next import, which the site runs as it starts (a
            // database served read-only with a migration pending is refused until it is rebuilt).
            SearchIndexTables.RebuildEntries(migrationBuilder, "\"Id\"", relationOptional: true, where: "\"Kind\" <> 'person'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The importer before this wrote a person's rows with each relation: every article is read again.
            SearchIndexTables.RebuildEntries(migrationBuilder, "\"Id\"", relationOptional: false, where: "\"Kind\" <> 'person'");
            migrationBuilder.Sql("""UPDATE "Relations" SET "ContentHash" = '';""");
        }
    }
}
