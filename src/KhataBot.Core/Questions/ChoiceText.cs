using System.Globalization;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Questions;

/// <summary>How a choice reads in a question: what booking it would do, in the shopkeeper's words.</summary>
public static class ChoiceText
{
    public static string Describe(Command command) => command switch
    {
        AddCredit c => $"udhar: {c.Customer} took {IndianMoney.Format(c.Amount)}{Note(c.Note)} and owes more",
        AddPayment p => $"jama: {p.Customer} paid you {IndianMoney.Format(p.Amount)}{Note(p.Note)}",
        AddExpense e => $"expense: {IndianMoney.Format(e.Amount)} on {e.Category.ToLowerInvariant()}{Note(e.Note)}",
        AddIncome i => $"income: {IndianMoney.Format(i.Amount)} from {i.Source.ToLowerInvariant()}{Note(i.Note)}",
        _ => CommandJson.IntentOf(command).Replace('_', ' '),
    };

    /// <summary>The question with its numbered choices: the console shows only text, so the list is the question.</summary>
    public static string Numbered(Ask ask)
    {
        var lines = new List<string> { ask.Question };
        for (var i = 0; i < ask.Choices.Count; i++)
        {
            lines.Add($"{(i + 1).ToString(CultureInfo.InvariantCulture)}) {Label(ask, i)}");
        }

        var numbers = Enumerable.Range(1, ask.Choices.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        lines.Add(numbers.Count == 1
            ? "Reply 1 to book it. Nothing is booked until you choose."
            : $"Reply {string.Join(", ", numbers[..^1])} or {numbers[^1]}. Nothing is booked until you choose.");
        return string.Join('\n', lines);
    }

    public static string Label(Ask ask, int index) =>
        ask.Labels is { } labels && index < labels.Count ? labels[index] : Describe(ask.Choices[index]);

    private static string Note(string? note) => string.IsNullOrEmpty(note) ? "" : $" ({note})";
}
