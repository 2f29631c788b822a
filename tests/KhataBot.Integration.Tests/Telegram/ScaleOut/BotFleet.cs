using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.ScaleOut;

/// <summary>
/// Several real KhataBot processes in webhook mode on one PostgreSQL database, and the stand-in posting each
/// update to one of them at random (a tenth to two at once), as a reverse proxy in front of them would.
/// Short heartbeats and leases, so a killed instance's share and replies pass to the others within seconds.
/// </summary>
internal sealed class BotFleet : IAsyncDisposable
{
    private BotFleet(BotApiStandIn telegram, PostgresTestDatabase database, List<TelegramBotProcess> bots)
    {
        Telegram = telegram;
        Database = database;
        Bots = bots;
    }

    public BotApiStandIn Telegram { get; }

    public PostgresTestDatabase Database { get; }

    public IReadOnlyList<TelegramBotProcess> Bots { get; }

    public static string NameOf(int index) => $"bot-{index + 1}";

    public static async Task<BotFleet> StartAsync(int instances, Dictionary<string, string>? more = null)
    {
        var telegram = await BotApiStandIn.StartAsync();
        // Telegram's overall limit, as Telegram counts it; groups' per-minute limit does not apply to private chats.
        telegram.RateLimit = new RateLimitOptions { MaxPerSecondOverall = 30, MaxPerMinutePerGroup = null };
        var database = await PostgresTestServer.CreateDatabaseAsync();
        var bots = new List<TelegramBotProcess>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                var settings = new Dictionary<string, string>
                {
                    ["Database__Provider"] = "Postgres",
                    ["ConnectionStrings__Khata"] = database.ConnectionString,
                    // The jobs share the book's database (the default on PostgreSQL; said here to be plain).
                    ["ConnectionStrings__Jobs"] = database.ConnectionString,
                    ["Instance__Name"] = NameOf(i),
                    ["Instance__HeartbeatInterval"] = "00:00:01",
                    ["Instance__GoneAfter"] = "00:00:04",
                    ["Instance__OutboxLease"] = "00:00:06",
                    // Trace on every one of ten thousand updates would cost more than the work on two cores.
                    ["Logging__LogLevel__Default"] = "Information",
                    ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
                    ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
                    ["Logging__LogLevel__System.Net.Http"] = "Warning",
                };
                foreach (var (key, value) in more ?? []) settings[key] = value;
                // One after another: the first migrates the database, the others find it migrated.
                bots.Add(await TelegramBotProcess.StartAsync(telegram, settings, webhook: true));
            }

            await telegram.SpreadWebhookAsync(new WebhookSpread { Instances = [.. bots.Select(b => b.HttpBase!)] });
            return new BotFleet(telegram, database, bots);
        }
        catch
        {
            foreach (var bot in bots) await bot.DisposeAsync();
            await database.DisposeAsync();
            await telegram.DisposeAsync();
            throw;
        }
    }

    /// <summary>The most sends the stand-in took within any one second, and to one chat within any one second.</summary>
    public (int Overall, int OneChat) BusiestSecond()
    {
        var sent = Telegram.AllSent.Select(m => (m.ChatId, m.At)).OrderBy(m => m.At).ToList();
        return (MostInOneSecond(sent.Select(m => m.At).ToList()),
            sent.GroupBy(m => m.ChatId).Select(g => MostInOneSecond([.. g.Select(m => m.At)])).DefaultIfEmpty(0).Max());
    }

    private static int MostInOneSecond(List<DateTimeOffset> times)
    {
        var most = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromSeconds(1)) start++;
            most = Math.Max(most, end - start + 1);
        }

        return most;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in Bots) await bot.DisposeAsync();
        await Telegram.DisposeAsync();
        await Database.DisposeAsync();
    }
}
