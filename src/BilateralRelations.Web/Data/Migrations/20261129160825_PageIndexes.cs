using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_RelationId",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_VisitParticipants_PersonId",
                table: "VisitParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_RelationId_StartDate",
                table: "Visits",
                columns: new[] { "RelationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitParticipants_PersonId_VisitId",
                table: "VisitParticipants",
                columns: new[] { "PersonId", "VisitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_RelationId_StartDate",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_VisitParticipants_PersonId_VisitId",
                table: "VisitParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_RelationId",
                table: "Visits",
                column: "RelationId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitParticipants_PersonId",
                table: "VisitParticipants",
                column: "PersonId");
        }
    }
}
