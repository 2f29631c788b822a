using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>
/// Receives updates by long polling (Telegram:Mode=Polling). Our own loop over getUpdates, not Telegram.Bot's
/// StartReceiving, which moves the offset on before its handler runs: here a batch is confirmed (the next
/// offset) only after every update in it is committed to the book (or its chat was told it could not be), so
/// a crash or a book that cannot be written means a redelivery, which the book recognises, never a loss.
/// Failures back off from 1 s to 30 s instead of spinning.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient bot,
    UpdateFetcher fetcher,
    UpdateRouter router,
    TelegramHealth health,
    IHostApplicationLifetime lifetime,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollingService> logger) : BackgroundService
{
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
                    await bot.DeleteWebhook(dropPendingUpdates: settings.DropPendingUpdates, cancellationToken: stoppingToken);
                    webhookRemoved = true;
                    logger.LogInformation("Receiving Telegram updates by long polling");
                }

                var (updates, last) = await fetcher.FetchAsync(_offset, settings.PollTimeoutSeconds, stoppingToken);
                health.Contacted();
                backoff.Reset();
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
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                logger.LogCritical("Telegram refused the bot token (401 Unauthorized). Check Telegram:BotToken; the bot stops.");
                lifetime.StopApplication();
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                logger.LogCritical("Telegram reports a conflict (409: {Description}). Another instance is polling with this token, or a webhook is set. Retrying in {Delay}.",
                    ex.Message, TelegramBackoff.Longest);
                webhookRemoved = ex.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase) ? false : webhookRemoved;
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
            await fetcher.ConfirmAsync(offset, quick.Token);
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
