using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhataBot.Infrastructure.DataMigrations
{
    /// <inheritdoc />
    public partial class CustomerLinksAndDueActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpiId",
                table: "Shops",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PaysDueNumber",
                table: "Entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemindersSnoozedUntil",
                table: "Entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShopId = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: true),
                    UserId = table.Column<long>(type: "INTEGER", nullable: true),
                    LinkedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerLinks_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomerLinks_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerLinks_ChatId",
                table: "CustomerLinks",
                column: "ChatId",
                filter: "\"ChatId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerLinks_CustomerId",
                table: "CustomerLinks",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerLinks_ShopId",
                table: "CustomerLinks",
                column: "ShopId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerLinks_Token",
                table: "CustomerLinks",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerLinks");

            migrationBuilder.DropColumn(
                name: "UpiId",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "PaysDueNumber",
                table: "Entries");

            migrationBuilder.DropColumn(
                name: "RemindersSnoozedUntil",
                table: "Entries");
        }
    }
}
