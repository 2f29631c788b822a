using System.Net;
using System.Text;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Replies are plain text made by the book; Telegram gets them in HTML parse mode with everything escaped,
/// so a customer called "Tom &amp; &lt;Jerry&gt;" cannot break a reply. Long replies are split on line
/// boundaries into messages Telegram accepts (4,096 characters), captions cut to 1,024.
/// </summary>
public static class TelegramText
{
    public const int MaxMessageLength = 4096;
    public const int MaxCaptionLength = 1024;

    /// <summary>Only &lt;, &gt; and &amp; are special in Telegram's HTML; quotes need no escaping in text.</summary>
    public static string Escape(string text) =>
        new StringBuilder(text.Length + 16).Append(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    /// <summary>Escaped chunks of at most <paramref name="limit"/> characters after unescaping (what
    /// Telegram counts), each ending on a line boundary unless one line alone is longer.</summary>
    public static IReadOnlyList<string> SplitEscaped(string text, int limit = MaxMessageLength)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var line in LinesOf(text, limit))
        {
            var added = (currentLength == 0 ? 0 : 1) + line.Length;
            if (currentLength > 0 && currentLength + added > limit)
            {
                chunks.Add(current.ToString());
                current.Clear();
                currentLength = 0;
                added = line.Length;
            }

            if (currentLength > 0)
            {
                current.Append('\n');
            }

            current.Append(Escape(line));
            currentLength += added;
        }

        if (currentLength > 0 || chunks.Count == 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    /// <summary>An escaped caption within Telegram's limit; a longer text is cut with an ellipsis.</summary>
    public static string Caption(string text)
    {
        var plain = text.Length <= MaxCaptionLength ? text : text[..(MaxCaptionLength - 1)] + "…";
        return Escape(plain);
    }

    public static string Unescape(string html) => WebUtility.HtmlDecode(html);

    /// <summary>Lines as they are, except a line longer than the limit, which is cut into pieces (at a space if it can).</summary>
    private static IEnumerable<string> LinesOf(string text, int limit)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var rest = line;
            while (rest.Length > limit)
            {
                var cut = rest.LastIndexOf(' ', limit - 1);
                cut = cut > limit / 2 ? cut : limit;
                if (char.IsHighSurrogate(rest[cut - 1])) cut--;
                yield return rest[..cut];
                rest = rest[cut..].TrimStart(' ');
            }

            yield return rest;
        }
    }
}
