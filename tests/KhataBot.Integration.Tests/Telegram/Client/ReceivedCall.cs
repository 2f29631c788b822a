using System.Text.Json;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>One request as <see cref="FakeTelegram"/> received it: a JSON body, or form fields and files,
/// and the bytes as they came.</summary>
public sealed record ReceivedCall(
    string Method,
    string? ContentType,
    byte[] RawBody,
    JsonElement? Json,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<ReceivedFile> Files)
{
    public JsonElement Body => Json ?? throw new InvalidOperationException($"{Method} had no JSON body ({ContentType}).");
}

public sealed record ReceivedFile(string Name, string FileName, byte[] Content);
