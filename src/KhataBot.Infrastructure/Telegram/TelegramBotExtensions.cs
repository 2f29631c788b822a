using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Telegram.Client;
using KhataBot.Infrastructure.Telegram.Receiving;
using KhataBot.Infrastructure.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Telegram;

public static class TelegramBotExtensions
{
    /// <summary>Whether a bot token is configured; without one the bot runs as a console chat.</summary>
    public static bool HasTelegramBot(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]);

    /// <summary>The book on Telegram: the Bot API client, receiving by polling or webhook, the outbox sender.</summary>
    public static IHostApplicationBuilder AddTelegramBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken), "Telegram:BotToken is required.")
            .Validate(o => Succeeds(() => TelegramOptions.CheckedToken(o.BotToken)), "Telegram:BotToken is not in the form @BotFather gives (digits, a colon, then letters, digits, _ or -).")
            .Validate(o => o.Mode != TelegramMode.Webhook || o.WebhookUrl is not null, "Telegram:WebhookUrl is required when Telegram:Mode is Webhook.")
            .Validate(o => o.Mode != TelegramMode.Webhook || o.SecretToken is not null, "Telegram:SecretToken is required when Telegram:Mode is Webhook.")
            .ValidateOnStart();
        services.AddTelegramBotClient();

        services.AddSingleton<TelegramHealth>();
        services.AddSingleton<ChatActivity>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<IStartLinks>(sp => sp.GetRequiredService<BotIdentity>());
        services.AddSingleton(sp => new SendPacer(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<TelegramOptions>>().Value.MaxMessagesPerSecond));
        services.AddSingleton<ReplyTransmitter>();
        // Pictures in the outbox are chart descriptions; the sender draws them, with or without AddKhataCharts.
        services.TryAddSingleton<Charts.ChartPictures>();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<SentLog>();
        // Several instances on one database share the outbox and Telegram's rate by their heartbeats.
        services.TryAddSingleton<Instances.InstanceRoster>();
        services.TryAddSingleton<Instances.InstanceHeartbeat>();
        services.AddHostedService(sp => sp.GetRequiredService<Instances.InstanceHeartbeat>());
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxListener>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddHostedService<OutboxPruner>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<UpdateFetcher>();
        services.AddHostedService<BotProfile>();

        var mode = builder.Configuration.GetValue(nameof(TelegramOptions.Mode), TelegramMode.Polling, TelegramOptions.Section);
        if (mode == TelegramMode.Webhook)
        {
            services.AddHostedService<WebhookRegistration>();
        }
        else
        {
            services.AddHostedService<PollingService>();
        }

        return builder;
    }

    private static bool Succeeds(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static T GetValue<T>(this IConfiguration configuration, string key, T fallback, string section) =>
        configuration.GetSection(section).GetValue(key, fallback)!;
}
