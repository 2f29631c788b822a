using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Questions;

/// <summary>"how much did I spend on tea this month": the period's expenses of a category, or of entries
/// whose note mentions the item in any of its spellings (tea, chai, चाय).</summary>
internal sealed class ShowSpendingHandler(IKhataDb db) : ICommandHandler<ShowSpending>
{
    public async Task<Reply> HandleAsync(ShowSpending command, CommandContext context, CancellationToken cancellationToken)
    {
        var expenses = db.Entries.Where(e => e.ShopId == context.Shop.Id && e.Kind == EntryKind.Expense && e.DeletedAt == null
            && e.Date >= command.Period.From && e.Date <= command.Period.To);
        if (command.Category is { } category)
        {
            var lower = category.ToLowerInvariant();
            expenses = expenses.Where(e => e.Category == lower);
        }

        var found = await expenses.Select(e => new { e.Note, e.AmountPaise }).ToListAsync(cancellationToken);
        if (command.Category is null && command.Note is { } note)
        {
            // Matched in memory: a month of one shop's expenses is small, and "tea" must also find "chai" and "चाय".
            var spellings = ItemSpellings.Of(note);
            found = found.Where(e => e.Note is { } text && spellings.Any(spelling => Mentions(text, spelling))).ToList();
        }

        var what = command.Category ?? command.Note ?? "everything";
        if (found.Count == 0) return $"Nothing spent on {what} in {command.Label}.";
        var entries = found.Count == 1 ? "1 entry" : $"{found.Count.ToString(CultureInfo.InvariantCulture)} entries";
        return $"Spent on {what} in {command.Label}: {IndianMoney.FormatPaise(found.Sum(e => e.AmountPaise))} ({entries}).";
    }

    /// <summary>The note names the item as a word of its own ("chai and biscuit", not "chaiwala"), in any case.</summary>
    private static bool Mentions(string note, string spelling)
    {
        var at = 0;
        while ((at = note.IndexOf(spelling, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(note[at - 1]);
            var end = at + spelling.Length;
            var after = end >= note.Length || !char.IsLetterOrDigit(note[end]) && !IsCombiningMark(note[end]);
            if (before && after) return true;
            at = end;
        }

        return false;
    }

    // A Devanagari vowel sign after the match means the word goes on ("चाय" is not the start of a longer word).
    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
