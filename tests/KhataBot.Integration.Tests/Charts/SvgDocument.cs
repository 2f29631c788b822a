using System.Globalization;
using System.Xml.Linq;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>A chart's SVG parsed as XML (which also proves it is well-formed), found by the classes the layer writes.</summary>
internal sealed class SvgDocument(string svg)
{
    public XDocument Xml { get; } = XDocument.Parse(svg);

    public IReadOnlyList<XElement> Classed(string cssClass) =>
        [.. Xml.Descendants().Where(e => (string?)e.Attribute("class") == cssClass)];

    public IReadOnlyList<string> Texts(string cssClass) => [.. Classed(cssClass).Select(e => e.Value)];

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static string Data(XElement element, string name) => (string)element.Attribute("data-" + name)!;
}
