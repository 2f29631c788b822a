using KhataBot.Core;
using KhataBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Keeps the bookkeeping tables small: sent replies (with their files) after a week, and the record of
/// handled updates after a month (Telegram redelivers for at most a day; the month keeps "edit #N" hints
/// for edited messages). Failed replies are kept: someone may want to see why. Hourly, through the book's
/// one writer.
/// </summary>
public sealed class OutboxPruner(KhataEngine engine, TimeProvider time, ILogger<OutboxPruner> logger) : BackgroundService
{
    public static readonly TimeSpan KeepSent = TimeSpan.FromDays(7);
    public static readonly TimeSpan KeepDeliveries = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Pruning the outbox failed; it is tried again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PruneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sentBefore = now - KeepSent;
        var handledBefore = now - KeepDeliveries;
        var pruned = 0;
        await engine.WriteAsync(async db =>
        {
            // Ids first: SQLite compares these date-times as text, which EF cannot translate for DateTimeOffset.
            var oldSent = (await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sent)
                    .Select(m => new { m.Id, m.SentAt }).ToListAsync(ct))
                .Where(m => m.SentAt < sentBefore).Select(m => m.Id).ToList();
            pruned += await db.OutboxMessages.Where(m => oldSent.Contains(m.Id)).ExecuteDeleteAsync(ct);
            var oldDeliveries = (await db.ProcessedDeliveries.Select(d => new { d.Key, d.At }).ToListAsync(ct))
                .Where(d => d.At < handledBefore).Select(d => d.Key).ToList();
            pruned += await db.ProcessedDeliveries.Where(d => oldDeliveries.Contains(d.Key)).ExecuteDeleteAsync(ct);
        }, ct);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} old outbox and delivery rows", pruned);
        }
    }
}
