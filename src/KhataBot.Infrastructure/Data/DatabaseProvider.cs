using Microsoft.Extensions.Configuration;

namespace KhataBot.Infrastructure.Data;

/// <summary>Where the book and the jobs live (Database:Provider). SQLite is the embedded default: one
/// process, nothing to install. PostgreSQL is for a hosted bot with several instances (docs/decisions/0018).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSettings
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>The provider named in the settings; a misspelt one stops the start with the setting's name.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration[ProviderKey] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
            var name => throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Postgres (it was \"{name}\")."),
        };
}
