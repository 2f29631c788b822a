using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhataBot.Infrastructure.DataMigrations
{
    /// <inheritdoc />
    public partial class OpenDueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entries_OpenDues_ByCustomer",
                table: "Entries");

            migrationBuilder.DropIndex(
                name: "IX_Entries_OpenDues_ByDate",
                table: "Entries");
        }
    }
}
