using System.Globalization;
using System.Text;

namespace KhataBot.Infrastructure.Charts;

/// <summary>Path data for one slice of a ring. Angles are degrees clockwise from twelve o'clock.</summary>
internal static class DonutPath
{
    public static (double X, double Y) Point(double cx, double cy, double r, double degrees)
    {
        var radians = (degrees - 90) * Math.PI / 180;
        return (cx + r * Math.Cos(radians), cy + r * Math.Sin(radians));
    }

    /// <summary>The outer arc forward and the inner arc back. An arc whose ends meet draws nothing, so a slice
    /// over 180° (and a single slice of 100%) is drawn as two half arcs each way.</summary>
    public static string Ring(double cx, double cy, double outer, double inner, double start, double sweep)
    {
        var end = start + sweep;
        var middle = start + sweep / 2;
        var d = new StringBuilder();
        Move(d, 'M', Point(cx, cy, outer, start));
        Arc(d, outer, 1, Point(cx, cy, outer, middle));
        Arc(d, outer, 1, Point(cx, cy, outer, end));
        Move(d, 'L', Point(cx, cy, inner, end));
        Arc(d, inner, 0, Point(cx, cy, inner, middle));
        Arc(d, inner, 0, Point(cx, cy, inner, start));
        return d.Append('Z').ToString();
    }

    private static void Move(StringBuilder d, char command, (double X, double Y) to) =>
        d.Append(CultureInfo.InvariantCulture, $"{command}{to.X:0.##},{to.Y:0.##}");

    private static void Arc(StringBuilder d, double r, int clockwise, (double X, double Y) to) =>
        d.Append(CultureInfo.InvariantCulture, $"A{r:0.##},{r:0.##} 0 0 {clockwise} {to.X:0.##},{to.Y:0.##}");
}
