namespace KhataBot.Telegram.StandIn;

public sealed record AnsweredCallback(string CallbackQueryId, string? Text, bool ShowAlert, DateTimeOffset At);
