using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.Reliability;

/// <summary>A second process on the same SQLite files (a rolling restart, a second `dotnet run` by mistake)
/// refuses to start, so no reply is sent twice; the read-only `jobs` command still works beside the bot.</summary>
public sealed class SecondProcessTests
{
    private const long Asha = 8301;

    [SqliteOnlyFact("the lock file that keeps a second process off a SQLite book")]
    public async Task A_second_process_on_the_same_book_refuses_to_start_naming_the_lock_and_jobs_still_reads()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        var jobsFile = Path.Combine(Path.GetDirectoryName(bot.DatabasePath)!, "khatabot-jobs.db");
        using var second = new KhataBotProcess();
        second.Environment["ConnectionStrings__Khata"] = $"Data Source={bot.DatabasePath}";
        second.Environment["ConnectionStrings__Jobs"] = $"Data Source={jobsFile}";
        second.Environment["Telegram__BotToken"] = telegram.Token;
        second.Environment["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString();

        var asBot = await second.RunAsync("");
        second.Environment.Remove("Telegram__BotToken");
        var asConsole = await second.RunAsync("balances\n");

        Assert.Equal(3, asBot.ExitCode);
        Assert.Contains($"{bot.DatabasePath}.lock", asBot.Errors);
        Assert.Contains("Another KhataBot process", asBot.Errors);
        Assert.Equal(3, asConsole.ExitCode);
        Assert.DoesNotContain("owe", asConsole.Output);

        var jobs = await second.RunAsync("", "jobs");
        Assert.Equal(0, jobs.ExitCode);
        Assert.Contains("Jobs (times in UTC):", jobs.Output);

        // The first is untouched and alone: one reply per message.
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, TimeSpan.FromSeconds(20));
        await Task.Delay(1000);
        Assert.Single(telegram.SentTo(Asha));

        // The OS drops the lock with its process, even on kill -9: the next start is not kept out.
        await bot.KillAsync();
        var after = await second.RunAsync("balances\n", $"--Console:ChatId={Asha}");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("Ramesh ₹500", after.Output);
    }
}
