using KhataBot.Infrastructure.Statements;

namespace KhataBot.Integration.Tests.Statements;

/// <summary>An operator who set Statements:PdfSharpLicense gets PDFsharp; the test run takes its free AGPL licence.</summary>
public sealed class PdfSharpStatementPdfTests() : StatementPdfTests(StatementOptions.Agpl);
