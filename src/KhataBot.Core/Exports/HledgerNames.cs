using System.Text;

namespace KhataBot.Core.Exports;

/// <summary>
/// Makes free text safe inside an hledger journal (checked against the real hledger in the tests).
/// In an account name ':' starts a sub-account and two spaces or a tab end the name, so ':' and every
/// kind of whitespace or control character become one space, runs of spaces collapse, and the ends are
/// trimmed ("A: B" → "A B"). Everything else (&amp;, ', Hindi letters, #, quotes) is fine in hledger and is kept
/// so the names read as the shopkeeper typed them.
/// In a description ';' starts a comment and '|' splits payee from note, so they become ',' and '/'.
/// </summary>
public static class HledgerNames
{
    public static string AccountPart(string? text, string fallback)
    {
        var cleaned = Collapse(text, c => c == ':' || char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
        return cleaned.Length == 0 ? fallback : cleaned;
    }

    public static string Description(string text) =>
        Collapse(text, c => c switch
        {
            ';' => ',',
            '|' => '/',
            _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
            _ => c,
        });

    /// <summary>
    /// An account name per customer. Two customers can clean up to the same name ("A: B" and "A B"), and
    /// merging them would mix two people's debts, so later ones (by id) get " (2)", " (3)", ... Names are
    /// compared ignoring case, as people would read them.
    /// </summary>
    public static IReadOnlyDictionary<long, string> ForCustomers(IEnumerable<(long Id, string Name)> customers)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<long, string>();
        foreach (var (id, name) in customers.DistinctBy(c => c.Id).OrderBy(c => c.Id))
        {
            var wanted = AccountPart(name, $"customer {id}");
            var chosen = wanted;
            for (var n = 2; !taken.Add(chosen); n++)
            {
                chosen = $"{wanted} ({n})";
            }

            names[id] = chosen;
        }

        return names;
    }

    private static string Collapse(string? text, Func<char, char> map)
    {
        var result = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            var mapped = map(c);
            if (mapped != ' ' || (result.Length > 0 && result[^1] != ' '))
            {
                result.Append(mapped);
            }
        }

        return result.ToString().TrimEnd();
    }
}
