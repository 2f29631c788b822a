using KhataBot.Core.Money;
using KhataBot.Core.Statements;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static KhataBot.Infrastructure.Statements.StatementWords;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Lays a statement out on A4 pages: the shop and customer at the top of every page (a printed page may be
/// handed over alone), then the entries as a table whose header repeats after each page break, the closing
/// balance, and the open dues. Page numbers are added last, once the number of pages is known.
/// </summary>
internal sealed class StatementPages(PdfDocument document, CustomerStatement statement)
{
    private const double Left = 40;
    private const double Right = 555;
    private const double Top = 40;
    private const double LastLine = 790;
    private const double RowHeight = 14;

    // Column edges: text columns start at their x, money columns end at theirs.
    private const double NumberX = 102;
    private const double DetailsX = 135;
    private const double DetailsWidth = 160;
    private const double GivenRight = 380;
    private const double PaidRight = 462;
    private const double DueNoteX = 400;

    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(242, 242, 242));
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XPen Rule = new(XColor.FromArgb(160, 160, 160), 0.6);

    private readonly PdfText _title = new(16, bold: true);
    private readonly PdfText _heading = new(11, bold: true);
    private readonly PdfText _info = new(10);
    private readonly PdfText _body = new(9);
    private readonly PdfText _bold = new(9, bold: true);
    private readonly PdfText _small = new(8);

    private XGraphics _gfx = null!;
    private double _y;
    private int _rows;

    public void Write()
    {
        NewPage();
        EntriesHeader();
        EntryRow("", "", "Opening balance", "", "", Balance(statement.OpeningPaise), _bold);
        foreach (var line in statement.Lines)
        {
            if (!Fits(RowHeight)) ContinueEntries();
            EntryRow(CustomerStatement.Day(line.Date), $"#{line.Number}", line.Description, Money(line.DebitPaise), Money(line.CreditPaise),
                Balance(line.BalancePaise), _body);
        }

        if (!Fits(RowHeight + 4)) ContinueEntries();
        _gfx.DrawLine(Rule, Left, _y + 1, Right, _y + 1);
        _y += 3;
        EntryRow("", "", "Closing balance", Money(statement.Lines.Sum(l => l.DebitPaise)), Money(statement.Lines.Sum(l => l.CreditPaise)),
            Balance(statement.ClosingPaise), _bold);

        WriteDues();
        _gfx.Dispose();
        NumberPages();
    }

    private void WriteDues()
    {
        // The heading, the column names and the first due stay together on one page.
        if (!Fits(24 + 2 * RowHeight)) NewPage();
        _y += 12;
        _heading.Draw(_gfx, $"Open dues (as of {CustomerStatement.Day(statement.Made)})", Left, _y);
        _y += 18;
        if (statement.OpenDues.Count == 0)
        {
            _body.Draw(_gfx, "No open dues.", Left, _y);
            return;
        }

        DuesHeader();
        foreach (var due in statement.OpenDues)
        {
            if (!Fits(RowHeight))
            {
                NewPage();
                DuesHeader();
            }

            ShadeEveryOtherRow();
            _body.Draw(_gfx, CustomerStatement.Day(due.DueDate), Left, _y + 2);
            _body.Draw(_gfx, $"#{due.Number}", NumberX, _y + 2);
            _body.Draw(_gfx, CustomerStatement.Day(due.Date), DetailsX, _y + 2);
            _body.DrawRight(_gfx, IndianMoney.FormatPaise(due.LeftPaise), GivenRight, _y + 2);
            _body.Draw(_gfx, DueNote(due, statement.Made), DueNoteX, _y + 2);
            _y += RowHeight;
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        _rows = 0;
        _y = Top;

        _title.Draw(_gfx, _title.Fit(_gfx, statement.Shop, 330), Left, _y);
        _heading.DrawRight(_gfx, "Statement of account", Right, _y + 3);
        _y += 26;
        _info.Draw(_gfx, $"Customer: {statement.Customer}", Left, _y);
        _info.DrawRight(_gfx, $"Made on {CustomerStatement.Day(statement.Made)}", Right, _y);
        _y += 15;
        if (statement.Phone is { Length: > 0 } phone)
        {
            _info.Draw(_gfx, $"Phone: {phone}", Left, _y);
            _y += 15;
        }

        _info.Draw(_gfx, $"Period: {statement.PeriodText}", Left, _y);
        _y += 18;
        _gfx.DrawLine(Rule, Left, _y, Right, _y);
        _y += 8;
    }

    private void ContinueEntries()
    {
        NewPage();
        EntriesHeader();
    }

    private void EntriesHeader()
    {
        _bold.Draw(_gfx, "Date", Left, _y);
        _bold.Draw(_gfx, "Entry", NumberX, _y);
        _bold.Draw(_gfx, "Details", DetailsX, _y);
        _bold.DrawRight(_gfx, "Given (Dr)", GivenRight, _y);
        _bold.DrawRight(_gfx, "Paid (Cr)", PaidRight, _y);
        _bold.DrawRight(_gfx, "Balance", Right, _y);
        _y += RowHeight;
        _gfx.DrawLine(Rule, Left, _y - 2, Right, _y - 2);
    }

    private void DuesHeader()
    {
        _bold.Draw(_gfx, "Due date", Left, _y);
        _bold.Draw(_gfx, "Entry", NumberX, _y);
        _bold.Draw(_gfx, "Given on", DetailsX, _y);
        _bold.DrawRight(_gfx, "Left to pay", GivenRight, _y);
        _bold.Draw(_gfx, "Note", DueNoteX, _y);
        _y += RowHeight;
        _gfx.DrawLine(Rule, Left, _y - 2, Right, _y - 2);
        _rows = 0;
    }

    private void EntryRow(string date, string number, string details, string given, string paid, string balance, PdfText text)
    {
        ShadeEveryOtherRow();
        text.Draw(_gfx, date, Left, _y + 2);
        text.Draw(_gfx, number, NumberX, _y + 2);
        text.Draw(_gfx, text.Fit(_gfx, details, DetailsWidth), DetailsX, _y + 2);
        text.DrawRight(_gfx, given, GivenRight, _y + 2);
        text.DrawRight(_gfx, paid, PaidRight, _y + 2);
        text.DrawRight(_gfx, balance, Right, _y + 2);
        _y += RowHeight;
    }

    /// <summary>Light bands help the eye follow a row across the wide gap to its figures.</summary>
    private void ShadeEveryOtherRow()
    {
        if (_rows++ % 2 == 1) _gfx.DrawRectangle(Shade, Left - 2, _y, Right - Left + 4, RowHeight);
    }

    private bool Fits(double height) => _y + height <= LastLine;

    private void NumberPages()
    {
        var made = Footer(statement);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            _small.Draw(gfx, _small.Fit(gfx, made, 400), Left, 810, Grey);
            _small.DrawRight(gfx, PageOf(i + 1, document.PageCount), Right, 810);
        }
    }
}
