namespace KhataBot.Core.Parsing;

/// <summary>"export", "export csv", "export hledger": a copy of the book to keep or to open elsewhere.</summary>
internal static class ExportGrammar
{
    public static Command Export(IReadOnlyList<Token> args)
    {
        var format = string.Join(' ', args.Select(t => t.Word).Where(w => w is not ("as" or "in" or "to" or "file" or "format")));
        return format switch
        {
            "" or "csv" or "excel" or "spreadsheet" => new ExportBook(ExportFormat.Csv),
            "hledger" or "ledger" or "journal" => new ExportBook(ExportFormat.Hledger),
            _ => Replies.Fail($"I can't export as '{args.JoinText()}'; I can make csv (for Excel) or hledger.", Examples.Export),
        };
    }
}
