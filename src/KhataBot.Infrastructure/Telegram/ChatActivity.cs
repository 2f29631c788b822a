using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Infrastructure.Telegram;

/// <summary>Which chats are inactive, kept in memory for the sender and in the database across restarts.</summary>
public sealed class ChatActivity(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly Lock _gate = new();
    private HashSet<long>? _inactive;

    public async Task LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var ids = await db.InactiveChats.Select(c => c.ChatId).ToListAsync(ct);
        lock (_gate)
        {
            _inactive = [.. ids];
        }
    }

    public bool IsInactive(long chatId)
    {
        lock (_gate)
        {
            return _inactive?.Contains(chatId) == true;
        }
    }

    public async Task MarkInactiveAsync(long chatId, string reason, CancellationToken ct)
    {
        lock (_gate)
        {
            (_inactive ??= []).Add(chatId);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        if (!await db.InactiveChats.AnyAsync(c => c.ChatId == chatId, ct))
        {
            db.InactiveChats.Add(new InactiveChat { ChatId = chatId, Since = time.GetUtcNow(), Reason = reason.Length <= 200 ? reason : reason[..200] });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The chat wrote to the bot, so it can be sent to again.</summary>
    public async Task MarkActiveAsync(long chatId, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_inactive?.Remove(chatId) != true)
            {
                return;
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await db.InactiveChats.Where(c => c.ChatId == chatId).ExecuteDeleteAsync(ct);
    }
}
