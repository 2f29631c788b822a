using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>Tells Telegram where to post updates (Telegram:Mode=Webhook), retrying until it answers.</summary>
public sealed class WebhookRegistration(
    ITelegramBotClient bot,
    TelegramHealth health,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var url = settings.WebhookUrl ?? throw new InvalidOperationException("Telegram:WebhookUrl is required when Telegram:Mode is Webhook.");
        var backoff = new TelegramBackoff();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.SetWebhook(
                    url: url.AbsoluteUri,
                    allowedUpdates: UpdateFetcher.Wanted,
                    dropPendingUpdates: settings.DropPendingUpdates,
                    secretToken: settings.SecretToken,
                    cancellationToken: stoppingToken);
                health.Contacted();
                logger.LogInformation("Receiving Telegram updates by webhook at {Path}", settings.WebhookPath);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.Next();
                logger.LogWarning(ex, "Setting the webhook failed; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }
}
