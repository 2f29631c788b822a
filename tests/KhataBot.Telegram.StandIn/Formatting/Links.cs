using System.Globalization;

namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>What an &lt;a href&gt; becomes. Telegram silently drops a link it can't use rather than refusing the message.</summary>
internal static class Links
{
    private const string UserLinkPrefix = "tg://user?id=";

    public static TextEntity? ToEntity(string href, int offset, int length)
    {
        var url = href.Trim();
        if (url.StartsWith(UserLinkPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(url[UserLinkPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                ? new TextEntity("text_mention", offset, length) { UserId = userId }
                : null;
        }

        // Like Telegram, a link without a scheme is taken as http.
        if (!url.Contains("://", StringComparison.Ordinal)) url = "http://" + url;
        var usable = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme is "tg" or "ton" || (uri.Scheme is "http" or "https" && uri.Host.Length > 0));
        return usable ? new TextEntity("text_link", offset, length) { Url = url } : null;
    }
}
