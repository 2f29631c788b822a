namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>How an album item is shown; Telegram groups documents only with documents.</summary>
public enum InputMediaKind
{
    Photo,
    Document,
}
