namespace KhataBot.Infrastructure.Scheduling;

/// <summary>An interval as the cron schedule Hangfire's recurring jobs take: "every 5 minutes" is
/// "*/5 * * * *". Only intervals that divide a minute, an hour or a day evenly can be said so.</summary>
public static class RecurringSchedule
{
    public const string Rule = "Jobs:SweepInterval must divide a minute, an hour or a day evenly, as in 00:05:00 or 00:00:30.";

    public static bool IsValid(TimeSpan interval)
    {
        try
        {
            Cron(interval);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>"every 5 min" for what <see cref="Cron"/> wrote; the cron itself for anything else.</summary>
    public static string Describe(string cron)
    {
        var fields = cron.Split(' ');
        return fields switch
        {
            [var s, "*", "*", "*", "*", "*"] when s.StartsWith("*/", StringComparison.Ordinal) => $"every {s[2..]} s",
            [var m, "*", "*", "*", "*"] when m.StartsWith("*/", StringComparison.Ordinal) => $"every {m[2..]} min",
            ["0", var h, "*", "*", "*"] when h.StartsWith("*/", StringComparison.Ordinal) => $"every {h[2..]} h",
            _ => cron,
        };
    }

    public static string Cron(TimeSpan interval)
    {
        var seconds = (long)interval.TotalSeconds;
        if (seconds <= 0 || interval.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw Invalid(interval);
        }

        return seconds switch
        {
            < 60 when 60 % seconds == 0 => $"*/{seconds} * * * * *",
            < 3600 when seconds % 60 == 0 && 60 % (seconds / 60) == 0 => $"*/{seconds / 60} * * * *",
            <= 86400 when seconds % 3600 == 0 && 24 % (seconds / 3600) == 0 => $"0 */{seconds / 3600} * * *",
            _ => throw Invalid(interval),
        };
    }

    private static InvalidOperationException Invalid(TimeSpan interval) =>
        new($"{Rule} It was {interval}.");
}
