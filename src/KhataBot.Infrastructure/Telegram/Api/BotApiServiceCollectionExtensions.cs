using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Telegram.Api;

public static class BotApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IBotApi"/> as a typed HttpClient for the bot in <see cref="TelegramOptions"/>,
    /// which the caller binds (<c>AddOptions&lt;TelegramOptions&gt;().BindConfiguration(TelegramOptions.Section)</c>).
    /// Timeouts come from <see cref="BotApiTimeouts"/>.</summary>
    public static IServiceCollection AddTelegramBotApi(this IServiceCollection services)
    {
        services.AddOptions<BotApiTimeouts>();
        services.AddHttpClient<IBotApi, BotApiClient>((provider, http) =>
            {
                http.BaseAddress = BotApiAddress.For(provider.GetRequiredService<IOptions<TelegramOptions>>().Value);
                // Each call sets its own deadline, so one client serves both the long poll and quick sends.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The sender runs many sends at once; Telegram allows about 30 a second, so this is never the
                // limit, yet a runaway burst cannot open thousands of sockets.
                MaxConnectionsPerServer = 100,
                // Picks up DNS changes without the factory rotating handlers (hence the infinite lifetime below).
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's own loggers write every request URL, and the URL holds the bot token.
            .RemoveAllLoggers();
        return services;
    }
}
