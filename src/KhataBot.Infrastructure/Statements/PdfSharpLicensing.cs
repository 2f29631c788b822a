using PdfSharp;

namespace KhataBot.Infrastructure.Statements;

/// <summary>Loads the configured PDFsharp licence once per process (PDFsharp keeps it in a static).</summary>
internal static class PdfSharpLicensing
{
    private static readonly Lock Gate = new();

    /// <summary>Null when PDFsharp can be used; otherwise why not, for the start-up log.</summary>
    public static string? Load(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return "no PDFsharp licence is configured (Statements:PdfSharpLicense: AGPL or a commercial key)";
        }

        lock (Gate)
        {
            try
            {
                if (string.Equals(license.Trim(), StatementOptions.Agpl, StringComparison.OrdinalIgnoreCase))
                {
                    PdfSharpLicense.SetAgplLicense();
                }
                else
                {
                    PdfSharpLicense.LoadLicense(license.Trim());
                }

                return null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return $"the PDFsharp licence in Statements:PdfSharpLicense was refused: {ex.Message}";
            }
        }
    }
}
