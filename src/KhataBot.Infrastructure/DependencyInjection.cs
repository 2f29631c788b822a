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

    /// <summary>PostgreSQL's migrations are their own set, made for its types (docs/decisions/0018).</summary>
    public const string PostgresMigrationsAssembly = "KhataBot.Infrastructure.Postgres";

    private static readonly Data.CompiledSql.CompiledSqlInterceptor SharedCompiledSql = new();

    /// <summary>The book on SQLite or PostgreSQL (Database:Provider, ConnectionStrings:Khata), migrated at start.</summary>
    public static IHostApplicationBuilder AddKhataData(this IHostApplicationBuilder builder)
    {
        var provider = DatabaseSettings.ProviderOf(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Khata")
            ?? (provider == DatabaseProvider.Sqlite
                ? DefaultConnectionString
                : throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Khata to an Npgsql connection string, as in \"Host=localhost;Database=khata;Username=khata;Password=…\"."));
        builder.Services.AddKhataData(connectionString, provider);
        builder.Services.AddOptions<Core.BookOptions>().BindConfiguration("Book");
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    public static IServiceCollection AddKhataData(this IServiceCollection services, string connectionString, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        services.AddDbContextPool<KhataDbContext>(options => UseBook(options, connectionString, provider));
        services.AddSingleton(BookLocation.Of(connectionString, provider));
        services.AddScoped<IKhataDb>(sp => sp.GetRequiredService<KhataDbContext>());
        return services;
    }

    /// <summary>The options of a context on the book, as the app makes them (tests open one of their own with this).</summary>
    public static DbContextOptionsBuilder UseBook(DbContextOptionsBuilder options, string connectionString, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            // Several writers commit at once on PostgreSQL: none of the SQLite writer's shortcuts apply.
            return options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        }

        // The interceptor lets a connection that stays open (the engine's writer) reuse compiled SQL.
        // SQLite changes some columns by rebuilding the table, which turns foreign-key checks off around the
        // swap, outside a transaction; EF warns about that on every new install. Migrations run at start-up,
        // before anything else writes, so it is logged for those who look (Debug), not shown to a newcomer.
        return options
            .UseSqlite(connectionString)
            .AddInterceptors(SharedCompiledSql)
            .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
    }
}
