using KhataBot.Core.Ledger;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Exports;

/// <summary>"export" / "export hledger": the whole live book as a file that travels with the reply.</summary>
public sealed class ExportBookHandler(IKhataDb db) : ICommandHandler<ExportBook>
{
    public async Task<Reply> HandleAsync(ExportBook command, CommandContext context, CancellationToken cancellationToken)
    {
        var rows = await ExportRow.LoadAsync(db, context.Shop.Id, cancellationToken);
        if (rows.Count == 0)
        {
            return "There is nothing to export yet: the book has no entries.";
        }

        var file = command.Format switch
        {
            ExportFormat.Csv => CsvExport.Write(rows, context.Shop, context.Today),
            ExportFormat.Hledger => HledgerExport.Write(rows, context.Shop, context.Today),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Format, "Unknown export format."),
        };

        return new Reply($"Exported {LedgerText.Plural(rows.Count, "entry", "entries")} to {file.FileName}.", [file]);
    }
}
