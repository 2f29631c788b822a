using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn;

/// <summary>One setMyCommands (or deleteMyCommands, with no commands) call.</summary>
public sealed record CommandsSet(IReadOnlyList<BotCommand> Commands, JsonNode? Scope, string? LanguageCode, DateTimeOffset At);

public sealed record BotCommand(string Command, string Description);
