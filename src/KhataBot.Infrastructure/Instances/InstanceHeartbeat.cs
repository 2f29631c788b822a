using KhataBot.Core;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Instances;

/// <summary>
/// Writes this instance's heartbeat (table LiveInstances) and reads who else is alive, every
/// Instance:HeartbeatInterval, into the <see cref="InstanceRoster"/>. On a clean stop its row is removed,
/// so the others take its share at once; a killed instance is dropped after Instance:GoneAfter.
/// </summary>
public sealed class InstanceHeartbeat(
    KhataEngine engine,
    IServiceScopeFactory scopes,
    InstanceRoster roster,
    TimeProvider time,
    IOptions<InstanceOptions> options,
    ILogger<InstanceHeartbeat> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once the others have had time to count this instance (two of its heartbeats after the first): before then its share of the
    /// rate would add to theirs. At once when it is alone.</summary>
    public Task Ready => _ready.Task;

    private static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.HeartbeatInterval;
        var beats = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(stoppingToken);
                beats++;
                // Three beats: the others have read at least one of them, whenever their own beats fall.
                if (roster.Count == 1 || beats >= 3)
                {
                    _ready.TrySetResult();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The heartbeat of instance {Instance} failed; the last count of instances ({Count}) stands", roster.Me, roster.Count);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task BeatAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var me = roster.Me;
        await engine.WriteAsync(async book =>
        {
            var db = (KhataDbContext)book;
            if (await db.LiveInstances.Where(i => i.Name == me).ExecuteUpdateAsync(s => s.SetProperty(i => i.SeenAtMs, now), ct) == 0)
            {
                db.LiveInstances.Add(new LiveInstance { Name = me, SeenAtMs = now });
            }

            var forgotten = now - (long)Forgotten.TotalMilliseconds;
            await db.LiveInstances.Where(i => i.SeenAtMs < forgotten).ExecuteDeleteAsync(ct);
        }, ct);

        await using var scope = scopes.CreateAsyncScope();
        var read = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var since = now - (long)options.Value.GoneAfter.TotalMilliseconds;
        var live = await read.LiveInstances.AsNoTracking().Where(i => i.SeenAtMs >= since).Select(i => i.Name).ToListAsync(ct);
        var before = roster.Count;
        roster.Update(live);
        if (roster.Count != before)
        {
            logger.LogInformation("{Count} instances share the bot now: {Names}", roster.Count, string.Join(", ", roster.Names));
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            var me = roster.Me;
            await engine.WriteAsync(async book => await ((KhataDbContext)book).LiveInstances.Where(i => i.Name == me).ExecuteDeleteAsync(CancellationToken.None), cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Instance {Instance} could not sign off; the others drop it after Instance:GoneAfter", roster.Me);
        }
    }
}
