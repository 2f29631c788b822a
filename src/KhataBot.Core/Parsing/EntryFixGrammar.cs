using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>Putting mistakes right: "undo" the last change, "delete #12", "edit #12 450 new note".</summary>
internal static class EntryFixGrammar
{
    private static readonly HashSet<string> UndoFiller = ["last", "that", "it", "this", "previous", "entry"];

    private static readonly HashSet<string> NumberFiller = ["entry", "no", "no.", "number"];

    private static readonly HashSet<string> AmountFiller = ["to", "amount", "="];

    /// <summary>"undo", "undo last", "cancel last"; "cancel #12" means delete that entry.</summary>
    public static Command Undo(IReadOnlyList<Token> args)
    {
        if (args.All(t => UndoFiller.Contains(t.Word))) return new UndoLast();
        if (args.Count == 1 && EntryNumber(args[0]) is not null) return Delete(args);
        return Replies.Fail("Undo takes back your last change. To remove an older entry, use its number.", Examples.Delete);
    }

    public static Command Delete(IReadOnlyList<Token> args)
    {
        if (args.Count > 0 && args.All(t => t.Word is "last" or "entry")) return new DeleteLastEntry();
        var words = args.SkipLeading(NumberFiller);
        if (words.Count == 0) return Replies.Fail("Which entry? Give its number.", Examples.Delete);
        if (EntryNumber(words[0]) is not { } number) return Replies.Fail($"'{words[0].Text}' isn't an entry number.", Examples.Delete);
        if (words.Count > 1) return Replies.Fail("Delete one entry at a time.", Examples.Delete);
        return new DeleteEntry(number);
    }

    /// <summary>"edit #12 450" or "edit #12 450 new note": the new amount, and the note if one is given.</summary>
    public static Command Edit(IReadOnlyList<Token> args, DateOnly today)
    {
        var words = args.SkipLeading(NumberFiller);
        if (words.Count == 0) return Replies.Fail("Which entry, and what is the right amount?", Examples.Edit);
        if (EntryNumber(words[0]) is not { } number) return Replies.Fail($"'{words[0].Text}' isn't an entry number.", Examples.Edit);

        if (EntryChangeGrammar.StartsWithField(words.From(1))) return EntryChangeGrammar.Change(number, words.From(1), today);
        var rest = words.From(1).SkipLeading(AmountFiller);
        if (rest.Count == 0 || !AmountParser.StartsAt(rest, 0)) return Replies.Fail($"What is the right amount for #{number}?", Examples.Edit);
        var amount = AmountParser.Read(rest, 0, Examples.Edit);
        if (amount.Failed) return amount.AsUnparseable();

        var note = Notes.Read(rest.From(amount.Value.End), Examples.Edit);
        if (note.Failed) return note.AsUnparseable();
        return new EditEntry(number, amount.Value.Value, note.Value);
    }

    /// <summary>"#12" or "12": entries are numbered from 1.</summary>
    public static int? EntryNumber(Token token)
    {
        var digits = token.Word.StartsWith('#') ? token.Word[1..] : token.Word;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }
}
