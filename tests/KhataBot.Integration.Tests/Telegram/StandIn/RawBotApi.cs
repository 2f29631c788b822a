using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>Bot API calls made by hand over HTTP, so these tests check the stand-in without our own client in between.</summary>
public sealed class RawBotApi(BotApiStandIn standIn) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Task<BotApiAnswer> CallAsync(string method, JsonObject? parameters = null) =>
        SendAsync(method, JsonContent.Create(parameters ?? []));

    public async Task<BotApiAnswer> SendAsync(string method, HttpContent content, string? token = null)
    {
        var url = token is null ? standIn.MethodUrl(method) : new Uri($"{standIn.BaseUrl}bot{token}/{method}");
        using var response = await _http.PostAsync(url, content);
        var raw = await response.Content.ReadAsStringAsync();
        return new BotApiAnswer((int)response.StatusCode, raw, JsonNode.Parse(raw)!);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An answer as it came over the wire (<see cref="Raw"/>) and parsed.</summary>
public sealed record BotApiAnswer(int StatusCode, string Raw, JsonNode Body)
{
    public bool Ok => Body["ok"]!.GetValue<bool>();

    public JsonNode Result => Body["result"]!;

    public string? Description => Body["description"]?.GetValue<string>();

    public int? ErrorCode => Body["error_code"]?.GetValue<int>();
}
