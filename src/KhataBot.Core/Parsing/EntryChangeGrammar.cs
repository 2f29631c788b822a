namespace KhataBot.Core.Parsing;

/// <summary>Fixing an entry beyond its amount: "edit #4 note sugar", "edit #4 date 20 nov", "edit #4 due 10 dec",
/// "move #4 to Suresh", "delete last".</summary>
internal static class EntryChangeGrammar
{
    public const string NoteExample = "edit #12 note sugar";
    public const string DateExample = "edit #12 date 20 nov";
    public const string DueExample = "edit #12 due 10 dec";
    public const string MoveExample = "move #12 to Suresh";

    private static readonly HashSet<string> DateWords = ["date", "dated", "on", "dt"];

    /// <summary>Whether the words after "edit #12" start with what they change ("note", "date", "due")
    /// rather than an amount.</summary>
    public static bool StartsWithField(IReadOnlyList<Token> rest) => rest.Count > 0 && (rest[0].Word is "note" or "due" || DateWords.Contains(rest[0].Word));

    public static Command Change(int number, IReadOnlyList<Token> rest, DateOnly today)
    {
        var field = rest[0].Word;
        if (field == "note")
        {
            var note = Notes.Read(rest.From(1), NoteExample);
            if (note.Failed) return note.AsUnparseable();
            return note.Value is { } text ? new ChangeEntry(number, text, null, null) : Replies.Fail($"What should the note of #{number} say?", NoteExample);
        }

        var example = field == "due" ? DueExample : DateExample;
        if (rest.Count == 1) return Replies.Fail(field == "due" ? $"When is #{number} due?" : $"Which day was #{number}?", example);

        // The date words of an entry, read as for a new one; the due is checked against the entry's own date later.
        var dated = DatePhrases.Extract(rest, today, dueAllowed: true, example);
        if (dated.Failed) return dated.AsUnparseable();
        if (dated.Value.Rest.Count > 0) return Replies.Fail($"I couldn't read '{dated.Value.Rest.JoinText()}' as a date.", example);
        return field == "due"
            ? new ChangeEntry(number, null, null, dated.Value.Due)
            : new ChangeEntry(number, null, dated.Value.Date, null);
    }

    /// <summary>"move #4 to Suresh".</summary>
    public static Command Move(IReadOnlyList<Token> args)
    {
        if (args.Count == 0 || EntryFixGrammar.EntryNumber(args[0]) is not { } number) return Replies.Fail("Which entry, and to whom?", MoveExample);
        var rest = args.From(1).SkipLeading(new HashSet<string> { "to", "into" });
        if (rest.Count == 0) return Replies.Fail($"Whose entry is #{number}?", MoveExample);
        var name = Names.Read(rest, MoveExample);
        return name.Failed ? name.AsUnparseable() : new MoveEntry(number, name.Value);
    }
}
