using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Infrastructure;

public static class DependencyInjection
{
    public const string DefaultConnectionString = "Data Source=khatabot.db";

    private static readonly Data.CompiledSql.CompiledSqlInterceptor SharedCompiledSql = new();

    /// <summary>The book on SQLite (ConnectionStrings:Khata), migrated at start.</summary>
    public static IHostApplicationBuilder AddKhataData(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Khata") ?? DefaultConnectionString;
        builder.Services.AddKhataData(connectionString);
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    public static IServiceCollection AddKhataData(this IServiceCollection services, string connectionString)
    {
        // The interceptor lets a connection that stays open (the engine's writer) reuse compiled SQL.
        services.AddDbContextPool<KhataDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(SharedCompiledSql));
        services.AddScoped<IKhataDb>(sp => sp.GetRequiredService<KhataDbContext>());
        return services;
    }
}
