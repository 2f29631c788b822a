namespace KhataBot.Core.Parsing;

/// <summary>Looking customers up (balance, history, find) and keeping their phone and address.</summary>
internal static class CustomerInfoGrammar
{
    private const int MaxQueryLength = 60;

    private static readonly HashSet<string> BalanceWords = ["balance", "bal", "hisaab", "hisab", "baki", "baaki", "dues"];

    public static readonly IReadOnlySet<string> HistoryWords = new HashSet<string> { "history", "statement", "khata", "ledger" };

    public static readonly IReadOnlySet<string> Possessives = new HashSet<string> { "ka", "ki", "ke", "'s", "of" };

    /// <summary>"balance Ramesh"; with no name, the list of everyone's balances.</summary>
    public static Command Balance(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new ShowBalances();
        var name = Names.Read(args.SkipLeading(Possessives), Examples.Balance);
        return name.Failed ? name.AsUnparseable() : new ShowBalance(name.Value);
    }

    /// <summary>"history Ramesh"; ending in "pdf" ("statement Ramesh june pdf"), the statement as a document.</summary>
    public static Command History(IReadOnlyList<Token> args, DateOnly today)
    {
        if (StatementGrammar.EndsInPdf(args)) return StatementGrammar.Pdf(args.Slice(0, args.Count - 1).SkipLeading(Possessives), today);
        if (args.Count == 0) return Replies.Fail("Whose history?", Examples.History);
        var name = Names.Read(args.SkipLeading(Possessives), Examples.History);
        return name.Failed ? name.AsUnparseable() : new ShowHistory(name.Value);
    }

    /// <summary>"Ramesh ka hisaab", "Ramesh balance", "Ramesh history": null if the message ends otherwise.</summary>
    public static Command? NameFirst(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 2) return null;
        var last = tokens[^1].Word;
        var isBalance = BalanceWords.Contains(last);
        if (!isBalance && !HistoryWords.Contains(last)) return null;

        var end = tokens.Count - 1;
        while (end > 1 && Possessives.Contains(tokens[end - 1].Word)) end--;
        var nameWords = tokens.Slice(0, end);
        var example = isBalance ? Examples.Balance : Examples.History;
        var name = Names.Read(nameWords, example);
        if (name.Failed) return name.AsUnparseable();
        return isBalance ? new ShowBalance(name.Value) : new ShowHistory(name.Value);
    }

    /// <summary>"find ram": part of a name or of a phone number.</summary>
    public static Command Find(IReadOnlyList<Token> args)
    {
        var query = args.JoinText();
        if (query.Length == 0) return Replies.Fail("Who are you looking for? Give part of a name or number.", Examples.Find);
        if (query.Length > MaxQueryLength) return Replies.Fail($"That's too long to search for (the limit is {MaxQueryLength} characters).", Examples.Find);
        return new FindCustomers(query);
    }

    /// <summary>"phone Ramesh Kumar +91 98765 43210": the number is the run of number-like words at the end
    /// (or the start), the name is the rest.</summary>
    public static Command Phone(IReadOnlyList<Token> args)
    {
        var end = args.Count;
        var start = end;
        while (start > 0 && PhoneNumbers.IsPhoneWord(args[start - 1].Word)) start--;

        if (start == end)
        {
            // "phone 9876543210 Ramesh"
            var leading = 0;
            while (leading < args.Count && PhoneNumbers.IsPhoneWord(args[leading].Word)) leading++;
            if (leading == 0) return Replies.Fail("What's the phone number?", Examples.Phone);
            return PhoneFor(args.From(leading), args.Slice(0, leading));
        }

        // A name may end in a number ("Shop 24"): give the number the longest run that reads as one.
        for (var split = start; split < end; split++)
        {
            if (PhoneNumbers.Normalize(args.Slice(split, end).JoinText()) is not null) return PhoneFor(args.Slice(0, split), args.From(split));
        }

        return PhoneFor(args.Slice(0, start), args.From(start));
    }

    /// <summary>"address Ramesh Main Road" (the name is one word) or "address Ramesh Kumar, Main Road"
    /// (with a comma, the name is everything before it). Names are resolved later, so the comma is the
    /// only way to tell a long name from the start of an address. Text before the comma with a digit in
    /// it ("address Ramesh 12, MG Road") is the start of the address: house numbers are common, names
    /// with digits are not.</summary>
    public static Command Address(IReadOnlyList<Token> args)
    {
        var text = args.JoinRaw();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        string nameText, address;
        if (comma >= 0 && !text[..comma].Any(char.IsDigit))
        {
            nameText = text[..comma];
            address = text[(comma + 1)..];
        }
        else
        {
            nameText = args.Count > 0 ? args[0].Text : "";
            address = args.From(1).JoinRaw();
        }

        if (nameText.Trim().Length == 0) return Replies.Fail("Whose address is it?", Examples.Address);
        var name = Names.Check(nameText, Examples.Address);
        if (name.Failed) return name.AsUnparseable();

        address = address.Trim().Trim(',').Trim();
        if (address.Length == 0) return Replies.Fail($"What is {name.Value}'s address?", Examples.Address);
        if (address.Length > Ledger.Entry.MaxNoteLength)
        {
            return Replies.Fail($"That address is too long ({address.Length} characters; the limit is {Ledger.Entry.MaxNoteLength}).", Examples.Address);
        }

        return new SetAddress(name.Value, address);
    }

    /// <summary>"address Ramesh": one word after it is a name to look up, not an address to save.</summary>
    public static Command ShowAddress(IReadOnlyList<Token> args)
    {
        var name = Names.Read(args, Examples.Address);
        return name.Failed ? name.AsUnparseable() : new ShowAddress(name.Value);
    }

    private static Command PhoneFor(IReadOnlyList<Token> nameWords, IReadOnlyList<Token> numberWords)
    {
        if (nameWords.Count == 0) return Replies.Fail("Whose number is it?", Examples.Phone);
        var name = Names.Read(nameWords, Examples.Phone);
        if (name.Failed) return name.AsUnparseable();

        var typed = numberWords.JoinText();
        if (PhoneNumbers.Normalize(typed) is not { } phone)
        {
            return Replies.Fail($"'{typed}' doesn't look like a phone number. Use a 10-digit mobile number, or + and the country code.", Examples.Phone);
        }

        return new SetPhone(name.Value, phone);
    }
}
