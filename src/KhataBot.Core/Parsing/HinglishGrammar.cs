using KhataBot.Core.Money;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Hinglish sentences with the verb last: "Ramesh ne 500 ka saman liya" (he took goods: udhar),
/// "Ramesh ko 500 ka saman diya" (given to him: udhar), "Ramesh ne 200 diye", "Ramesh se 200 aaye",
/// "500 diye Ramesh ne" (he paid: jama), "aaj ki sale 4500", "chai pe 50 kharch kiye". The particle after
/// the name says who did it and the verb what was done; together they decide the kind (see
/// <see cref="KindOf"/>). When they do not decide it, the bot asks. Null when the message is not such a
/// sentence, so the older name-first forms ("Ramesh 500 udhar") are tried next.
/// </summary>
internal static class HinglishGrammar
{
    private static readonly HashSet<string> SaleWords = ["sale", "sales", "bikri", "bikree"];

    private static readonly HashSet<string> SpendWords = ["kharch", "kharcha", "kharche", "karcha", "kharchа"];

    /// <summary>"chai pe 50", "petrol mein 500": the place words of an expense.</summary>
    private static readonly HashSet<string> OnWords = ["pe", "par", "mein", "me", "main"];

    private enum Reading { Credit, Payment, Unclear, CreditOrBalance }

    public static Command? Sentence(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var at = AmountParser.FindFirst(tokens);
        if (at < 0) return null;

        if (tokens.Any(t => SaleWords.Contains(t.Word)) && NameParticle(tokens) < 0) return Sale(tokens, context);
        // "Ramesh ne chai pe 50 kharch kiye": money spent is an expense whoever spent it; the name stays in the note.
        if (tokens.Any(t => SpendWords.Contains(t.Word))) return Spend(tokens, context);

        var particle = NameParticle(tokens);
        var (verbs, goods) = VerbsOf(tokens);
        if (particle < 0)
        {
            // No particle: only "le gaya" (took away) says who did it.
            if (!verbs.Contains(HinglishVerb.TookAway)) return null;
            var end = 0;
            while (end < tokens.Count && IsNameWord(tokens, end)) end++;
            return end == 0 ? null : Entry(Reading.Credit, tokens, 0, end, end, context);
        }

        var nameStart = particle;
        while (nameStart > 0 && IsNameWord(tokens, nameStart - 1)) nameStart--;
        if (nameStart == particle) return null;

        var reading = KindOf(tokens[particle].Word, verbs, goods);
        return Entry(reading, tokens, nameStart, particle, particle + 1, context);
    }

    /// <summary>
    /// Who did what, from the shop's side: goods or money going to the customer is udhar (credit), money
    /// coming from him is jama (payment). Anything else, or two verbs that disagree, is asked about.
    /// </summary>
    private static Reading KindOf(string particle, IReadOnlySet<HinglishVerb> verbs, bool goods)
    {
        var kinds = verbs.Select(v => KindOf(particle, v, goods)).Distinct().ToList();
        return kinds switch
        {
            // "Ramesh ne 200", "Ramesh ko 500": the particle alone decides, as it always has; not with goods.
            [] => (particle, goods) switch { ("ne", false) => Reading.Payment, ("ko", _) => Reading.Credit, _ => Reading.Unclear },
            [var only] => only,
            _ => Reading.Unclear,
        };
    }

    private static Reading KindOf(string particle, HinglishVerb verb, bool goods) => (particle, verb) switch
    {
        // "Ramesh ne ... liya / le gaya / udhar liya": he took it.
        ("ne", HinglishVerb.Took or HinglishVerb.TookAway or HinglishVerb.Udhar) => Reading.Credit,
        // "Ramesh ne 200 diye / jama kiye / lauta diye / chukaye": money from him; goods he gave us are not his khata.
        ("ne", HinglishVerb.Gave) => goods ? Reading.Unclear : Reading.Payment,
        ("ne", HinglishVerb.Deposited or HinglishVerb.Returned or HinglishVerb.Paid or HinglishVerb.Came) => Reading.Payment,
        // "Ramesh ko 500 ka saman diya / udhar diya": given to him.
        ("ko", HinglishVerb.Gave or HinglishVerb.Udhar) => Reading.Credit,
        // "Ramesh se 200 aaye / mile / jama kiye / wapas mile": money from him; "se liye" too, but goods taken from him were bought.
        ("se", HinglishVerb.Came or HinglishVerb.Deposited or HinglishVerb.Returned or HinglishVerb.Paid) => Reading.Payment,
        ("se", HinglishVerb.Took) => goods ? Reading.Unclear : Reading.Payment,
        // "Ramesh ka 500 udhar / jama"; "Ramesh ke 500 baaki": a new udhar, or just what he owes?
        ("ka" or "ki" or "ke", HinglishVerb.Udhar) => Reading.Credit,
        ("ka" or "ki" or "ke", HinglishVerb.Deposited or HinglishVerb.Paid) => Reading.Payment,
        ("ka" or "ki" or "ke", HinglishVerb.Owes) => Reading.CreditOrBalance,
        _ => Reading.Unclear,
    };

