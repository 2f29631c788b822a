using System.Text.Json;
using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Outbox;

/// <summary>Puts a reply in the outbox, inside the caller's transaction.</summary>
public static class OutboxWriter
{
    public static OutboxMessage Add(IKhataDb db, long chatId, Reply reply, long? shopId, DateTimeOffset now)
    {
        var message = Create(chatId, reply, shopId, now);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>The outbox row for a reply, for a writer that stores rows in bulk itself (the reminder round).</summary>
    public static OutboxMessage Create(long chatId, Reply reply, long? shopId, DateTimeOffset now) => new()
    {
        ChatId = chatId,
        Text = reply.Text,
        ButtonsJson = ButtonsJson(reply.Buttons, shopId),
        CreatedAt = now,
        Files = [.. reply.Files.Select(f => new OutboxFile { FileName = f.FileName, MediaType = f.MediaType, Content = f.Content })],
    };

    private static string? ButtonsJson(IReadOnlyList<ReplyButton> buttons, long? shopId)
    {
        if (shopId is not { } shop || buttons.Count == 0)
        {
            return null;
        }

        // A button whose action is too long for the transport is left out rather than cut: a cut action
        // would do something else.
        var kept = buttons
            .Select(b => (b.Text, Data: b.WebAppUrl is null ? ButtonData.Encode(shop, b.Action) : "", b.WebAppUrl))
            .Where(b => b.Data is not null)
            .Select(b => new OutboxButton(b.Text, b.Data!) { WebApp = b.WebAppUrl })
            .ToList();
        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept, OutboxButton.Json);
    }
}

/// <summary>One stored button: its label and the data it sends back, or the web page it opens (a Mini App).</summary>
public sealed record OutboxButton(string Text, string Data)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? WebApp { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<OutboxButton> Read(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<OutboxButton>>(json, Json) ?? [];
}
