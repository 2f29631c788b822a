namespace KhataBot.Integration.Tests.Statements;

/// <summary>The default: no PDFsharp licence set, so statements are drawn with librsvg on cairo's PDF surface.</summary>
public sealed class CairoStatementPdfTests() : StatementPdfTests(pdfSharpLicense: null);
