namespace KhataBot.Telegram.StandIn;

public enum SentKind
{
    Text,
    Photo,
    Document,
    MediaGroup,
}
