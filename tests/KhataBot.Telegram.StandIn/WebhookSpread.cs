namespace KhataBot.Telegram.StandIn;

/// <summary>
/// Webhook delivery to a bot of several instances behind one address, as a proxy in front of them would
/// spread Telegram's posts: each update goes to one of <see cref="Instances"/> at random (the path set with
/// setWebhook, on that instance's address), up to <see cref="Parallel"/> at once as Telegram's
/// max_connections allows, and a share of them (<see cref="TwiceShare"/>) to two different instances at the
/// same moment, as when Telegram posts again while the first instance is slow. A post that fails (an
/// instance killed, a 5xx) is posted again to any instance. Calls to setWebhook only set the path and secret.
/// </summary>
public sealed record WebhookSpread
{
    public required IReadOnlyList<Uri> Instances { get; init; }

    public double TwiceShare { get; init; } = 0.1;

    public int Parallel { get; init; } = 16;

    public int Seed { get; init; } = 13;
}
