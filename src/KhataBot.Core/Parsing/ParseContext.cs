namespace KhataBot.Core.Parsing;

/// <summary>What the parser needs to know beyond the text: today's date in the shop's time zone and the
/// shop's own expense categories (added with "category add ...").</summary>
public sealed record ParseContext(DateOnly Today, IReadOnlySet<string> ShopCategories)
{
    public static ParseContext For(DateOnly today) => new(today, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
}
