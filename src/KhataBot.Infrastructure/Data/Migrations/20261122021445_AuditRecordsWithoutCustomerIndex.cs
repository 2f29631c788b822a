using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhataBot.Infrastructure.DataMigrations
{
    /// <inheritdoc />
    public partial class AuditRecordsWithoutCustomerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_CustomerId",
                table: "AuditRecords");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_CustomerId",
                table: "AuditRecords",
                column: "CustomerId");
        }
    }
}
