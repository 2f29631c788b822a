using KhataBot.Core.Money;
using KhataBot.Core.Statements;
using static KhataBot.Infrastructure.Statements.StatementWords;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Lays a statement out on A4 pages: the shop and customer at the top of every page (a printed page may be
/// handed over alone), then the entries as a table whose header repeats after each page break, followed on
/// every later page by a "Brought forward" row (the given and paid so far and the balance), the closing
/// balance, and the open dues. Rows have a fixed height, so a page holds a known number of them; page numbers
/// are added last, once the number of pages is known. Coordinates are points from the top-left corner; text
/// is placed by the top of its line.
/// </summary>
internal sealed class StatementLayout
{
    private const double Left = 40;
    private const double Right = 555;
    private const double Top = 40;
    private const double LastLine = 790;
    private const double FooterTop = 810;
    private const double RowHeight = 14;

    /// <summary>Where text sits in its row, so the shading band has even room above and below it.</summary>
    private const double RowText = 2.5;

    private const uint Shade = 0xFFF2F2F2;
    private const uint Grey = 0xFF5A5A5A;
    private const uint Rule = 0xFFA0A0A0;
    private const double RuleWidth = 0.6;

    private static readonly TextStyle Title = new(16, Bold: true);
    private static readonly TextStyle Heading = new(11, Bold: true);
    private static readonly TextStyle Info = new(10);
    private static readonly TextStyle Body = new(9);
    private static readonly TextStyle Bold = new(9, Bold: true);
    private static readonly TextStyle Small = new(8);

    private readonly CustomerStatement _statement;
    private readonly StatementColumns _columns;
    private readonly List<StatementPage> _pages = [];
    private StatementPage _page = null!;
    private double _y;
    private int _rows;
    private long _givenSoFar;
    private long _paidSoFar;
    private long _balanceSoFar;

    private StatementLayout(CustomerStatement statement)
    {
        _statement = statement;
        _columns = StatementColumns.For(statement, Left, Right, Body, Bold);
    }

    public static IReadOnlyList<StatementPage> Lay(CustomerStatement statement) => new StatementLayout(statement).Write();

    private IReadOnlyList<StatementPage> Write()
    {
        NewPage();
        EntriesHeader();
        EntryRow("", "", "Opening balance", "", "", Balance(_statement.OpeningPaise), Bold);
        _balanceSoFar = _statement.OpeningPaise;
        foreach (var line in _statement.Lines)
        {
            if (!Fits(RowHeight)) ContinueEntries();
            EntryRow(CustomerStatement.Day(line.Date), $"#{line.Number}", line.Description, Money(line.DebitPaise), Money(line.CreditPaise),
                Balance(line.BalancePaise), Body);
            _givenSoFar += line.DebitPaise;
            _paidSoFar += line.CreditPaise;
            _balanceSoFar = line.BalancePaise;
        }

        if (!Fits(RowHeight + 4)) ContinueEntries();
        _page.Line(Left, _y + 1, Right, _y + 1, Rule, RuleWidth);
        _y += 3;
        EntryRow("", "", "Closing balance", Money(_statement.Lines.Sum(l => l.DebitPaise)), Money(_statement.Lines.Sum(l => l.CreditPaise)),
            Balance(_statement.ClosingPaise), Bold);

        WriteDues();
        NumberPages();
        return _pages;
    }

    private void WriteDues()
    {
        // The heading, the column names and the first due stay together on one page.
        if (!Fits(24 + 2 * RowHeight)) NewPage();
        _y += 12;
        _page.Text(Left, _y, $"Open dues (as of {CustomerStatement.Day(_statement.Made)})", Heading);
        _y += 18;
        if (_statement.OpenDues.Count == 0)
        {
            _page.Text(Left, _y, "No open dues.", Body);
            return;
        }

        DuesHeader();
        foreach (var due in _statement.OpenDues)
        {
            if (!Fits(RowHeight))
            {
                NewPage();
                DuesHeader();
            }

            ShadeEveryOtherRow();
            var top = _y + RowText;
            _page.Text(Left, top, CustomerStatement.Day(due.DueDate), Body);
            _page.Text(_columns.NumberX, top, $"#{due.Number}", Body);
            _page.Text(_columns.DueGivenOnX, top, CustomerStatement.Day(due.Date), Body);
            _page.Text(_columns.DueLeftRight, top, IndianMoney.FormatPaise(due.LeftPaise), Body, Align.Right);
            _page.Text(_columns.DueNoteX, top, Body.Fit(DueNote(due, _statement.Made), Right - _columns.DueNoteX), Body);
            _y += RowHeight;
        }
    }

    private void NewPage()
    {
        _page = new StatementPage();
        _pages.Add(_page);
        _rows = 0;
        _y = Top;

        const string kind = "Statement of account";
        _page.Text(Left, _y, Title.Fit(_statement.Shop, Right - Left - Heading.Width(kind) - 24), Title);
        _page.Text(Right, _y + 4, kind, Heading, Align.Right);
        _y += 26;
        var made = $"Made on {CustomerStatement.Day(_statement.Made)}";
        _page.Text(Left, _y, Info.Fit($"Customer: {_statement.Customer}", Right - Left - Info.Width(made) - 24), Info);
        _page.Text(Right, _y, made, Info, Align.Right);
        _y += 15;
        if (_statement.Phone is { Length: > 0 } phone)
        {
            _page.Text(Left, _y, Info.Fit($"Phone: {phone}", Right - Left), Info);
            _y += 15;
        }

        _page.Text(Left, _y, $"Period: {_statement.PeriodText}", Info);
        _y += 18;
        _page.Line(Left, _y, Right, _y, Rule, RuleWidth);
        _y += 8;
    }

    /// <summary>A new page of entries starts from where the last one ended, so each page adds up on its own.</summary>
    private void ContinueEntries()
    {
        NewPage();
        EntriesHeader();
        EntryRow("", "", "Brought forward", Money(_givenSoFar), Money(_paidSoFar), Balance(_balanceSoFar), Bold);
    }

    private void EntriesHeader()
    {
        _page.Text(Left, _y, "Date", Bold);
        _page.Text(_columns.NumberX, _y, "Entry", Bold);
        _page.Text(_columns.DetailsX, _y, "Details", Bold);
        _page.Text(_columns.GivenRight, _y, "Given (Dr)", Bold, Align.Right);
        _page.Text(_columns.PaidRight, _y, "Paid (Cr)", Bold, Align.Right);
        _page.Text(Right, _y, "Balance", Bold, Align.Right);
        _y += RowHeight;
        _page.Line(Left, _y - 2, Right, _y - 2, Rule, RuleWidth);
    }

    private void DuesHeader()
    {
        _page.Text(Left, _y, "Due date", Bold);
        _page.Text(_columns.NumberX, _y, "Entry", Bold);
        _page.Text(_columns.DueGivenOnX, _y, "Given on", Bold);
        _page.Text(_columns.DueLeftRight, _y, "Left to pay", Bold, Align.Right);
        _page.Text(_columns.DueNoteX, _y, "Note", Bold);
        _y += RowHeight;
        _page.Line(Left, _y - 2, Right, _y - 2, Rule, RuleWidth);
        _rows = 0;
    }

    private void EntryRow(string date, string number, string details, string given, string paid, string balance, TextStyle text)
    {
        ShadeEveryOtherRow();
        var top = _y + RowText;
        _page.Text(Left, top, date, text);
        _page.Text(_columns.NumberX, top, number, text);
        _page.Text(_columns.DetailsX, top, text.Fit(details, _columns.DetailsWidth), text);
        _page.Text(_columns.GivenRight, top, given, text, Align.Right);
        _page.Text(_columns.PaidRight, top, paid, text, Align.Right);
        _page.Text(Right, top, balance, text, Align.Right);
        _y += RowHeight;
    }

    /// <summary>Light bands help the eye follow a row across the wide gap to its figures.</summary>
    private void ShadeEveryOtherRow()
    {
        if (_rows++ % 2 == 1) _page.Rect(Left - 2, _y, Right - Left + 4, RowHeight, Shade);
    }

    private bool Fits(double height) => _y + height <= LastLine;

    private void NumberPages()
    {
        var footer = Footer(_statement);
        for (var i = 0; i < _pages.Count; i++)
        {
            var number = PageOf(i + 1, _pages.Count);
            _pages[i].Text(Left, FooterTop, Small.Fit(footer, Right - Left - Small.Width(number) - 24), Small, colour: Grey);
            _pages[i].Text(Right, FooterTop, number, Small, Align.Right);
        }
    }
}
