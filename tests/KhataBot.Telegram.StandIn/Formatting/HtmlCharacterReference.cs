namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>
/// The character references Telegram's HTML parser knows: &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones,
/// with or without the closing semicolon. Anything else is not a reference.
/// </summary>
internal static class HtmlCharacterReference
{
    /// <summary>The code point of the reference starting at <paramref name="position"/> (an '&amp;'), moving
    /// <paramref name="position"/> past it; 0, with <paramref name="position"/> unchanged, if there is none.</summary>
    public static int Decode(ReadOnlySpan<byte> text, ref int position)
    {
        var end = position + 1;
        long code = 0;
        if (At(text, end) == '#')
        {
            end++;
            var hex = At(text, end) == 'x';
            if (hex) end++;
            while (DigitValue(At(text, end), hex) is var digit && digit >= 0)
            {
                code = code * (hex ? 16 : 10) + digit;
                end++;
                if (code > 0x10FFFF) return 0;
            }

            if (code == 0 || code >= 0x10FFFF || end - position >= 10) return 0;
        }
        else
        {
            while (char.IsAsciiLetter((char)At(text, end))) end++;
            code = text[(position + 1)..end] switch
            {
                var name when name.SequenceEqual("lt"u8) => '<',
                var name when name.SequenceEqual("gt"u8) => '>',
                var name when name.SequenceEqual("amp"u8) => '&',
                var name when name.SequenceEqual("quot"u8) => '"',
                _ => 0,
            };
            if (code == 0) return 0;
        }

        position = At(text, end) == ';' ? end + 1 : end;
        return (int)code;
    }

    private static int DigitValue(byte c, bool hex) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' when hex => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' when hex => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Telegram's parser reads past the end as a NUL; so do we.</summary>
    public static byte At(ReadOnlySpan<byte> text, int index) => index < text.Length ? text[index] : (byte)0;
}
