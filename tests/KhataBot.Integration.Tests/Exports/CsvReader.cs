using System.Text;

namespace KhataBot.Integration.Tests.Exports;

/// <summary>A strict RFC 4180 reader, written separately from the exporter so the test does not
/// agree with the code just because they share it.</summary>
public static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("Unclosed quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r') throw new FormatException($"Text after a closing quote at {i}.");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    fields.Add(field.ToString()); field.Clear(); i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add([.. fields]); fields.Clear(); i += 2;
                    break;
                case '"' or '\r' or '\n':
                    throw new FormatException($"Unquoted {(int)text[i]} at {i}.");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0) throw new FormatException("The last record has no CRLF.");
        return records;
    }
}
