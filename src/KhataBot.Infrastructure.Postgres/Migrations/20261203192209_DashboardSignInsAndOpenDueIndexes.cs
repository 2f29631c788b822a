using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KhataBot.Infrastructure.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DashboardSignInsAndOpenDueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DashboardSignIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: true),
                    SenderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardSignIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DashboardSignIns_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_OpenDues_ByCustomer",
                table: "Entries",
                columns: new[] { "ShopId", "CustomerId", "DueDate" },
                filter: "\"DueDate\" IS NOT NULL AND \"Kind\" = 1 AND \"DeletedAt\" IS NULL AND \"DuePaidPaise\" < \"AmountPaise\"");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_OpenDues_ByDate",
                table: "Entries",
                columns: new[] { "ShopId", "DueDate", "AmountPaise", "DuePaidPaise" },
                filter: "\"DueDate\" IS NOT NULL AND \"Kind\" = 1 AND \"DeletedAt\" IS NULL AND \"DuePaidPaise\" < \"AmountPaise\"");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSignIns_TokenHash",
                table: "DashboardSignIns",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardSignIns");

            migrationBuilder.DropIndex(
                name: "IX_Entries_OpenDues_ByCustomer",
                table: "Entries");

            migrationBuilder.DropIndex(
                name: "IX_Entries_OpenDues_ByDate",
                table: "Entries");
        }
    }
}
