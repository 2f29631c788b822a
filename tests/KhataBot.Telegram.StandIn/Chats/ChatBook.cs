using System.Collections.Concurrent;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>Every chat and user the stand-in has seen. A send to a chat nobody pushed from still works, with a guessed description.</summary>
internal sealed class ChatBook
{
    private readonly ConcurrentDictionary<long, ChatState> _chats = new();
    private readonly ConcurrentDictionary<long, KnownUser> _users = new();

    public ChatState Get(long chatId) => _chats.GetOrAdd(chatId, id => new ChatState(id));

    public void Remember(KnownUser user) => _users[user.Id] = user;

    public KnownUser User(long userId) => _users.TryGetValue(userId, out var user) ? user : new KnownUser(userId, "Ramesh", null);
}
