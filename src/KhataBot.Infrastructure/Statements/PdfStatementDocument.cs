using KhataBot.Core.Abstractions;
using KhataBot.Core.Statements;
using SkiaSharp;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Customer statements as A4 PDF files, written by SkiaSharp's PDF document (<c>SKDocument.CreatePdf</c>) with
/// the bundled fonts embedded and the text shaped by HarfBuzz (<see cref="Text.ShapedText"/>): pages laid out
/// by <see cref="StatementLayout"/>, drawn one after another. Needs nothing installed (docs/decisions/0014).
/// </summary>
internal sealed class PdfStatementDocument : IStatementDocument
{
    public const string MediaType = "application/pdf";

    public bool IsAvailable => true;

    public ReplyFile Render(CustomerStatement statement)
    {
        var pages = StatementLayout.Lay(statement);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Statement for {statement.Customer}",
            Author = statement.Shop,
            Creator = "KhataBot",
            Creation = new DateTime(statement.Made, TimeOnly.MinValue, DateTimeKind.Utc),
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var page in pages)
            {
                page.DrawOn(document.BeginPage(StatementPage.Width, StatementPage.Height));
                document.EndPage();
            }

            document.Close();
        }

        return new ReplyFile($"{statement.FileStem}.pdf", MediaType, stream.ToArray());
    }
}
