namespace KhataBot.Core.Parsing;

/// <summary>A date as written, before it is pinned to the calendar. The same words resolve differently
/// for an entry date (which looks back from today) and a due date (which looks ahead), so matching and
/// resolving are separate steps; see <see cref="DateResolver"/>.</summary>
internal abstract record DateSpec;

/// <summary>"12 june", "3/11", "15-11-2026": <paramref name="Year"/> is null when it was left out.</summary>
internal sealed record CalendarDay(int Day, int Month, int? Year) : DateSpec;

/// <summary>"today", "yesterday", "tomorrow", "in 7 days", "3 days ago".</summary>
internal sealed record DaysFromToday(int Days) : DateSpec;

/// <summary>"in 2 months".</summary>
internal sealed record MonthsFromToday(int Months) : DateSpec;

/// <summary>"on monday", "last monday" (<paramref name="Last"/>: strictly before today), "due friday".</summary>
internal sealed record Weekday(DayOfWeek Day, bool Last) : DateSpec;

/// <summary>Hindi "kal" means both yesterday and tomorrow; the role of the date decides.</summary>
internal sealed record Kal : DateSpec;

/// <summary>A date phrase found at some word: how many words it took, and what it says or what is wrong
/// with it (a sentence without an example; the caller knows which example fits).</summary>
internal sealed record DateMatch(int Length, DateSpec? Spec, string? Problem)
{
    public static DateMatch Of(int length, DateSpec spec) => new(length, spec, null);

    public static DateMatch Invalid(int length, string problem) => new(length, null, problem);
}
