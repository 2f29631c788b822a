using System.Text.Json;
using System.Text.Json.Serialization;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Questions;

/// <summary>
/// Commands as JSON ({"type":"AddCredit","value":{...}}), so a question's choices survive a restart and
/// are run exactly as parsed, not parsed again on another day. Any command record works, including ones
/// that hold other commands.
/// </summary>
public static class StoredCommands
{
    private static readonly Dictionary<string, Type> Types = typeof(Command).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Command)))
        .ToDictionary(t => t.Name);

    private static readonly JsonSerializerOptions Options = new() { Converters = { new CommandConverter() } };

    public static string Write(IReadOnlyList<Command> commands) => JsonSerializer.Serialize(commands, Options);

    /// <summary>The commands, or null when they no longer read (a command renamed since it was stored).</summary>
    public static IReadOnlyList<Command>? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<Command>>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or KeyNotFoundException)
        {
            return null;
        }
    }

    private sealed class CommandConverter : JsonConverter<Command>
    {
        public override Command Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var type = Types[document.RootElement.GetProperty("type").GetString() ?? ""];
            return (Command?)document.RootElement.GetProperty("value").Deserialize(type, options)
                ?? throw new JsonException("A stored command is null.");
        }

        public override void Write(Utf8JsonWriter writer, Command value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("type", value.GetType().Name);
            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
            writer.WriteEndObject();
        }
    }
}
