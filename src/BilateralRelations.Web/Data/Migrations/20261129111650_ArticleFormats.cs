using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BilateralRelations.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleFormats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceFile",
                table: "Relations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceFormat",
                table: "Relations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "PlainText"); // every article stored before was plain text

            // Before exports, every article had a file of its own.
            migrationBuilder.Sql("UPDATE Relations SET SourceFile = FileName;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceFile",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "SourceFormat",
                table: "Relations");
        }
    }
}
