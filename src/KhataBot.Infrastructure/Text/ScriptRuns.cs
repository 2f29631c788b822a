namespace KhataBot.Infrastructure.Text;

/// <summary>
/// Splits text into runs that one bundled font can draw: Noto Sans Devanagari has no Latin letters and Noto
/// Sans no Devanagari. Spaces, digits and common signs (both fonts have them, ₹ included) stay with the run
/// they are in, so "रमेश कुमार" is one run and HarfBuzz shapes it whole.
/// </summary>
internal static class ScriptRuns
{
    public static IEnumerable<(string Text, bool Devanagari)> Split(string text)
    {
        var start = 0;
        var current = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsNeutral(text[i])) continue;
            var devanagari = IsDevanagari(text[i]);
            if (devanagari != current && i > start)
            {
                yield return (text[start..i], current);
                start = i;
            }

            current = devanagari;
        }

        if (text.Length > start) yield return (text[start..], current);
    }

    public static bool HasDevanagari(string text) => text.Any(IsDevanagari);

    /// <summary>The Devanagari block, its extension block, and the joiners that shape conjuncts.</summary>
    public static bool IsDevanagari(char c) => c is >= '\u0900' and <= '\u097F' or >= '\uA8E0' and <= '\uA8FF' or '\u200C' or '\u200D';

    private static bool IsNeutral(char c) => c is ' ' or ',' or '.' or '-' or '\'' or '&' or ':' or '(' or ')' or '₹' or '%' or (>= '0' and <= '9');
}