    private static Command Entry(Reading reading, IReadOnlyList<Token> tokens, int nameStart, int nameEnd, int restStart, ParseContext context)
    {
        var name = tokens.Slice(nameStart, nameEnd);
        var rest = tokens.Slice(0, nameStart).Concat(tokens.From(restStart)).ToList();
        var at = AmountParser.FindFirst(rest);
        if (at < 0) return Replies.Fail("I couldn't find an amount in that.", Examples.NameFirst);
        var amount = AmountParser.Read(rest, at, Examples.NameFirst);
        if (amount.Failed) return amount.AsUnparseable();

        var tail = rest.Slice(0, at).Concat(rest.From(amount.Value.End)).Where(t => !IsGrammar(t)).ToList();
        return reading switch
        {
            Reading.Credit => CustomerEntryGrammar.Entry(CustomerEntryKind.Credit, name, amount.Value.Value, tail, context),
            Reading.Payment => CustomerEntryGrammar.Entry(CustomerEntryKind.Payment, name, amount.Value.Value, tail, context),
            Reading.CreditOrBalance => CreditOrBalance(name, amount.Value.Value, tail, context),
            _ => CustomerEntryGrammar.EitherWay(name, amount.Value.Value, tail, context),
        };
    }

    private static Command CreditOrBalance(IReadOnlyList<Token> name, decimal amount, IReadOnlyList<Token> tail, ParseContext context)
    {
        var credit = CustomerEntryGrammar.Entry(CustomerEntryKind.Credit, name, amount, tail, context);
        if (credit is not AddCredit c) return credit;
        return new Ask($"Is {IndianMoney.Format(amount)} new udhar for {c.Customer}, or what {c.Customer} owes in all?", [credit, new ShowBalance(c.Customer)])
        {
            Labels = [$"udhar: {c.Customer} took {IndianMoney.Format(amount)} more", $"just show what {c.Customer} owes"],
        };
    }

    // "aaj ki sale 4500", "4500 ki bikri hui": the day's sales.
    private static Command Sale(IReadOnlyList<Token> tokens, ParseContext context) =>
        CashEntryGrammar.Income("sale", [.. tokens.Where(t => !SaleWords.Contains(t.Word) && !IsGrammar(t))], context);

    // "chai pe 50 kharch kiye", "petrol mein 500 kharcha hua": an expense.
    private static Command Spend(IReadOnlyList<Token> tokens, ParseContext context) =>
        CashEntryGrammar.Expense([.. tokens.Where(t => !SpendWords.Contains(t.Word) && !OnWords.Contains(t.Word) && !IsGrammar(t))], context);

    /// <summary>The particle right after a name: the first ne/ko/se/ka/ki/ke whose word before it is a name
    /// word (not the amount, as in "500 ka saman", nor a date, as in "aaj ki sale").</summary>
    private static int NameParticle(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (HinglishWords.Particles.Contains(tokens[i].Word) && IsNameWord(tokens, i - 1)) return i;
        }

        return -1;
    }

    private static bool IsNameWord(IReadOnlyList<Token> tokens, int i) => IsNameWord(tokens[i]) && !AmountParser.StartsAt(tokens, i);

    private static bool IsNameWord(Token token) =>
        !IsGrammar(token) && !DatePhrases.IsDateWord(token)
        && !SaleWords.Contains(token.Word) && !SpendWords.Contains(token.Word) && !OnWords.Contains(token.Word);

    private static bool IsGrammar(Token token) =>
        HinglishWords.Verbs.ContainsKey(token.Word) || HinglishWords.Filler.Contains(token.Word) || HinglishWords.Goods.Contains(token.Word);

    private static (IReadOnlySet<HinglishVerb> Verbs, bool Goods) VerbsOf(IReadOnlyList<Token> tokens)
    {
        var verbs = new HashSet<HinglishVerb>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!HinglishWords.Verbs.TryGetValue(tokens[i].Word, out var verb)) continue;
            // "le gaya": took away. "de diye", "le liya": the second verb only repeats the first.
            if (tokens[i].Word == "le" && i + 1 < tokens.Count && HinglishWords.Away.Contains(tokens[i + 1].Word)) verb = HinglishVerb.TookAway;
            // "jama kar diye", "lauta diye", "wapas mile": a helper after the main verb adds nothing.
            if (verb == HinglishVerb.Gave && verbs.Overlaps([HinglishVerb.Deposited, HinglishVerb.Returned, HinglishVerb.Paid, HinglishVerb.Udhar])) continue;
            if (verb is HinglishVerb.Came or HinglishVerb.Took && verbs.Contains(HinglishVerb.Returned)) continue;
            if (verb is HinglishVerb.Took && verbs.Contains(HinglishVerb.Udhar)) continue;
            verbs.Add(verb);
        }

        // "udhar diya", "udhar liya": udhar decides, whichever helper follows it.
        if (verbs.Contains(HinglishVerb.Udhar)) verbs.RemoveWhere(v => v is HinglishVerb.Gave or HinglishVerb.Took);
        if (verbs.Contains(HinglishVerb.TookAway)) verbs.Remove(HinglishVerb.Took);
        return (verbs, tokens.Any(t => HinglishWords.Goods.Contains(t.Word)));
    }
}
