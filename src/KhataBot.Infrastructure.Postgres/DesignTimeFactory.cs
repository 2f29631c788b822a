using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KhataBot.Infrastructure.Postgres;

/// <summary>What `dotnet ef` builds the model from for this set: the app's own options on Npgsql. Adding a
/// migration needs no server; `dotnet ef database update` would use KHATA_PG (else a local default).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KhataDbContext>
{
    public KhataDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("KHATA_PG") ?? "Host=localhost;Database=khata";
        var options = new DbContextOptionsBuilder<KhataDbContext>();
        DependencyInjection.UseBook(options, connectionString, DatabaseProvider.Postgres);
        return new KhataDbContext(options.Options);
    }
}
