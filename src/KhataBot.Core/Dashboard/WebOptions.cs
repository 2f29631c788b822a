namespace KhataBot.Core.Dashboard;

/// <summary>The dashboard's settings ("Web" section).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>This host's public https:// address; Telegram opens the Mini App at {PublicUrl}/app
    /// (Telegram requires HTTPS). Unset, the bot has no menu button and "dashboard" says what to set.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a signed-in browser stays signed in.</summary>
    public TimeSpan SessionLength { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The Mini App's address ({PublicUrl}/app), or null when none is set.</summary>
    public Uri? MiniAppUrl() => SiteUrl() is { } site ? new Uri(site, "app") : null;

    /// <summary>The public address of this host, or null when none is set; throws for one that is not https.</summary>
    public Uri? SiteUrl()
    {
        if (string.IsNullOrWhiteSpace(PublicUrl))
        {
            return null;
        }

        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"Web:PublicUrl must be an https:// address (Telegram opens Mini Apps only over HTTPS); it is '{PublicUrl}'.");
        }

        return url;
    }
}
