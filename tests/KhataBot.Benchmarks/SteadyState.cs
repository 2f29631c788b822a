namespace KhataBot.Benchmarks;

/// <summary>What every benchmark does between its warm-up and its timed part.</summary>
internal static class SteadyState
{
    /// <summary>
    /// Tiered compilation promotes hot methods in the background, and only once the JIT has been quiet for a
    /// while. Without this pause the timed part ran partly on unoptimised code (the Telegram burst took about
    /// twice the CPU per update, measured), which a bot that has been up for a minute never does.
    /// </summary>
    public static Task LetTieredCompilationFinishAsync() => Task.Delay(TimeSpan.FromSeconds(2));
}
