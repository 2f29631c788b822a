using KhataBot.Core.Abstractions;
using KhataBot.Core.Statements;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Customer statements as PDF files, the default: each A4 page laid out as SVG (<see cref="StatementSvgPages"/>)
/// and drawn by librsvg onto cairo's PDF surface (<see cref="SvgPdf"/>). Pango and HarfBuzz shape the text,
/// so Devanagari names print correctly, and nothing here needs a licence (docs/decisions/0010).
/// </summary>
internal sealed class CairoStatementDocument : IStatementDocument
{
    public CairoStatementDocument(CairoPdfSupport support, ILogger<CairoStatementDocument> logger)
    {
        IsAvailable = support.Problem is null;
        if (support.Problem is { } problem)
        {
            logger.LogWarning("PDF statements are unavailable: {Problem}.", problem);
        }
    }

    public bool IsAvailable { get; }

    public ReplyFile Render(CustomerStatement statement)
    {
        var pages = StatementSvgPages.Lay(statement);
        var pdf = SvgPdf.Write(pages, StatementSvg.Width, StatementSvg.Height, new SvgPdf.Properties($"Statement for {statement.Customer}", statement.Shop));
        return new ReplyFile($"{statement.FileStem}.pdf", PdfStatementDocument.MediaType, pdf);
    }
}
