using System.Text.Json.Nodes;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>sendMessage refuses what Telegram refuses, so a reply that would fail in production fails here.</summary>
public sealed class SendMessageTests : StandInTests
{
    [Fact]
    public async Task Escaped_html_is_accepted_and_raw_angle_brackets_are_refused()
    {
        var escaped = await SendAsync("<b>Tom &amp; &lt;Jerry&gt;</b> owe ₹500", "HTML");
        var raw = await SendAsync("Tom & <Jerry>", "HTML");

        Assert.True(escaped.Ok);
        Assert.Equal("Tom & <Jerry> owe ₹500", escaped.Result["text"]!.GetValue<string>());
        Assert.Equal("""[{"offset":0,"length":13,"type":"bold"}]""", escaped.Result["entities"]!.ToJsonString());
        Assert.Equal(400, raw.StatusCode);
        Assert.StartsWith("Bad Request: can't parse entities: ", raw.Description);
        var sent = Assert.Single(StandIn.SentTo(Ramesh));
        Assert.Equal("Tom & <Jerry> owe ₹500", sent.PlainText);
        Assert.Equal("<b>Tom &amp; &lt;Jerry&gt;</b> owe ₹500", sent.Text);
    }

    [Theory]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<b>bold", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("<p>x</p>", "Unsupported start tag \"p\" at byte offset 0")]
    public async Task Html_that_Telegram_cannot_parse_is_refused_in_its_words(string html, string reason)
    {
        var refused = await SendAsync(html, "HTML");

        Assert.Equal("Bad Request: can't parse entities: " + reason, refused.Description);
    }

    [Fact]
    public async Task Text_is_limited_to_4096_characters_after_parsing()
    {
        var fits = await SendAsync(string.Concat(Enumerable.Repeat("&amp;", 4096)), "HTML");
        var tooLong = await SendAsync(new string('x', 4097), null);
        var empty = await SendAsync("  <b> </b> ", "HTML");

        Assert.True(fits.Ok);
        Assert.Equal(4096, fits.Result["text"]!.GetValue<string>().Length);
        Assert.Equal("Bad Request: message is too long", tooLong.Description);
        Assert.Equal("""{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}""", empty.Raw);
    }

    [Fact]
    public async Task Message_ids_count_up_per_chat_and_keyboards_are_checked()
    {
        var pushed = StandIn.PushMessage(Ramesh, Ramesh, "balance Suresh");
        var keyboard = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Undo", ["callback_data"] = "undo:42" })) };
        var first = await Api.CallAsync("sendMessage", new() { ["chat_id"] = Ramesh, ["text"] = "Suresh owes ₹500", ["reply_markup"] = keyboard });
        var badButton = await Api.CallAsync("sendMessage", new()
        {
            ["chat_id"] = Ramesh,
            ["text"] = "x",
            ["reply_markup"] = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "x", ["callback_data"] = new string('d', 65) })) },
        });
        var second = await SendAsync("ok", null);

        Assert.Equal(pushed.MessageId + 1, first.Result["message_id"]!.GetValue<long>());
        Assert.Equal(pushed.MessageId + 2, second.Result["message_id"]!.GetValue<long>());
        Assert.Equal(keyboard.ToJsonString(), first.Result["reply_markup"]!.ToJsonString());
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", badButton.Description);
        Assert.Equal(StandIn.BotUser.Id, first.Result["from"]!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_wrong_token_gets_401_and_an_unknown_method_404()
    {
        var wrongToken = await Api.SendAsync("getMe", new StringContent(""), token: "123456789:" + new string('w', 35));
        var unknown = await Api.CallAsync("sendTelepathy");
        var me = await Api.CallAsync("getMe");

        Assert.Equal(401, wrongToken.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":401,"description":"Unauthorized"}""", wrongToken.Raw);
        Assert.Equal(404, unknown.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found"}""", unknown.Raw);
        Assert.Equal("khata_test_bot", me.Result["username"]!.GetValue<string>());
        Assert.Equal([401, 404, 200], StandIn.Requests.Select(request => request.StatusCode));
    }

    [Fact]
    public async Task Parameters_can_come_as_a_query_string_or_a_form()
    {
        using var http = new HttpClient();
        using var fromQuery = await http.GetAsync(new Uri(StandIn.MethodUrl("sendMessage") + "?chat_id=1001&text=from%20the%20query"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "1001", ["text"] = "from a form", ["parse_mode"] = "HTML" });
        var fromForm = await Api.SendAsync("sendMessage", form);

        Assert.True(fromQuery.IsSuccessStatusCode);
        Assert.True(fromForm.Ok);
        Assert.Equal(["from the query", "from a form"], StandIn.SentTo(Ramesh).Select(message => message.PlainText));
    }

    private Task<BotApiAnswer> SendAsync(string text, string? parseMode)
    {
        var parameters = new JsonObject { ["chat_id"] = Ramesh, ["text"] = text };
        if (parseMode is not null) parameters["parse_mode"] = parseMode;
        return Api.CallAsync("sendMessage", parameters);
    }
}
