using System.Net.Http.Json;
using System.Text.Json;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>With several instances behind one address, the operator must tell them apart: /healthz and every
/// log line name the instance (Instance:Name).</summary>
public sealed class InstanceNameTests
{
    [Fact]
    public async Task Healthz_and_every_log_line_name_the_instance_and_the_database()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new Dictionary<string, string> { ["Instance__Name"] = "shop-bot-7" });
        using var http = new HttpClient();

        var health = await http.GetFromJsonAsync<JsonElement>(new Uri(bot.HttpBase!, "/healthz"));

        Assert.Equal("shop-bot-7", health.GetProperty("instance").GetString());
        Assert.Equal("ok", health.GetProperty("database").GetString());
        Assert.Equal(TestDatabase.IsPostgres ? "Postgres" : "Sqlite", health.GetProperty("databaseProvider").GetString());
        var headers = bot.Logs.Split('\n').Where(l => l.Length > 5 && l[4] == ':' && !l.StartsWith(' ')).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, line => Assert.Contains("[shop-bot-7]", line, StringComparison.Ordinal));
    }
}
