namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>How a chat describes itself in Message.chat: a person's name for private chats, a title for groups.</summary>
internal sealed record ChatInfo(string Type, string? Title, string? FirstName, string? Username)
{
    public static ChatInfo Guess(long chatId) =>
        chatId < 0 ? new ChatInfo("group", "Khata Group", null, null) : new ChatInfo("private", null, "Ramesh", null);
}
