namespace KhataBot.Core.Parsing;

internal enum CustomerEntryKind { Credit, Payment }

/// <summary>
/// Credits (udhar: the customer owes more) and payments (jama: the customer owes less), in the orders
/// shopkeepers type them:
/// verb first ("add Ramesh 500 atta", "paid Ramesh 200"), amount first with to/from ("gave 500 to Ramesh",
/// "received 200 from Ramesh"), and name first ("Ramesh 500 udhar", "Ramesh paid 200", "Ramesh ne 200
/// diye", "Ramesh ko 500 udhar"). The name is every word between the verb and the amount.
/// </summary>
internal static class CustomerEntryGrammar
{
    // Name-first: a word between the name and the amount that says which way the money went.
    private static readonly Dictionary<string, CustomerEntryKind> MarkersBeforeAmount = new()
    {
        ["udhar"] = CustomerEntryKind.Credit, ["udhaar"] = CustomerEntryKind.Credit, ["credit"] = CustomerEntryKind.Credit,
        ["ko"] = CustomerEntryKind.Credit, ["took"] = CustomerEntryKind.Credit, ["liya"] = CustomerEntryKind.Credit, ["liye"] = CustomerEntryKind.Credit,
        ["paid"] = CustomerEntryKind.Payment, ["jama"] = CustomerEntryKind.Payment, ["jma"] = CustomerEntryKind.Payment,
        ["ne"] = CustomerEntryKind.Payment, ["gave"] = CustomerEntryKind.Payment, ["returned"] = CustomerEntryKind.Payment,
    };

    // Name-first: a word right after the amount ("Ramesh 500 udhar"). Not "diye"/"diya": without ko or ne,
    // "Ramesh 500 diye" could be either way round.
    private static readonly Dictionary<string, CustomerEntryKind> MarkersAfterAmount = new()
    {
        ["udhar"] = CustomerEntryKind.Credit, ["udhaar"] = CustomerEntryKind.Credit, ["credit"] = CustomerEntryKind.Credit,
        ["jama"] = CustomerEntryKind.Payment, ["jma"] = CustomerEntryKind.Payment, ["paid"] = CustomerEntryKind.Payment, ["received"] = CustomerEntryKind.Payment,
    };

    // Words that repeat what kind of entry it is ("Ramesh ko 500 udhar diya"): not worth keeping as a note.
    private static readonly HashSet<string> CreditWords = ["udhar", "udhaar", "credit", "diya", "diye", "de", "liya", "liye", "le", "on", "for"];

    private static readonly HashSet<string> PaymentWords = ["jama", "jma", "paid", "diya", "diye", "de", "kiya", "kiye", "received", "wapas", "on", "for"];

    private static readonly HashSet<string> ToConnector = ["to"];

    private static readonly HashSet<string> FromConnector = ["from"];

    public static string Example(CustomerEntryKind kind) => kind == CustomerEntryKind.Credit ? Examples.Credit : Examples.Payment;

    /// <summary>"add Ramesh 500 atta", "received 200 from Ramesh": the words after the verb.</summary>
    public static Command VerbFirst(CustomerEntryKind kind, IReadOnlyList<Token> args, ParseContext context)
    {
        var example = Example(kind);
        if (args.Count == 0)
        {
            return Replies.Fail(kind == CustomerEntryKind.Credit ? "Who took it on udhar, and how much?" : "Who paid, and how much?", example);
        }

        var at = AmountParser.FindFirst(args);
        if (at < 0) return Replies.Fail("I couldn't find an amount in that.", example);
        var amount = AmountParser.Read(args, at, example);
        if (amount.Failed) return amount.AsUnparseable();

        var after = args.From(amount.Value.End);
        if (at > 0)
        {
            var name = args.Slice(0, at).SkipLeading(kind == CustomerEntryKind.Credit ? ToConnector : FromConnector);
            return Build(kind, name, amount.Value.Value, after, context);
        }

        // "add 12345 500": two numbers in a row means the first was meant as the name, and gets told why it can't be.
        if (after.Count > 0 && AmountParser.StartsAt(after, 0))
        {
            var second = AmountParser.Read(after, 0, example);
            if (second.Failed) return second.AsUnparseable();
            return Build(kind, args.Slice(0, amount.Value.End), second.Value.Value, after.From(second.Value.End), context);
        }

        return AmountFirst(kind, amount.Value.Value, after, context);
    }

    /// <summary>"Ramesh 500 udhar", "Ramesh paid 200", "Ramesh ne 200 diye"; null when the message does
    /// not have that shape, so the caller can say it did not understand.</summary>
    public static Command? NameFirst(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var at = AmountParser.FindFirst(tokens);
        if (at <= 0) return null;

        var marker = -1;
        for (var i = 1; i < at && marker < 0; i++)
        {
            if (MarkersBeforeAmount.ContainsKey(tokens[i].Word)) marker = i;
        }

        var amount = AmountParser.Read(tokens, at, Examples.NameFirst);
        if (marker > 0)
        {
            if (amount.Failed) return amount.AsUnparseable();
            var kind = MarkersBeforeAmount[tokens[marker].Word];
            // Words between the marker and the amount ("Ramesh ne aaj 200 diye") belong with the rest.
            var tail = tokens.Slice(marker + 1, at).Concat(tokens.From(amount.Value.End)).ToList();
            return Build(kind, tokens.Slice(0, marker), amount.Value.Value, tail, context);
        }

        if (amount.Failed)
        {
            // Without a word like udhar or jama, "meet at 5pm" is not an entry with a bad amount.
            return at + 1 < tokens.Count && MarkersAfterAmount.ContainsKey(tokens[at + 1].Word) ? amount.AsUnparseable() : null;
        }

        var rest = tokens.From(amount.Value.End);
        if (rest.Count > 0 && MarkersAfterAmount.TryGetValue(rest[0].Word, out var kindAfter))
        {
            return Build(kindAfter, tokens.Slice(0, at), amount.Value.Value, rest, context);
        }

        // Nothing says which way the money went: ask, never guess.
        return EitherWay(tokens.Slice(0, at), amount.Value.Value, rest, context);
    }

