using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KhataBot.Infrastructure.Telegram.Client;

public static class TelegramClientRegistration
{
    /// <summary>The named HttpClient every Bot API call goes through, Telegram.Bot's and the raw getUpdates of
    /// <see cref="Receiving.UpdateFetcher"/>.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>Registers Telegram.Bot's <see cref="ITelegramBotClient"/> the way its docs show for the
    /// Generic Host: a typed client over a named HttpClient from IHttpClientFactory, for the bot and the
    /// Bot API server (Telegram:ApiBaseUrl) in <see cref="TelegramOptions"/>.</summary>
    public static IServiceCollection AddTelegramBotClient(this IServiceCollection services)
    {
        services.AddOptions<TelegramTimeouts>();
        services.AddHttpClient(HttpClientName, http =>
            {
                // TelegramDeadlines gives each call its own deadline, so one client serves the long poll and quick sends.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The sender runs several sends at once; Telegram allows about 30 a second, so this is never the
                // limit, yet a runaway burst cannot open thousands of sockets.
                MaxConnectionsPerServer = 100,
                // Picks up DNS changes without the factory rotating handlers (hence the infinite lifetime below).
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // Telegram.Bot puts the token in every URL's path, and the factory's loggers print request URLs
            // (.NET redacts only the query string): no logger may see them.
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new TelegramDeadlines(
                sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
                sp.GetRequiredService<IOptions<TelegramTimeouts>>().Value))
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
                new TelegramBotClient(ClientOptions(sp.GetRequiredService<IOptions<TelegramOptions>>().Value), http));
        return services;
    }

    /// <summary>Telegram.Bot's options for our settings. RetryThreshold 0: the library would otherwise wait out a
    /// 429 of up to a minute itself, holding a sender behind our own pacing; the outbox decides instead.</summary>
    public static TelegramBotClientOptions ClientOptions(TelegramOptions options) =>
        // Telegram.Bot keeps only the scheme and authority of the base URL ({base}/bot{token}/{method}); null is
        // its own default, api.telegram.org.
        new(token: TelegramOptions.CheckedToken(options.BotToken),
            baseUrl: options.ApiBaseUrl.Host == "api.telegram.org" ? null : options.ApiBaseUrl.GetLeftPart(UriPartial.Authority))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
}
