namespace KhataBot.Core.Parsing;

/// <summary>
/// Questions as people ask them: "Ramesh ka kitna baaki hai", "how much does Ramesh owe" (balance),
/// "sabka hisaab" (everybody's), "how much did I spend on tea this month", "petrol pe kitna kharcha hua
/// is mahine" (spending), "profit this month", "kitna munafa hua" (profit). Null when it is no question.
/// </summary>
internal static class QuestionGrammar
{
    private static readonly HashSet<string> HowMuch = ["kitna", "kitne", "kitni", "kitnaa"];

    private static readonly HashSet<string> OwesWords = ["baaki", "baki", "bakaya", "udhar", "udhaar", "dena", "dene", "hisaab", "hisab"];

    private static readonly HashSet<string> SpendWords = ["kharcha", "kharch", "kharche", "spend", "spent", "spending"];

    // Not "kamai": "aaj ki kamai 5000" is income, not a question.
    private static readonly HashSet<string> ProfitWords = ["profit", "munafa", "munaafa", "fayda", "faayda"];

    /// <summary>Words that only make a question and never name a period, category or customer.</summary>
    private static readonly HashSet<string> Filler =
    [
        "how", "much", "did", "do", "i", "we", "does", "is", "on", "for", "in", "the", "my", "what", "was", "owe", "owes", "hai", "hua", "hui",
        "hue", "tha", "ka", "ki", "ke", "pe", "par", "mein", "me", "se", "ko", "kiya", "kiye", "mera", "meri", "mere", "total", "?",
    ];

    /// <summary>Words a period can start with.</summary>
    private static readonly HashSet<string> PeriodWords = ["this", "last", "today", "yesterday", "aaj", "kal", "is", "pichle", "pichhle", "from", "past", "between"];

    public static Command? Parse(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var words = tokens.Select(t => t.Word).ToList();
        if (words is ["sabka" or "sab", ..] && words.Any(w => w is "hisaab" or "hisab" or "baaki" or "baki")) return new ShowBalances();
        if (words is ["sab", "ka", ..] || words is ["kisne" or "kiska", ..]) return new ShowBalances();

        if (words.Any(ProfitWords.Contains)) return Profit(tokens, context);

        var spending = words.Any(SpendWords.Contains) && (words.Any(HowMuch.Contains) || words.Take(2).SequenceEqual(["how", "much"]));
        if (spending) return Spending(tokens, context);

        // "Ramesh ka kitna baaki hai", "Ramesh kitna baaki", "how much does Ramesh owe".
        if (words.Any(HowMuch.Contains) && words.Any(OwesWords.Contains)) return Balance(tokens.Where(t => !HowMuch.Contains(t.Word) && !OwesWords.Contains(t.Word)));
        if (words is ["how", "much", "does" or "do", .., "owe" or "owes"]) return Balance(tokens.Skip(3).SkipLast(1));
        return null;
    }

    private static Command Balance(IEnumerable<Token> rest)
    {
        var name = rest.Where(t => !Filler.Contains(t.Word)).ToList();
        if (name.Count == 0) return new ShowBalances();
        var read = Names.Read(name, "Ramesh ka kitna baaki hai");
        return read.Failed ? read.AsUnparseable() : new ShowBalance(read.Value);
    }

    private static Command Profit(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var (period, _) = Period(tokens, context);
        return period is ShowReport report ? new ShowProfit(report.Period, report.Label) : period;
    }

    private static Command Spending(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var (period, start) = Period(tokens, context);
        if (period is not ShowReport report) return period;

        var what = tokens.Take(start).Where(t => !Filler.Contains(t.Word) && !SpendWords.Contains(t.Word) && !HowMuch.Contains(t.Word)).ToList();
        if (what.Count == 0) return new ShowSpending(null, null, report.Period, report.Label);
        // "food": a category. "tea", "petrol": an item, looked for in the notes (its category holds other items too).
        if (what.Count == 1 && CategoryKeywords.Known(what[0].Word, context) is { } category) return new ShowSpending(category, null, report.Period, report.Label);
        return new ShowSpending(null, string.Join(' ', what.Select(t => t.Text)), report.Period, report.Label);
    }

    /// <summary>The question's period and where its words start: the first word from which the rest reads
    /// as a report's period ("this month", "is mahine", "from 1 june to 30 june"); this month when none does.</summary>
    private static (Command Period, int Start) Period(IReadOnlyList<Token> tokens, ParseContext context)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!PeriodWords.Contains(tokens[i].Word) && !CalendarWords.TryMonth(tokens[i].Word, out _) && !AmountParser.StartsAt(tokens, i)) continue;
            // "pichle mahine ka munafa": the period may end before the question's last words.
            for (var end = tokens.Count; end > i; end--)
            {
                var words = tokens.Slice(i, end).Where(t => t.Word is not ("hai" or "hua" or "hui" or "tha" or "tak" or "?" or "mein" or "me" or "main")).ToList();
                if (words.Count > 0 && PeriodParser.Parse(words, context.Today) is ShowReport report) return (report, i);
            }
        }

        return (PeriodParser.Parse([], context.Today), tokens.Count);
    }
}
