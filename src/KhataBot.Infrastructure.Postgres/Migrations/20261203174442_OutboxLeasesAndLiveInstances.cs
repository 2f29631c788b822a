using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhataBot.Infrastructure.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLeasesAndLiveInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OutboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseUntilMs",
                table: "OutboxMessages",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LiveInstances",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SeenAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveInstances", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveInstances");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "LeaseUntilMs",
                table: "OutboxMessages");
        }
    }
}
