using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.ConsoleChat;

/// <summary>The program as a newcomer runs it: no token, messages piped in, replies out.</summary>
public sealed class ConsoleChatProcessTests : IDisposable
{
    private readonly KhataBotProcess _bot = new();

    [Fact]
    public async Task Piped_messages_get_replies_and_the_book_outlives_the_process()
    {
        var first = await _bot.RunAsync("add Ramesh 500 groceries\npaid Ramesh 200\n", "chat");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("#1 Ramesh +₹500 groceries", first.Output);
        Assert.Contains("Ramesh owes ₹300", first.Output);
        Assert.True(await _bot.BookExistsAsync());

        var second = await _bot.RunAsync("balance ramesh\n");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("₹300", second.Output);
    }

    [Fact]
    public async Task Export_writes_a_file_and_prints_its_full_path()
    {
        var run = await _bot.RunAsync("add Ramesh 1,500 rice\nexport\n");

        var pathLine = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("File: ", StringComparison.Ordinal));
        var path = pathLine["File: ".Length..].Trim();
        Assert.True(Path.IsPathRooted(path));
        Assert.StartsWith(_bot.FilesDirectory, path);
        Assert.Contains("Ramesh", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task A_report_writes_its_charts_as_png_files()
    {
        var run = await _bot.RunAsync("add Ramesh 1,500 rice\npaid Ramesh 500\nspent 300 tea\nreport\n");

        var paths = run.Output.Split('\n').Where(line => line.StartsWith("File: ", StringComparison.Ordinal)).Select(line => line["File: ".Length..].Trim()).ToList();
        Assert.Equal(["credit-and-payments.png", "expenses.png"], paths.Select(Path.GetFileName));
        Assert.All(paths, path => Reports.PictureBooks.AssertPng(new(Path.GetFileName(path), KhataBot.Infrastructure.Charts.ChartPictures.PngMediaType, File.ReadAllBytes(path))));
    }

    [Fact]
    public async Task What_the_bot_said_by_itself_while_the_chat_was_closed_is_printed_once_when_it_opens()
    {
        await _bot.RunAsync("add Ramesh 500 rice\n");
        // As a reminder round leaves it: a message for the console's chat (1) in the outbox, not yet delivered.
        await using (var db = TestDatabase.Open(_bot.Database))
        {
            db.OutboxMessages.Add(OutboxWriter.Create(1, new Reply("🔔 Dues to collect\nDue today:\n• Ramesh: ₹500 (#1)"), shopId: null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        var first = await _bot.RunAsync("balance ramesh\n");
        var second = await _bot.RunAsync("balance ramesh\n");

        Assert.Contains("🔔 Dues to collect\nDue today:\n• Ramesh: ₹500 (#1)", first.Output);
        Assert.Contains("Ramesh owes ₹500", first.Output);
        Assert.DoesNotContain("🔔", second.Output);
    }

    [Fact]
    public async Task A_second_export_the_same_day_gets_its_own_file()
    {
        var run = await _bot.RunAsync("add Ramesh 100\nexport\nexport\n");

        var paths = run.Output.Split('\n').Where(line => line.StartsWith("File: ", StringComparison.Ordinal)).Select(line => line[6..].Trim()).ToList();
        Assert.Equal(2, paths.Distinct().Count());
        Assert.All(paths, path => Assert.True(File.Exists(path)));
    }

    [Fact]
    public async Task Typing_exit_leaves_the_chat_and_what_follows_is_not_booked()
    {
        var run = await _bot.RunAsync("add Ramesh 500\nexit\nadd Ramesh 700\n", "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("#1 Ramesh +₹500", run.Output);
        Assert.DoesNotContain("₹700", run.Output);
        Assert.DoesNotContain("didn't understand", run.Output);
    }

    [Fact]
    public async Task Bad_input_gets_a_reply_and_the_chat_goes_on()
    {
        var run = await _bot.RunAsync("\n   \nadd Ramesh -500\nadd Ramesh 500\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("#1 Ramesh +₹500", run.Output);
        Assert.DoesNotContain("Exception", run.Output + run.Errors);
    }

    [Fact]
    public async Task Parse_prints_one_json_line_per_message_and_touches_no_book()
    {
        var run = await _bot.RunAsync("add Ramesh 500 groceries\npaid Ramesh 200\n", "parse", "--today", "2026-11-21", "-");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"intent\":\"credit\",\"customer\":\"Ramesh\",\"amount\":500,\"note\":\"groceries\"", lines[0]);
        Assert.Contains("\"date\":\"2026-11-21\"", lines[0]);
        Assert.StartsWith("{\"intent\":\"payment\"", lines[1]);
        Assert.False(await _bot.BookExistsAsync());
    }

    public void Dispose() => _bot.Dispose();
}
