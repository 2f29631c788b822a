namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Gives each category a colour the first time it is asked for and the same one after, so "food" is the
/// same orange in every chart of a report when the report shares one instance. The palette is Okabe and
/// Ito's, which readers with the common kinds of colour blindness can tell apart, with two more tones
/// for long lists; "Others" is always grey.
/// </summary>
public sealed class CategoryColours
{
    public const string OthersName = "Others";
    public const string OthersColour = "#A0A0A0";

    /// <summary>Reserved for trouble (over budget), so no category is drawn in it.</summary>
    public const string Alarm = "#C62828";

    public static IReadOnlyList<string> Palette { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#5D4E9E", "#7F7F7F"];

    private readonly Dictionary<string, string> assigned = new(StringComparer.OrdinalIgnoreCase);

    public string For(string category)
    {
        if (string.Equals(category, OthersName, StringComparison.OrdinalIgnoreCase))
        {
            return OthersColour;
        }

        if (!assigned.TryGetValue(category, out var colour))
        {
            colour = Palette[assigned.Count % Palette.Count];
            assigned.Add(category, colour);
        }

        return colour;
    }

    /// <summary>Dark text on yellow and sky blue, white text on the rest.</summary>
    internal static string TextOn(string colour)
    {
        var rgb = Convert.ToInt32(colour[1..], 16);
        var luminance = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
        return luminance > 150 ? ChartStyle.Ink : "#FFFFFF";
    }

    /// <summary>Every colour given so far, by category, to carry with a chart description.</summary>
    public IReadOnlyDictionary<string, string> Assigned => assigned;
}
