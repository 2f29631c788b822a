using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Core.Batches;

/// <summary>
/// Runs a message's entries one after another in the message's transaction, saving after each so the next
/// sees it (a customer the first one made). If one is refused or books nothing, the whole message is
/// rolled back by the caller and the reply says which one and why. A "batch" audit record after them lets
/// one "undo" take them all back.
/// </summary>
internal static class BatchRunner
{
    public const string Action = "batch";

    public static async Task<(Reply Reply, bool Keep)> RunAsync(IServiceProvider services, IKhataDb db, Batch batch, CommandContext context, CancellationToken ct)
    {
        var lines = new List<string>();
        var records = new List<AuditRecord>();
        int? firstEntry = null;
        for (var i = 0; i < batch.Commands.Count; i++)
        {
            var command = batch.Commands[i];
            // A close name ("Ramseh" beside Ramesh) is a question, and a batch cannot ask one of its entries.
            if (await CloseNames.CheckAsync(db, context.Shop.Id, command, ct) is Ask close) return (Failed(batch, i, close.Question + "\nSend that entry on its own to choose."), false);
            if (await Permissions.RefusalAsync(db, command, context, ct) is { } refusal) return (Failed(batch, i, refusal), false);

            var reply = await CommandDispatcher.DispatchAsync(services, command, context, ct);
            if (reply.Asks is { } question) return (Failed(batch, i, question.Question + "\nSend that entry on its own to choose."), false);
            var added = db.ChangeTracker.Entries<Entry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (BooksAnEntry(command) && added.Count == 0) return (Failed(batch, i, reply.Text), false);

            records.AddRange(db.ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
            await db.SaveChangesAsync(ct);
            firstEntry ??= added.FirstOrDefault()?.Number;
            lines.Add(reply.Text);
        }

        var count = batch.Commands.Count.ToString(CultureInfo.InvariantCulture);
        var changes = records.Where(r => r.Action != UndoLastHandler.Action).Select(r => r.Id).ToList();
        if (changes.Count > 0)
        {
            services.GetRequiredService<AuditTrail>().Record(context, Action, $"{count} entries in one message", after: changes);
        }

        var footer = changes.Count > 0 ? $"\nAll {count} done. Type undo to take back all of them." : "";
        return (new Reply(string.Join("\n\n", lines) + footer) { EntryNumber = firstEntry }, true);
    }

    /// <summary>Entries that must add a row to count as done: a "No customer 'Suersh'" reply adds none.</summary>
    private static bool BooksAnEntry(Command command) => command is AddCredit or AddPayment or AddExpense or AddIncome;

    private static string Failed(Batch batch, int index, string why)
    {
        var typed = batch.Texts is { } texts && index < texts.Count ? $" ('{texts[index]}')" : "";
        return $"Nothing was booked: entry {(index + 1).ToString(CultureInfo.InvariantCulture)} of {batch.Commands.Count.ToString(CultureInfo.InvariantCulture)}{typed} did not go through.\n{why}";
    }
}
