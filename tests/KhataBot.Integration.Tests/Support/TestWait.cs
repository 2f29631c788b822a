namespace KhataBot.Integration.Tests.Support;

/// <summary>Polls a condition that another process makes true.</summary>
public static class TestWait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met within {timeout}.");
            await Task.Delay(50);
        }
    }

    /// <summary>The same for a condition that is checked at once; the timeout names what was waited for.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {timeout} for {what}.");
            await Task.Delay(25);
        }
    }
}
