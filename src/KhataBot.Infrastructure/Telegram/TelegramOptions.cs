using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace KhataBot.Infrastructure.Telegram;

public enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>Settings under <c>Telegram</c>. With no <see cref="BotToken"/> the bot runs as a console chat.</summary>
public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather. A secret: it is part of every request URL and must never be logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>Telegram's servers, or a self-hosted Bot API server.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Long-poll length; the HTTP timeout is set longer than this.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Whether updates queued while the bot was down are thrown away at start.</summary>
    public bool DropPendingUpdates { get; set; }

    /// <summary>The public HTTPS address Telegram posts updates to (webhook mode).</summary>
    public Uri? WebhookUrl { get; set; }

    [Required]
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$")]
    public string? SecretToken { get; set; }

    /// <summary>Overall sending pace; Telegram allows about 30 a second.</summary>
    [Range(1, 100_000)]
    public int MaxMessagesPerSecond { get; set; } = 30;

    /// <summary>The longest pause between tries of a reply Telegram or the network did not take. The outbox
    /// never gives up on a reply while its chat exists: only a 403 or a 400 ends one.</summary>
    public TimeSpan OutboxRetryCeiling { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reply sent this long after it was written says so at its top, so a late answer is not
    /// read as a new one.</summary>
    public TimeSpan LateReplyAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many replies may be on their way to Telegram at once. A reply is marked sent as soon as
    /// Telegram takes it, and its slot is free only then, so a crash (kill -9) can send again at most this many
    /// replies (measured: 1 gives 6 doubles over 10 kills under load, 4 gives 35). One at a time sends about
    /// 1 / (round trip + commit) a second, 6-10 at a 100-150 ms round trip; raise it for a busier bot.</summary>
    [Range(1, 64)]
    public int SendsInFlight { get; set; } = 1;

    /// <summary>When set, only these users may use the bot (a private deployment).</summary>
    public long[] AllowedUserIds { get; set; } = [];

    /// <summary>The token, trimmed, once it has the shape @BotFather gives. Checked so that a pasted token with a
    /// space or slash cannot make a URL that fails to parse (such errors may quote the URL, and with it the token).</summary>
    public static string CheckedToken(string? token)
    {
        token = token?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new InvalidOperationException("Telegram:BotToken is not set, so the Bot API cannot be called.");
        }

        return TokenShape().IsMatch(token)
            ? token
            : throw new InvalidOperationException("Telegram:BotToken is not in the form @BotFather gives (digits, a colon, then letters, digits, _ or -).");
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
