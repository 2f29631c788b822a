namespace KhataBot.Infrastructure.Statements;

/// <summary>Settings under "Statements".</summary>
public sealed class StatementOptions
{
    /// <summary>The value that loads PDFsharp's free AGPL-3.0 licence.</summary>
    public const string Agpl = "AGPL";

    /// <summary>
    /// PDFsharp 6.5 draws nothing until a licence is loaded: "AGPL" (free, but a bot others talk to over a
    /// network must then offer them its source) or a commercial licence key. Unset, statements are refused
    /// politely; choosing the licence is the operator's decision, not the code's. See docs/decisions/0010.
    /// </summary>
    public string? PdfSharpLicense { get; set; }
}
