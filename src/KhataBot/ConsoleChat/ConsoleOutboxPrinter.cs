using System.Text;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhataBot.ConsoleChat;

/// <summary>
/// What the bot says by itself (due reminders, one-off reminders, budget notices) waits in the outbox for a
/// messenger; in the console chat, this prints what is there for the console's chat, at start (what came
/// while it was closed), every second while it runs, and once more when it stops. Each message is marked
/// sent through the book's one writer after it is printed.
/// </summary>
internal sealed class ConsoleOutboxPrinter(
    IServiceScopeFactory scopes,
    KhataEngine engine,
    ReplyFileWriter files,
    IOptions<ConsoleChatOptions> options,
    ConsoleChatIo io,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            do
            {
                await PrintAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await PrintAsync(CancellationToken.None);
        }
    }

    private async Task PrintAsync(CancellationToken ct)
    {
        var chatId = options.Value.ChatId;
        List<OutboxMessage> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            waiting = await scope.ServiceProvider.GetRequiredService<KhataDbContext>().OutboxMessages.AsNoTracking().Include(m => m.Files)
                .Where(m => m.ChatId == chatId && m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.Id)
                .ToListAsync(ct);
        }

        if (waiting.Count == 0)
        {
            return;
        }

        // One write per batch, so a reply being printed by the chat at the same moment is not cut in two.
        var text = new StringBuilder();
        foreach (var message in waiting)
        {
            text.AppendLine(message.Text);
            foreach (var path in await files.WriteAsync([.. message.Files.Select(f => new ReplyFile(f.FileName, f.MediaType, f.Content))], ct))
            {
                text.AppendLine($"File: {path}");
            }

            text.AppendLine();
        }

        await io.Output.WriteAsync(text.ToString());
        await io.Output.FlushAsync(ct);
        var ids = waiting.Select(m => m.Id).ToList();
        var now = time.GetUtcNow();
        await engine.WriteAsync(db => db.OutboxMessages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now), ct), ct);
    }
}