    /// <summary>"Ramesh 500", "Ramesh 500 diya": udhar or jama? Both readings, asked; either one refused
    /// (a bad date, a bad name) is the reply instead.</summary>
    public static Command EitherWay(IReadOnlyList<Token> name, decimal amount, IReadOnlyList<Token> tail, ParseContext context)
    {
        var credit = Build(CustomerEntryKind.Credit, name, amount, tail, context);
        var payment = Build(CustomerEntryKind.Payment, name, amount, tail, context);
        if (credit is not AddCredit c) return credit;
        if (payment is not AddPayment) return payment;
        return Ask.Between($"Is {Money.IndianMoney.Format(amount)} udhar or jama for {c.Customer}?", credit, payment);
    }

    /// <summary>"diya Ramesh 500": given to him, or given by him? Asked, like <see cref="EitherWay"/>.</summary>
    public static Command EitherWayVerbFirst(string verb, IReadOnlyList<Token> args, ParseContext context)
    {
        var credit = VerbFirst(CustomerEntryKind.Credit, args, context);
        var payment = VerbFirst(CustomerEntryKind.Payment, args, context);
        if (credit is not AddCredit c || payment is not AddPayment)
        {
            return Replies.Fail($"'{verb}' could mean udhar or jama.", "udhar Ramesh 500 (they owe you) or jama Ramesh 500 (they paid you)");
        }

        return Ask.Between($"Is {Money.IndianMoney.Format(c.Amount)} udhar or jama for {c.Customer}?", credit, payment);
    }

    // "received 200 from Ramesh for october", "gave 500 to Ramesh Kumar, atta": the name runs to "for" or a comma.
    private static Command AmountFirst(CustomerEntryKind kind, decimal amount, IReadOnlyList<Token> after, ParseContext context)
    {
        var example = Example(kind);
        var dated = DatePhrases.Extract(after, context.Today, kind == CustomerEntryKind.Credit, example);
        if (dated.Failed) return dated.AsUnparseable();

        var rest = dated.Value.Rest;
        var connector = kind == CustomerEntryKind.Credit ? "to" : "from";
        if (rest.Count == 0 || rest[0].Word != connector)
        {
            return Replies.Fail(kind == CustomerEntryKind.Credit ? "Who is it for? Put the name before the amount." : "Who paid? Put the name before the amount.", example);
        }

        var nameEnd = 1;
        while (nameEnd < rest.Count && rest[nameEnd].Word != "for")
        {
            nameEnd++;
            if (rest[nameEnd - 1].Raw.EndsWith(',')) break;
        }

        var note = rest.From(nameEnd).SkipLeading(Notes.Connectors);
        return Finish(kind, rest.Slice(1, nameEnd), amount, note, dated.Value, example);
    }

    /// <summary>An entry of a known kind from its name words, amount and the words around (dates, a note).</summary>
    internal static Command Entry(CustomerEntryKind kind, IReadOnlyList<Token> name, decimal amount, IReadOnlyList<Token> tail, ParseContext context) =>
        Build(kind, name, amount, tail, context);

    private static Command Build(CustomerEntryKind kind, IReadOnlyList<Token> name, decimal amount, IReadOnlyList<Token> tail, ParseContext context)
    {
        var example = Example(kind);

        // "paid Ramesh yesterday 200": a date word typed before the amount dates the entry, it is not a name.
        var nameEnd = name.Count;
        while (nameEnd > 1 && DatePhrases.IsDateWord(name[nameEnd - 1])) nameEnd--;
        tail = name.From(nameEnd).Concat(tail).ToList();

        var dated = DatePhrases.Extract(tail, context.Today, kind == CustomerEntryKind.Credit, example);
        if (dated.Failed) return dated.AsUnparseable();

        var note = dated.Value.Rest.SkipLeading(kind == CustomerEntryKind.Credit ? CreditWords : PaymentWords);
        return Finish(kind, name.Slice(0, nameEnd), amount, note, dated.Value, example);
    }

    private static Command Finish(CustomerEntryKind kind, IReadOnlyList<Token> nameWords, decimal amount, IReadOnlyList<Token> noteWords, DatedWords dated, string example)
    {
        var name = Names.Read(nameWords, example);
        if (name.Failed) return name.AsUnparseable();
        var note = Notes.Read(noteWords, example);
        if (note.Failed) return note.AsUnparseable();

        return kind == CustomerEntryKind.Credit
            ? new AddCredit(name.Value, amount, note.Value, dated.Date, dated.Due)
            : new AddPayment(name.Value, amount, note.Value, dated.Date);
    }
}
