using System.Globalization;
using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Outbox;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.Notices;

/// <summary>
/// The daily notices of one shop, once its reminder time has come on <c>day</c>: budgets on pace to run
/// over this month, and on the month's first reminder time the summary of the month before. Each is
/// looked up in <see cref="MonthlyNotice"/> first and logged with its message, so it goes out once.
/// </summary>
public static class ShopNotices
{
    /// <summary>The pace warnings due for the month of <paramref name="day"/> that have not gone out.</summary>
    public static async Task<List<BudgetPace>> PaceWarningsAsync(IKhataDb db, long shopId, DateOnly day, CancellationToken ct)
    {
        if (day.Day == 1)
        {
            return [];
        }

        var budgets = await db.Budgets.AsNoTracking().Where(b => b.ShopId == shopId && b.AmountPaise > 0).ToListAsync(ct);
        if (budgets.Count == 0)
        {
            return [];
        }

        var month = BudgetAlerts.FirstOfMonth(day);
        var spent = await Spending.ByCategoryAsync(db, shopId, new DateRange(month, day.AddDays(-1)), ct);
        var warned = await LoggedAsync(db, shopId, month, NoticeKind.BudgetPace, ct);
        return [.. budgets
            .Where(b => !warned.Contains(b.Category))
            .Select(b => new BudgetPace(b.Category, spent.GetValueOrDefault(b.Category), b.AmountPaise, day))
            .Where(p => p.ShouldWarn)
            .OrderBy(p => p.Category, StringComparer.Ordinal)];
    }

    /// <summary>Whether last month's summary (for the month before <paramref name="day"/>'s) is still to be dealt with.</summary>
    public static async Task<bool> SummaryDueAsync(IKhataDb db, long shopId, DateOnly day, CancellationToken ct)
    {
        var month = BudgetAlerts.FirstOfMonth(day).AddMonths(-1);
        return !await db.MonthlyNotices.AnyAsync(n => n.ShopId == shopId && n.Month == month && n.Kind == NoticeKind.MonthSummary, ct);
    }

    /// <summary>Last month's summary (the month before <paramref name="day"/>'s), read before the write: its
    /// text, or null text for a month with no live entry (logged all the same, so it is not looked at again).</summary>
    public static async Task<MonthSummary> SummaryBeforeAsync(IKhataDb db, long shopId, DateOnly day, CancellationToken ct)
    {
        var month = BudgetAlerts.FirstOfMonth(day).AddMonths(-1);
        return new MonthSummary(month, await SummaryAsync(db, shopId, month, ct));
    }

    /// <summary>
    /// Writes what was read for the shop: the log rows, and at most one message for the warnings and one for
    /// the summary. Runs in the book's one writer, where it only looks the log up again (which makes the
    /// look-up and the insert one step); the figures were read before, outside it.
    /// </summary>
    public static async Task<int> SendAsync(IKhataDb db, long shopId, long chatId, DateOnly day, IReadOnlyList<BudgetPace> warnings, MonthSummary? summary, DateTimeOffset now, CancellationToken ct)
    {
        var sent = 0;
        var thisMonth = BudgetAlerts.FirstOfMonth(day);
        var warned = warnings.Count == 0 ? [] : await LoggedAsync(db, shopId, thisMonth, NoticeKind.BudgetPace, ct);
        var fresh = warnings.Where(w => !warned.Contains(w.Category)).ToList();
        if (fresh.Count > 0)
        {
            db.MonthlyNotices.AddRange(fresh.Select(w => new MonthlyNotice { ShopId = shopId, Month = thisMonth, Kind = NoticeKind.BudgetPace, Category = w.Category, At = now }));
            OutboxWriter.Add(db, chatId, new Reply(string.Join('\n', fresh.Select(w => w.Describe()))) { Buttons = [new ReplyButton("Budgets", "budgets")] }, shopId, now);
            sent++;
        }

        if (summary is { } wanted && await SummaryDueAsync(db, shopId, day, ct))
        {
            db.MonthlyNotices.Add(new MonthlyNotice { ShopId = shopId, Month = wanted.Month, Kind = NoticeKind.MonthSummary, At = now });
            if (wanted.Text is { } text)
            {
                var label = wanted.Month.ToString("MMMM", CultureInfo.InvariantCulture).ToLowerInvariant();
                OutboxWriter.Add(db, chatId, new Reply(text) { Buttons = [new ReplyButton("Full report", $"report {label} {wanted.Month.Year}")] }, shopId, now);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// "📅 November 2026 in short", spending against each budget (and what was spent without one), and what
    /// customers owed at the month's end; null for a month with no live entry at all.
    /// </summary>
    public static async Task<string?> SummaryAsync(IKhataDb db, long shopId, DateOnly month, CancellationToken ct)
    {
        var range = DateRange.Month(month.Year, month.Month);
        if (!await db.Entries.AnyAsync(e => e.ShopId == shopId && e.Date >= range.From && e.Date <= range.To && e.DeletedAt == null, ct))
        {
            return null;
        }

        var spent = await Spending.ByCategoryAsync(db, shopId, range, ct);
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.ShopId == shopId).ToDictionaryAsync(b => b.Category, b => b.AmountPaise, ct);
        var owed = await OwedAtEnd.LoadAsync(db, shopId, range.To, ct);
        var text = new StringBuilder($"📅 {month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} in short");
        if (budgets.Count == 0 && spent.Count == 0)
        {
            text.Append("\nNo spending recorded.");
        }
        else
        {
            text.Append(budgets.Count > 0 ? "\nSpent against budgets:" : "\nSpent:");
            foreach (var category in budgets.Keys.Union(spent.Keys).Order(StringComparer.Ordinal))
            {
                var paise = spent.GetValueOrDefault(category);
                text.Append("\n• ").Append(budgets.TryGetValue(category, out var limit) && limit > 0
                    ? new BudgetUse(category, paise, limit).Describe()
                    : $"{category}: {IndianMoney.FormatPaise(paise)} (no budget)");
            }
        }

        text.Append('\n').Append(owed.OwingPaise > 0
            ? $"Customers owed you {IndianMoney.FormatPaise(owed.OwingPaise)} at the end of the month."
            : "No customer owed you anything at the end of the month.");
        return text.ToString();
    }

    /// <summary>A month's summary as read: null <paramref name="Text"/> when nothing was recorded in it.</summary>
    public sealed record MonthSummary(DateOnly Month, string? Text);

    private static async Task<HashSet<string>> LoggedAsync(IKhataDb db, long shopId, DateOnly month, NoticeKind kind, CancellationToken ct) =>
        [.. await db.MonthlyNotices.Where(n => n.ShopId == shopId && n.Month == month && n.Kind == kind).Select(n => n.Category).ToListAsync(ct)];
}
