using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        builder.Services.AddOptions<Core.BookOptions>().BindConfiguration("Book");
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    public static IServiceCollection AddKhataData(this IServiceCollection services, string connectionString)
    {
        // The interceptor lets a connection that stays open (the engine's writer) reuse compiled SQL.
        // SQLite changes some columns by rebuilding the table, which turns foreign-key checks off around the
        // swap, outside a transaction; EF warns about that on every new install. Migrations run at start-up,
        // before anything else writes, so it is logged for those who look (Debug), not shown to a newcomer.
        services.AddDbContextPool<KhataDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(SharedCompiledSql)
            .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));
        services.AddScoped<IKhataDb>(sp => sp.GetRequiredService<KhataDbContext>());
        return services;
    }
}
