namespace KhataBot.Telegram.StandIn;

/// <summary>The bot as getMe describes it. Its id is the number before the colon in the token, as on Telegram.</summary>
public sealed record StandInBotUser(long Id, string FirstName, string Username);
