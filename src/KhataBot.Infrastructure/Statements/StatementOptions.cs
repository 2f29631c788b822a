namespace KhataBot.Infrastructure.Statements;

/// <summary>Settings under "Statements".</summary>
public sealed class StatementOptions
{
    /// <summary>The value that loads PDFsharp's free AGPL-3.0 licence.</summary>
    public const string Agpl = "AGPL";

    /// <summary>
    /// Set, statements are drawn with PDFsharp 6.5, which draws nothing until a licence is loaded: "AGPL" (free,
    /// but a bot others talk to over a network must then offer them its source) or a commercial licence key.
    /// Unset (the default), they are drawn with librsvg and cairo, which need no licence and shape Devanagari.
    /// Choosing PDFsharp's licence is the operator's decision, not the code's. See docs/decisions/0010.
    /// </summary>
    public string? PdfSharpLicense { get; set; }
}
