namespace KhataBot.Telegram.StandIn;

/// <summary>What <see cref="BotApiStandIn.PushMessage"/> created: the update carrying the message, and the message's id in its chat.</summary>
public readonly record struct PushedMessage(long UpdateId, long MessageId);
