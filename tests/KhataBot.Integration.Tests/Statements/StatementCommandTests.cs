using KhataBot.Core.Statements;
using KhataBot.Infrastructure.Statements;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Statements;

/// <summary>"statement … pdf" answers that do not depend on what the PDF shows.</summary>
public sealed class StatementCommandTests
{
    [Fact]
    public async Task A_new_user_gets_a_pdf_with_nothing_installed()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500m, "rice"));

        var reply = await book.SendForReplyAsync("statement Ramesh pdf");

        Assert.Equal("Statement for Ramesh, all entries to 21 Nov 2026: owes ₹500.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal(("statement-ramesh-2026-11-21.pdf", "application/pdf"), (file.FileName, file.MediaType));
        Assert.Equal("%PDF-"u8.ToArray(), file.Content[..5]);
        Assert.DoesNotContain(book.Logs.Lines, e => e.Message.Contains("unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_gets_one_pdf_document()
    {
        using var services = new ServiceCollection().AddLogging().AddKhataStatements().AddKhataStatements().BuildServiceProvider();

        var document = services.GetRequiredService<IStatementDocument>();

        Assert.IsType<PdfStatementDocument>(document);
        Assert.True(document.IsAvailable);
        Assert.Same(document, services.GetRequiredService<IStatementDocument>());
        Assert.Single(services.GetServices<IStatementDocument>());
    }

    [Fact]
    public async Task An_unknown_customer_gets_the_usual_answer_and_no_file()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100m));

        var reply = await book.SendForReplyAsync("statement Rmesh pdf");

        Assert.StartsWith("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Empty(reply.Files);
        Assert.Equal("statement Ramesh pdf", Assert.Single(reply.Buttons).Action);
    }

    [Fact]
    public async Task A_customer_without_entries_gets_no_empty_statement()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100m));
        await book.SendAsync("delete #1");

        var reply = await book.SendForReplyAsync("statement Ramesh pdf");

        Assert.Equal("No entries for Ramesh yet, so there is no statement to make.", reply.Text);
        Assert.Empty(reply.Files);
    }
}
