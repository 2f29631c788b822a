using System.Globalization;
using System.Text.RegularExpressions;
using KhataBot.Core.Recurring;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Entries that come again: "every month rent 5000 on 1st", "har mahine 1 tarikh ko kiraya 5000", "every week
/// salary 3000 on saturday", "every saturday salary 3000", "daily milk 60". What is left after the schedule is
/// read as an entry ("add Ramesh 500", "sale 2000"); with no verb of its own it is spending, as rent and salary are.
/// </summary>
internal static partial class RecurringGrammar
{
    public const string Example = "every month rent 5000 on 1st";

    public static readonly IReadOnlySet<string> StartWords = new HashSet<string> { "every", "har", "daily", "monthly", "weekly", "roz", "rozana", "recurring" };

    private static readonly HashSet<string> EntryVerbs =
    [
        "add", "udhar", "udhaar", "credit", "paid", "jama", "received", "spent", "spend", "kharcha", "kharch", "expense",
        "income", "sale", "sales", "sold", "kamai", "bikri",
    ];

    [GeneratedRegex("^(?<day>[0-9]{1,2})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    /// <summary>"recurring": the list; "recurring off 2" / "cancel recurring 2": one stops.</summary>
    public static Command List(IReadOnlyList<Token> args) => args.Count == 0 ? new ShowRecurring() : Cancel(args.SkipLeading(new HashSet<string> { "off", "cancel", "stop", "band" }));

    public static Command Cancel(IReadOnlyList<Token> args)
    {
        var words = args.SkipLeading(new HashSet<string> { "no", "number", "entry" });
        if (words.Count != 1 || EntryFixGrammar.EntryNumber(words[0]) is not { } position)
        {
            return Replies.Fail("Which one? Give its number in the list (type recurring to see it).", "cancel recurring 2");
        }

        return new CancelRecurring(position);
    }

    /// <summary>The whole message, which starts with one of <see cref="StartWords"/>.</summary>
    public static Command Parse(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var (every, day, rest) = Schedule(tokens, context.Today);
        if (every is null) return Replies.Fail("How often? Say every day, every week or every month.", Example);

        // The day: "on 1st", "on the 1st", "1 tarikh ko", "on saturday", "saturday ko".
        var words = rest.ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var at = words[i].Word is "on" or "ko" or "the" && i + 1 < words.Count ? i + 1 : i;
            if (words[at].Word == "the" && at + 1 < words.Count) at++;
            var length = at - i + 1;
            if (every == RecurEvery.Month && DayOfMonth().Match(words[at].Word) is { Success: true } m
                && (at > i || (at + 1 < words.Count && words[at + 1].Word is "tarikh" or "tareekh" or "tarik") || words[at].Word.Length > m.Groups["day"].Length))
            {
                var dayOfMonth = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (dayOfMonth is < 1 or > 31) return Replies.Fail($"A month has no day {dayOfMonth}.", Example);
                day = dayOfMonth;
                while (at + 1 < words.Count && words[at + 1].Word is "tarikh" or "tareekh" or "tarik" or "ko" or "date") { at++; length++; }
                words.RemoveRange(i, length);
                break;
            }

            if (every == RecurEvery.Week && CalendarWords.TryWeekday(words[at].Word, out var weekday) && (at > i || (at + 1 < words.Count && words[at + 1].Word == "ko")))
            {
                day = (int)weekday;
                if (at + 1 < words.Count && words[at + 1].Word == "ko") length++;
                words.RemoveRange(i, length);
                break;
            }
        }

        if (words.Count == 0) return Replies.Fail("What is the entry?", Example);
        var inner = Inner(words, context);
        return inner switch
        {
            AddExpense or AddIncome or AddCredit or AddPayment => new AddRecurring(inner, every.Value, day),
            Unparseable u => u,
            _ => Replies.Fail("A recurring entry can be spending, income, udhar or jama.", Example),
        };
    }

    /// <summary>How often, from the first words; the day defaults to the 1st of a month or today's weekday.</summary>
    private static (RecurEvery? Every, int Day, IReadOnlyList<Token> Words) Schedule(IReadOnlyList<Token> tokens, DateOnly today)
    {
        var first = tokens[0].Word;
        var second = tokens.Count > 1 ? tokens[1].Word : "";
        var weekday = (int)today.DayOfWeek;
        switch (first)
        {
            case "daily" or "roz" or "rozana":
                return (RecurEvery.Day, 0, tokens.From(1));
            case "monthly":
                return (RecurEvery.Month, 1, tokens.From(1));
            case "weekly":
                return (RecurEvery.Week, weekday, tokens.From(1));
        }

        if (first is "every" or "har")
        {
            if (second is "day" or "din") return (RecurEvery.Day, 0, tokens.From(2));
            if (second is "week" or "hafte" or "hafta") return (RecurEvery.Week, weekday, tokens.From(2));
            if (second is "month" or "mahine" or "mahina") return (RecurEvery.Month, 1, tokens.From(2));
            if (CalendarWords.TryWeekday(second, out var named)) return (RecurEvery.Week, (int)named, tokens.From(2));
        }

        return (null, 0, tokens);
    }

    private static Command Inner(IReadOnlyList<Token> words, ParseContext context)
    {
        var text = words.JoinRaw();
        return MessageParser.ParseMessage(EntryVerbs.Contains(words[0].Word) ? text : "spent " + text, context);
    }
}
