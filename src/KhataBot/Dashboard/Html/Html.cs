using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KhataBot.Dashboard.Html;

/// <summary>
/// A piece of HTML that is safe to send. Made only by <see cref="H"/>, whose interpolation holes are encoded
/// unless they are themselves <see cref="Html"/>: a customer called "&lt;script&gt;" is shown, never run,
/// and no page can forget to encode one value.
/// </summary>
public readonly record struct Html(string Value)
{
    public static readonly Html Empty = new("");

    /// <summary>Every script and language shown as itself (₹, हिंदी names), only markup characters escaped.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Html H(HtmlBuilder html) => html.ToHtml();

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Html When(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => Value;
}

[InterpolatedStringHandler]
public readonly struct HtmlBuilder
{
    private readonly StringBuilder _text;

    public HtmlBuilder(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string literal) => _text.Append(literal);

    public void AppendFormatted(Html html) => _text.Append(html.Value);

    public void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Html html:
                _text.Append(html.Value);
                break;
            case IEnumerable<Html> parts:
                foreach (var part in parts) _text.Append(part.Value);
                break;
            default:
                _text.Append(Html.Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    public void AppendFormatted<T>(T value, string format) where T : IFormattable =>
        _text.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public Html ToHtml() => new(_text.ToString());
}
