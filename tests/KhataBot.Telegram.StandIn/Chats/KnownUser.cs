namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>A person the tests have pushed messages from.</summary>
internal sealed record KnownUser(long Id, string FirstName, string? Username, string LanguageCode = "en");
