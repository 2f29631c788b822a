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
}
