using System.Text.Json;
using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Audit;

/// <summary>Records every change to the book in the same transaction as the change itself.</summary>
public sealed class AuditTrail(IKhataDb db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the record to the unit of work. An entry or customer passed as an entity may be new:
    /// EF fills in its id when everything is saved together.</summary>
    public AuditRecord Record(CommandContext context, string action, string summary, object? before = null, object? after = null,
        long? entryId = null, long? customerId = null, Ledger.Entry? entry = null, Ledger.Customer? customer = null)
    {
        var record = new AuditRecord
        {
            ShopId = context.Shop.Id,
            Action = action,
            Summary = summary,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            EntryId = entryId,
            Entry = entry,
            CustomerId = customerId,
            Customer = customer,
            By = context.By,
            ByUserId = context.ByUserId,
            At = context.Now,
        };
        db.AuditRecords.Add(record);
        return record;
    }

    public static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Json);
}
