namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>An entry in the command menu the user's app shows after "/".</summary>
/// <param name="Command">1-32 characters of a-z, 0-9 and _, without the slash.</param>
/// <param name="Description">1-256 characters.</param>
public sealed record BotCommand(string Command, string Description);
