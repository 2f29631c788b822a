using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Splits a message into its entries: one per line, or separated by ";", or by a comma, "and", "aur" or
/// "&amp;" when the word after it starts a new command ("add Ramesh 500 atta, paid Suresh 200"). A note
/// keeps its commas and "and"s otherwise ("add Ramesh 500 atta, dal and rice" is one credit).
/// </summary>
internal static class BatchGrammar
{
    /// <summary>Words that start an entry; after a comma or "and" they start a new one.</summary>
    private static readonly HashSet<string> EntryStarts =
    [
        "add", "udhar", "udhaar", "paid", "jama", "received", "spent", "kharcha", "kharch", "sale", "sold", "bikri", "income", "credit", "payment",
    ];

    private static readonly HashSet<string> Joiners = ["and", "aur", "&", "or", "phir"];

    /// <summary>Commands that belong to a conversation step, not to a list of entries.</summary>
    private static bool Alone(Command command) => command is AnswerQuestion or StartChat or JoinAsStaff or JoinAsCustomer or ExplainEditedEntry or Batch;

    /// <summary>
    /// The message's entries as typed. A line (or ";" part) that does not start a command joins the one
    /// before it when either does not read on its own: "add\nRamesh 500" is one entry, and so is
    /// "add Ramesh 500 atta\n2 kg"; "paid Suresh" on its own line stays an entry, to be refused as one.
    /// </summary>
    public static IReadOnlyList<string> Pieces(string text, Func<string, Command> parseOne)
    {
        var segments = new List<(string Separator, string Text)>();
        var start = 0;
        var separator = "";
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or ';')) continue;
            segments.Add((separator, text[start..i]));
            separator = i < text.Length ? text[i].ToString() : "";
            start = i + 1;
        }

        var parts = new List<string>();
        foreach (var (before, part) in segments)
        {
            // Joined with the separator as typed, so "category add a;b" still reads as the one message it was.
            if (parts.Count > 0 && !StartsCommand(part) && (Unreadable(part, parseOne) || Unreadable(parts[^1], parseOne))) parts[^1] += before + part;
            else if (TextNormalizer.Normalize(part).Length > 0) parts.Add(part);
        }

        return [.. parts.SelectMany(p => SplitAtNewCommands(TextNormalizer.Normalize(p)))];
    }

    private static bool Unreadable(string part, Func<string, Command> parseOne) =>
        TextNormalizer.Normalize(part).Length == 0 || parseOne(part) is Unparseable;

    private static bool StartsCommand(string part)
    {
        var tokens = Tokenizer.Split(TextNormalizer.Normalize(part));
        return tokens.Count > 0 && StartsCommand(tokens, 0);
    }

    private static IEnumerable<string> SplitAtNewCommands(string clean)
    {
        var tokens = Tokenizer.Split(clean);
        var start = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            var afterComma = tokens[i - 1].Raw.EndsWith(',') && StartsCommand(tokens, i);
            var joiner = Joiners.Contains(tokens[i].Word) && i + 1 < tokens.Count && i > start && StartsCommand(tokens, i + 1);
            if (!afterComma && !joiner) continue;

            yield return string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => t.Raw)).TrimEnd(',');
            start = joiner ? i + 1 : i;
            if (joiner) i++;
        }

        yield return string.Join(' ', tokens.Skip(start).Select(t => t.Raw));
    }

    // "paid Suresh 200", or a Hinglish sentence that starts with its name: "Suresh ne 200 diye".
    private static bool StartsCommand(IReadOnlyList<Token> tokens, int i) =>
        EntryStarts.Contains(tokens[i].Word) || (i + 1 < tokens.Count && tokens[i + 1].Word is "ne" or "ko" or "se" && !AmountParser.StartsAt(tokens, i));

    /// <summary>More than this in one message is a paste, better sent in parts whose replies can be read.</summary>
    public const int MaxEntries = 20;

    public static Command Parse(IReadOnlyList<string> pieces, Func<string, Command> parseOne)
    {
        if (pieces.Count > MaxEntries)
        {
            return Replies.Fail($"That is {pieces.Count.ToString(CultureInfo.InvariantCulture)} entries in one message; send at most {MaxEntries.ToString(CultureInfo.InvariantCulture)} at a time.", Examples.Credit);
        }

        var commands = pieces.Select(parseOne).ToList();
        var count = commands.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < commands.Count; i++)
        {
            var which = $"Entry {(i + 1).ToString(CultureInfo.InvariantCulture)} of {count} ('{Short(pieces[i])}')";
            if (commands[i] is Unparseable bad) return new Unparseable($"Nothing was booked. {which}: {bad.Reason}");
            if (Alone(commands[i])) return Replies.Fail($"Nothing was booked. {which} has to be sent on its own.", Examples.Credit);
        }

        var asks = commands.Select((c, i) => (Command: c, Index: i)).Where(x => x.Command is Ask).ToList();
        var batch = new Batch(commands) { Texts = pieces };
        if (asks.Count == 0) return batch;
        if (asks.Count > 1)
        {
            return Replies.Fail($"Nothing was booked: entries {string.Join(" and ", asks.Select(a => (a.Index + 1).ToString(CultureInfo.InvariantCulture)))} are each unclear. Send them one by one.", Examples.NameFirst);
        }

        // One unclear entry: the whole message is asked about, each choice being the message with that entry read one way.
        var (command, index) = asks[0];
        var ask = (Ask)command;
        var choices = ask.Choices.Select(choice => (Command)(batch with { Commands = [.. commands.Select((c, i) => i == index ? choice : c)] })).ToList();
        var labels = ask.Choices.Select((_, i) => Questions.ChoiceText.Label(ask, i)).ToList();
        return new Ask($"In entry {(index + 1).ToString(CultureInfo.InvariantCulture)} of {count}: {ask.Question}", choices) { Labels = labels };
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
