namespace KhataBot.Core.Parsing;

/// <summary>Telegram sends menu commands as "/report@KhataBot june" and group messages may start with
/// "@KhataBot"; both mean the same as the plain words.</summary>
internal static class TelegramCommand
{
    public static IReadOnlyList<Token> Unwrap(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count > 1 && tokens[0].Text.StartsWith('@')) tokens = tokens.From(1);
        if (tokens.Count == 0 || !tokens[0].Text.StartsWith('/')) return tokens;

        var command = tokens[0].Text[1..];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) command = command[..at];

        // Telegram command names cannot hold spaces, so "/who_owes" stands for "who owes".
        var words = command.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => new Token(w, w));
        return [.. words, .. tokens.Skip(1)];
    }
}
