using KhataBot.Core.Money;
using KhataBot.Core.Statements;
using static KhataBot.Infrastructure.Statements.StatementWords;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Where the statement's columns go, measured from this statement's own widest date, entry number and
/// figures, so no figure ever runs into its neighbour, however large; the details column takes the room
/// that is left and its text is cut with an ellipsis to fit. Text columns start at their x, money columns
/// end at their right edge.
/// </summary>
internal sealed record StatementColumns(
    double NumberX, double DetailsX, double DetailsWidth, double GivenRight, double PaidRight,
    double DueGivenOnX, double DueLeftRight, double DueNoteX)
{
    /// <summary>The space between two columns.</summary>
    private const double Gap = 12;

    /// <summary>Below this the details column would say nothing useful; only absurd figures get it this narrow.</summary>
    private const double NarrowestDetails = 60;

    public static StatementColumns For(CustomerStatement s, double left, double right, TextStyle body, TextStyle bold)
    {
        double Widest(string header, IEnumerable<string> cells) => cells.Select(body.Width).Append(bold.Width(header)).Max();

        var dates = s.Lines.Select(l => l.Date).Concat(s.OpenDues.SelectMany(d => new[] { d.Date, d.DueDate })).Select(CustomerStatement.Day);
        var date = Widest("Due date", dates);
        var number = Widest("Entry", s.Lines.Select(l => l.Number).Concat(s.OpenDues.Select(d => d.Number)).Select(n => $"#{n}"));

        // Bold in the opening and closing rows, so measured bold for all.
        double Figures(string header, IEnumerable<string> cells) => cells.Select(bold.Width).Append(bold.Width(header)).Max();
        var balance = Figures("Balance", s.Lines.Select(l => l.BalancePaise).Append(s.OpeningPaise).Append(s.ClosingPaise).Select(Balance));
        var paid = Figures("Paid (Cr)", s.Lines.Select(l => l.CreditPaise).Append(s.Lines.Sum(l => l.CreditPaise)).Select(Money));
        var given = Figures("Given (Dr)", s.Lines.Select(l => l.DebitPaise).Append(s.Lines.Sum(l => l.DebitPaise)).Select(Money));

        var paidRight = right - balance - Gap;
        var givenRight = paidRight - paid - Gap;
        var numberX = left + date + Gap;
        var detailsX = numberX + number + Gap;
        var detailsWidth = Math.Max(givenRight - given - Gap - detailsX, NarrowestDetails);

        // Open dues: due date, entry, the day it was given, what is left, a note; the note gets the rest.
        var dueLeft = Widest("Left to pay", s.OpenDues.Select(d => IndianMoney.FormatPaise(d.LeftPaise)));
        var dueLeftRight = detailsX + date + Gap + dueLeft;
        return new StatementColumns(numberX, detailsX, detailsWidth, givenRight, paidRight, detailsX, dueLeftRight, dueLeftRight + 2 * Gap);
    }
}
