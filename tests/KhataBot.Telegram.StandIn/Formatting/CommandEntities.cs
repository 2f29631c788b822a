namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>
/// The bot_command entities Telegram marks in a user's message: "/" then 1-64 of [A-Za-z0-9_], optionally
/// "@" and a 3-32 character bot username, not glued to a word on either side.
/// </summary>
internal static class CommandEntities
{
    public static IReadOnlyList<TextEntity> Find(string text)
    {
        var found = new List<TextEntity>();
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            if (slash > 0 && IsGlue(text[slash - 1])) continue;
            var end = SkipName(text, slash + 1);
            var nameLength = end - slash - 1;
            if (nameLength is < 1 or > 64) continue;
            if (end < text.Length && text[end] == '@')
            {
                var mentionEnd = SkipName(text, end + 1);
                if (mentionEnd - end - 1 is < 3 or > 32) continue;
                end = mentionEnd;
            }

            if (end < text.Length && IsGlue(text[end])) continue;
            found.Add(new TextEntity("bot_command", slash, end - slash));
        }

        return found;
    }

    private static int SkipName(string text, int from)
    {
        while (from < text.Length && (char.IsAsciiLetterOrDigit(text[from]) || text[from] == '_')) from++;
        return from;
    }

    private static bool IsGlue(char c) => char.IsLetterOrDigit(c) || c is '_' or '/' or '<' or '>';
}
