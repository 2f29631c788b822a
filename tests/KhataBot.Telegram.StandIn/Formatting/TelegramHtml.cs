using System.Text;
using static KhataBot.Telegram.StandIn.Formatting.HtmlCharacterReference;

namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>
/// parse_mode=HTML as Telegram reads it (the parse_html of tdlib, which the Bot API server runs): a fixed set of
/// tags, properly nested and closed, four named character references and numeric ones. It works on UTF-8 bytes because
/// Telegram's error messages give byte offsets, and its refusals use Telegram's wording so our client sees the same text.
/// </summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags =
    [
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    ];

    public static FormattedText Parse(string html, bool rejectUnescapedAmpersand)
    {
        var text = Encoding.UTF8.GetBytes(html);
        // Decoding only ever shortens the text, so the result fits in a buffer of the input's size.
        var result = new byte[text.Length];
        var written = 0;
        var utf16Offset = 0;
        var entities = new List<TextEntity>();
        var open = new List<OpenTag>();

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                var position = i;
                var code = Decode(text, ref position);
                if (code != 0)
                {
                    if (code is >= 0xD800 and <= 0xDFFF)
                    {
                        throw new HtmlParseException(
                            "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units");
                    }

                    written += new Rune(code).EncodeToUtf8(result.AsSpan(written));
                    utf16Offset += code > 0xFFFF ? 2 : 1;
                    i = position - 1;
                    continue;
                }

                if (rejectUnescapedAmpersand)
                {
                    throw new HtmlParseException($"Unescaped \"&\" at byte offset {i}; write &amp; (stand-in rule, see StandInOptions)");
                }
            }

            if (c != '<')
            {
                if ((c & 0xC0) != 0x80) utf16Offset += c >= 0xF0 ? 2 : 1;
                result[written++] = c;
                continue;
            }

            var begin = i++;
            if (At(text, i) != '/')
            {
                open.Add(ReadStartTag(text, begin, ref i, utf16Offset, written));
                continue;
            }

            var closed = ReadEndTag(text, begin, ref i, open);
            if (utf16Offset > closed.Utf16Offset)
            {
                AddEntity(entities, closed, utf16Offset - closed.Utf16Offset, result.AsSpan(closed.ResultPosition, written - closed.ResultPosition));
            }
        }

        if (open.Count > 0) throw new HtmlParseException($"Can't find end tag corresponding to start tag \"{open[^1].Name}\"");

        var ordered = entities
            .Select(entity => entity.Type == "code" ? entity with { Language = null } : entity)
            .OrderBy(entity => entity.Offset)
            .ThenByDescending(entity => entity.Length)
            .ToList();
        return new FormattedText(Encoding.UTF8.GetString(result, 0, written), ordered);
    }

    private static OpenTag ReadStartTag(byte[] text, int begin, ref int i, int utf16Offset, int written)
    {
        while (!IsSpace(At(text, i)) && At(text, i) != '>') i++;
        if (At(text, i) == 0) throw new HtmlParseException($"Unclosed start tag at byte offset {begin}");

        var name = Encoding.UTF8.GetString(text, begin + 1, i - begin - 1).ToLowerInvariant();
        if (!SupportedTags.Contains(name)) throw new HtmlParseException($"Unsupported start tag \"{name}\" at byte offset {begin}");

        var argument = "";
        while (At(text, i) != '>')
        {
            while (At(text, i) != 0 && IsSpace(At(text, i))) i++;
            if (At(text, i) == '>') break;

            var attributeBegin = i;
            while (!IsSpace(At(text, i)) && At(text, i) != '=' && At(text, i) != '>') i++;
            var attribute = Encoding.UTF8.GetString(text, attributeBegin, i - attributeBegin);
            if (attribute.Length == 0) throw new HtmlParseException($"Empty attribute name in the tag \"{name}\" at byte offset {begin}");

            while (At(text, i) != 0 && IsSpace(At(text, i))) i++;
            if (At(text, i) != '=')
            {
                // <blockquote expandable> is the one attribute Telegram takes without a value.
                if (name == "blockquote" && attribute == "expandable")
                {
                    argument = "expandable";
                    continue;
                }

                throw new HtmlParseException($"Expected equal sign in declaration of an attribute of the tag \"{name}\" at byte offset {begin}");
            }

            i++;
            while (At(text, i) != 0 && IsSpace(At(text, i))) i++;
            if (At(text, i) == 0) throw new HtmlParseException($"Unclosed start tag \"{name}\" at byte offset {begin}");

            var value = ReadAttributeValue(text, ref i);
            if (At(text, i) == 0) throw new HtmlParseException($"Unclosed start tag at byte offset {begin}");

            argument = (name, attribute) switch
            {
                ("a", "href") => value,
                ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal) => value["language-".Length..],
                ("span", "class") when value.StartsWith("tg-", StringComparison.Ordinal) => value["tg-".Length..],
                ("tg-emoji", "emoji-id") => value,
                _ => argument,
            };
        }

        if (name == "span" && argument != "spoiler")
        {
            throw new HtmlParseException($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}");
        }

        return new OpenTag(name, argument, utf16Offset, written);
    }

    private static string ReadAttributeValue(byte[] text, ref int i)
    {
        var quote = At(text, i);
        if (quote != '\'' && quote != '"')
        {
            // An unquoted name token: letters, digits, periods and hyphens, not case sensitive.
            var tokenBegin = i;
            while (char.IsAsciiLetterOrDigit((char)At(text, i)) || At(text, i) == '.' || At(text, i) == '-') i++;
            if (!IsSpace(At(text, i)) && At(text, i) != '>') throw new HtmlParseException($"Unexpected end of name token at byte offset {tokenBegin}");
            return Encoding.UTF8.GetString(text, tokenBegin, i - tokenBegin).ToLowerInvariant();
        }

        i++;
        var value = new List<byte>();
        Span<byte> decoded = stackalloc byte[4];
        while (At(text, i) != quote && At(text, i) != 0)
        {
            if (At(text, i) == '&')
            {
                var position = i;
                var code = Decode(text, ref position);
                if (code is not 0 and not (>= 0xD800 and <= 0xDFFF))
                {
                    value.AddRange(decoded[..new Rune(code).EncodeToUtf8(decoded)]);
                    i = position;
                    continue;
                }
            }

            value.Add(text[i++]);
        }

        if (At(text, i) == quote) i++;
        return Encoding.UTF8.GetString([.. value]);
    }

    private static OpenTag ReadEndTag(byte[] text, int begin, ref int i, List<OpenTag> open)
    {
        if (open.Count == 0) throw new HtmlParseException($"Unexpected end tag at byte offset {begin}");

        while (!IsSpace(At(text, i)) && At(text, i) != '>') i++;
        var name = Encoding.UTF8.GetString(text, begin + 2, i - begin - 2).ToLowerInvariant();
        while (IsSpace(At(text, i)) && At(text, i) != 0) i++;
        if (At(text, i) != '>') throw new HtmlParseException($"Unclosed end tag at byte offset {begin}");

        var innermost = open[^1];
        if (name.Length > 0 && name != innermost.Name)
        {
            throw new HtmlParseException(
                $"Unmatched end tag at byte offset {begin}, expected \"</{innermost.Name}>\", found \"</{name}>\"");
        }

        open.RemoveAt(open.Count - 1);
        return innermost;
    }

    private static void AddEntity(List<TextEntity> entities, OpenTag tag, int length, ReadOnlySpan<byte> inner)
    {
        var offset = tag.Utf16Offset;
        var last = entities.Count > 0 ? entities[^1] : null;
        var sameRangeAsLast = last is not null && last.Offset == offset && last.Length == length;
        switch (tag.Name)
        {
            case "i" or "em":
                entities.Add(new TextEntity("italic", offset, length));
                break;
            case "b" or "strong":
                entities.Add(new TextEntity("bold", offset, length));
                break;
            case "s" or "strike" or "del":
                entities.Add(new TextEntity("strikethrough", offset, length));
                break;
            case "u" or "ins":
                entities.Add(new TextEntity("underline", offset, length));
                break;
            case "tg-spoiler" or "span":
                entities.Add(new TextEntity("spoiler", offset, length));
                break;
            case "tg-emoji":
                if (!long.TryParse(tag.Argument, out var emojiId) || emojiId == 0) throw new HtmlParseException("Invalid custom emoji identifier specified");
                entities.Add(new TextEntity("custom_emoji", offset, length) { CustomEmojiId = tag.Argument });
                break;
            case "a":
                if (Links.ToEntity(tag.Argument.Length > 0 ? tag.Argument : Encoding.UTF8.GetString(inner), offset, length) is { } link) entities.Add(link);
                break;
            case "pre" when sameRangeAsLast && last!.Type == "code" && last.Language is not null:
                entities[^1] = new TextEntity("pre", offset, length) { Language = last.Language };
                break;
            case "pre":
                entities.Add(new TextEntity("pre", offset, length));
                break;
            case "code" when sameRangeAsLast && last!.Type == "pre" && tag.Argument.Length > 0:
                entities[^1] = last with { Language = tag.Argument };
                break;
            case "code":
                // The language only counts if a <pre> around exactly this closes next; Parse drops it otherwise.
                entities.Add(new TextEntity("code", offset, length) { Language = tag.Argument.Length > 0 ? tag.Argument : null });
                break;
            case "blockquote":
                entities.Add(new TextEntity(tag.Argument == "expandable" ? "expandable_blockquote" : "blockquote", offset, length));
                break;
        }

    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0 or (byte)'\v' or (byte)'\f';

    private sealed record OpenTag(string Name, string Argument, int Utf16Offset, int ResultPosition);
}
