using KhataBot.Core.Abstractions;
using KhataBot.Core.Statements;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;

namespace KhataBot.Infrastructure.Statements;

/// <summary>Customer statements as PDF files, drawn with PDFsharp and the system's DejaVu and Lohit fonts.</summary>
internal sealed class PdfStatementDocument : IStatementDocument
{
    public const string MediaType = "application/pdf";

    public PdfStatementDocument(IOptions<StatementOptions> options, ILogger<PdfStatementDocument> logger)
    {
        // Without the font files PDFsharp cannot draw a word, and without a licence it refuses to start a
        // document: either way statements are refused politely instead of failing each time.
        var problem = StatementFonts.AreInstalled
            ? PdfSharpLicensing.Load(options.Value.PdfSharpLicense)
            : "the DejaVu Sans or Lohit Devanagari font files are missing (fonts-dejavu-core, fonts-lohit-deva)";
        IsAvailable = problem is null;
        if (problem is not null)
        {
            logger.LogWarning("PDF statements are unavailable: {Problem}.", problem);
        }
    }

    public bool IsAvailable { get; }

    public ReplyFile Render(CustomerStatement statement)
    {
        StatementFonts.Use();
        using var document = new PdfDocument();
        document.Info.Title = $"Statement for {statement.Customer}";
        document.Info.Author = statement.Shop;
        document.Info.Creator = "KhataBot";
        new StatementPages(document, statement).Write();

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return new ReplyFile($"{statement.FileStem}.pdf", MediaType, pdf.ToArray());
    }
}
