using KhataBot.Infrastructure.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>
/// Receives updates by long polling (Telegram:Mode=Polling). A batch is confirmed (the next offset) only
/// after every update in it is committed to the book (or its chat was told it could not be), so a crash or
/// a book that cannot be written means a redelivery, which the book recognises, never a loss. Failures back
/// off from 1 s to 30 s instead of spinning.
/// </summary>
public sealed class PollingService(
    IBotApi api,
    UpdateRouter router,
    TelegramHealth health,
    IHostApplicationLifetime lifetime,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollingService> logger) : BackgroundService
{
    private static readonly string[] WantedUpdates = ["message", "edited_message", "callback_query"];

    private long? _offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new TelegramBackoff();
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    // A webhook left from an earlier run would make every poll fail with 409.
                    await api.DeleteWebhookAsync(settings.DropPendingUpdates, stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Receiving Telegram updates by long polling");
                }

                // Read one by one: an update we cannot read is skipped with its offset, not a reason to stop.
                var answer = await api.GetUpdatesJsonAsync(_offset, 100, settings.PollTimeoutSeconds, WantedUpdates, stoppingToken);
                health.Contacted();
                backoff.Reset();
                long? last = null;
                var updates = new List<Update>(answer.Count);
                foreach (var json in answer)
                {
                    if (UpdateReader.Read(json, logger, out var id) is { } update)
                    {
                        updates.Add(update);
                    }

                    last = id > last || last is null ? id : last;
                }

                if (last is null)
                {
                    continue;
                }

                // Started in order, so one chat's messages reach the book in the order they were sent;
                // different chats share the book's group commits.
                await Task.WhenAll(updates.Select(update => router.HandleAsync(update, stoppingToken)).ToList());
                _offset = last + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (BotApiException ex) when (ex.ErrorCode == 401)
            {
                logger.LogCritical("Telegram refused the bot token (401 Unauthorized). Check Telegram:BotToken; the bot stops.");
                lifetime.StopApplication();
                return;
            }
            catch (BotApiException ex) when (ex.ErrorCode == 409)
            {
                logger.LogCritical("Telegram reports a conflict (409: {Description}). Another instance is polling with this token, or a webhook is set. Retrying in {Delay}.",
                    ex.Description, TelegramBackoff.Longest);
                webhookRemoved = ex.Description.Contains("webhook", StringComparison.OrdinalIgnoreCase) ? false : webhookRemoved;
                await DelayAsync(TelegramBackoff.Longest, stoppingToken);
            }
            catch (Exception ex)
            {
                var delay = backoff.Next();
                logger.LogWarning(ex, "Polling Telegram failed; retrying in {Delay}", delay);
                await DelayAsync(delay, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_offset is not { } offset)
        {
            return;
        }

        // Confirm what was handled, so Telegram does not send it again after the restart.
        try
        {
            using var quick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quick.CancelAfter(TimeSpan.FromSeconds(5));
            await api.GetUpdatesAsync(offset, 1, 0, null, quick.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not confirm the last updates to Telegram; they will be delivered again and recognised");
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
