using System.Globalization;
using System.Text;
using KhataBot.Core.Money;

namespace KhataBot.Infrastructure.Charts;

/// <summary>Paints lines through one point per slot, optionally shading beneath, with the last amount written at its end.</summary>
internal static class LinePainter
{
    private const double Stroke = 4;
    private const int MaxDots = 40;

    public static void Draw(SvgWriter svg, PlotArea area, NiceScale scale, IReadOnlyList<Series> lines, bool shade, CategoryColours colours)
    {
        var paths = lines.Select(line => (line, Colour: colours.For(line.Name), Points: line.Values.Select((v, i) => (X: area.Centre(i), Y: area.Y(scale, v))).ToList())).ToList();

        // Every shade before any line, so no line is dimmed by another's shade.
        if (shade)
        {
            var zero = area.Y(scale, 0);
            foreach (var (_, colour, points) in paths)
            {
                var start = string.Create(CultureInfo.InvariantCulture, $"M{points[0].X:0.#},{zero:0.#}L");
                var end = string.Create(CultureInfo.InvariantCulture, $"L{points[^1].X:0.#},{zero:0.#}Z");
                svg.Path(PathThrough(points, start, end), colour, opacity: 0.18, cssClass: "area");
            }
        }

        var endLabels = new List<(double Y, string Text, string Colour)>();
        foreach (var (line, colour, points) in paths)
        {
            svg.Path(PathThrough(points, "M", ""), "none", colour, Stroke, "line", data: ("series", line.Name));
            if (points.Count <= MaxDots)
            {
                foreach (var (x, y) in points) svg.Circle(x, y, 5, "#FFFFFF", colour, 3);
            }

            endLabels.Add((points[^1].Y, IndianMoney.Format(line.Values[^1]), colour));
        }

        EndLabels(svg, area, endLabels);
    }

    /// <summary>The latest amount (today's total owed) is what a reader looks for, so it is written out in full,
    /// above the last point; labels of different lines are pushed apart so they never overlap.</summary>
    private static void EndLabels(SvgWriter svg, PlotArea area, List<(double Y, string Text, string Colour)> labels)
    {
        var previous = double.NegativeInfinity;
        foreach (var (y, text, colour) in labels.OrderBy(l => l.Y))
        {
            var baseline = Math.Max(y - 14, previous + ChartStyle.ValueSize * 1.3);
            svg.Text(area.Right, baseline, text, ChartStyle.ValueSize, colour, TextAnchor.End, "line-end", bold: true, halo: true);
            previous = baseline;
        }
    }

    private static string PathThrough(List<(double X, double Y)> points, string start, string end)
    {
        var d = new StringBuilder(start);
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0) d.Append('L');
            d.Append(CultureInfo.InvariantCulture, $"{points[i].X:0.#},{points[i].Y:0.#}");
        }

        return d.Append(end).ToString();
    }
}
