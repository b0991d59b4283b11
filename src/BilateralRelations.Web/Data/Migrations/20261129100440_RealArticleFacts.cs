using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RealArticleFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_LevelSlug",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "LevelSlug",
                table: "Visits");

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LevelHeading",
                table: "Visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "SisterCities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Surname",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Missions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResidentInCountryId",
                table: "Missions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Memberships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Ambassadors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inference",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Tier",
                table: "Visits",
                column: "Tier");

            migrationBuilder.CreateIndex(
                name: "IX_People_Surname",
                table: "People",
                column: "Surname");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_ResidentInCountryId",
                table: "Missions",
                column: "ResidentInCountryId");

            migrationBuilder.AddForeignKey(
                name: "FK_Missions_Countries_ResidentInCountryId",
                table: "Missions",
                column: "ResidentInCountryId",
                principalTable: "Countries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Missions_Countries_ResidentInCountryId",
                table: "Missions");

            migrationBuilder.DropIndex(
                name: "IX_Visits_Tier",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_People_Surname",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Missions_ResidentInCountryId",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "LevelHeading",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "SisterCities");

            migrationBuilder.DropColumn(
                name: "Surname",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "ResidentInCountryId",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "Inference",
                table: "Agreements");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Visits",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LevelSlug",
                table: "Visits",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_LevelSlug",
                table: "Visits",
                column: "LevelSlug");
        }
    }
}
