using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>
/// Text and captions as Telegram takes them: parsed by parse_mode, then trimmed of surrounding white space;
/// limits apply to the result (4096 for text, 1024 for captions, in UTF-16 code units).
/// </summary>
internal static class MessageText
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static FormattedText Parse(string? raw, string? parseMode, bool rejectUnescapedAmpersand)
    {
        if (string.IsNullOrEmpty(raw)) return FormattedText.Empty;
        var parsed = NormalizedParseMode(parseMode) switch
        {
            "html" => ParseHtml(raw, rejectUnescapedAmpersand),
            // Markdown modes are not checked here: KhataBot replies in HTML, so only HTML needs Telegram's strictness.
            _ => new FormattedText(raw, []),
        };
        return Trim(parsed);
    }

    /// <summary>Message text: 1 to 4096 after parsing.</summary>
    public static FormattedText ParseText(string? raw, string? parseMode, bool rejectUnescapedAmpersand, string tooLong = "message is too long")
    {
        if (string.IsNullOrEmpty(raw)) throw BotApiException.BadRequest("message text is empty");
        var text = Parse(raw, parseMode, rejectUnescapedAmpersand);
        if (text.Length == 0) throw BotApiException.BadRequest("message text is empty");
        if (text.Length > MaxTextLength) throw BotApiException.BadRequest(tooLong);
        return text;
    }

    /// <summary>Captions: 0 to 1024 after parsing.</summary>
    public static FormattedText ParseCaption(string? raw, string? parseMode, bool rejectUnescapedAmpersand)
    {
        var caption = Parse(raw, parseMode, rejectUnescapedAmpersand);
        if (caption.Length > MaxCaptionLength) throw BotApiException.BadRequest("message caption is too long");
        return caption;
    }

    private static string NormalizedParseMode(string? parseMode) => parseMode?.ToLowerInvariant() switch
    {
        null or "" => "",
        "html" => "html",
        "markdown" or "markdownv2" => "markdown",
        _ => throw BotApiException.BadRequest("unsupported parse_mode"),
    };

    private static FormattedText ParseHtml(string raw, bool rejectUnescapedAmpersand)
    {
        try
        {
            return TelegramHtml.Parse(raw, rejectUnescapedAmpersand);
        }
        catch (HtmlParseException refusal)
        {
            throw BotApiException.BadRequest("can't parse entities: " + refusal.Message);
        }
    }

    private static FormattedText Trim(FormattedText parsed)
    {
        var text = parsed.Text;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == 0 && end == text.Length) return parsed;

        var trimmed = text[start..end];
        var entities = new List<TextEntity>();
        foreach (var entity in parsed.Entities)
        {
            var from = Math.Max(entity.Offset - start, 0);
            var to = Math.Min(entity.Offset + entity.Length - start, trimmed.Length);
            if (to > from) entities.Add(entity with { Offset = from, Length = to - from });
        }

        return new FormattedText(trimmed, entities);
    }
}
