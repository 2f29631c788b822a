using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.ConsoleChat;

/// <summary>The console has no buttons: a question is a numbered list, answered by typing the number.</summary>
public sealed class ConsoleAskTests : IDisposable
{
    private readonly KhataBotProcess _bot = new();

    [Fact]
    public async Task An_unclear_entry_is_a_numbered_question_and_the_typed_number_books_it()
    {
        var run = await _bot.RunAsync("add Ramesh 800\nRamesh 500 diya\n2\n", "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1) udhar: Ramesh took ₹500", run.Output);
        Assert.Contains("2) jama: Ramesh paid you ₹500", run.Output);
        Assert.Contains("Reply 1 or 2", run.Output);
        Assert.Contains("Ramesh owes ₹300", run.Output);
    }

    public void Dispose() => _bot.Dispose();
}
