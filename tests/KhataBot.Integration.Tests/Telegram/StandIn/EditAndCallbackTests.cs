using System.Text.Json.Nodes;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>Inline buttons: the tap arrives as a callback query, is answered once, and the message is edited.</summary>
public sealed class EditAndCallbackTests : StandInTests
{
    [Fact]
    public async Task A_tap_is_answered_once_and_an_edit_that_changes_nothing_is_refused()
    {
        var keyboard = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Undo", ["callback_data"] = "undo:7" })) };
        var sent = await Api.CallAsync("sendMessage", new() { ["chat_id"] = Ramesh, ["text"] = "#7 Suresh +₹500", ["reply_markup"] = keyboard });
        var messageId = sent.Result["message_id"]!.GetValue<long>();

        var queryId = StandIn.PushCallbackQuery(Ramesh, Ramesh, messageId, "undo:7");
        var updates = await Api.CallAsync("getUpdates");
        var answered = await Api.CallAsync("answerCallbackQuery", new() { ["callback_query_id"] = queryId, ["text"] = "Undone" });
        var answeredAgain = await Api.CallAsync("answerCallbackQuery", new() { ["callback_query_id"] = queryId });
        var edited = await Api.CallAsync("editMessageText", new() { ["chat_id"] = Ramesh, ["message_id"] = messageId, ["text"] = "#7 undone" });
        var same = await Api.CallAsync("editMessageText", new() { ["chat_id"] = Ramesh, ["message_id"] = messageId, ["text"] = "#7 undone" });
        var missing = await Api.CallAsync("editMessageText", new() { ["chat_id"] = Ramesh, ["message_id"] = messageId + 50, ["text"] = "x" });

        var query = updates.Result[0]!["callback_query"]!;
        Assert.Equal(queryId, query["id"]!.GetValue<string>());
        Assert.Equal("undo:7", query["data"]!.GetValue<string>());
        Assert.Equal("#7 Suresh +₹500", query["message"]!["text"]!.GetValue<string>());
        Assert.True(answered.Ok);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", answeredAgain.Description);
        Assert.Null(edited.Result["reply_markup"]);
        Assert.StartsWith("Bad Request: message is not modified", same.Description);
        Assert.Equal("Bad Request: message to edit not found", missing.Description);
        Assert.Equal("Undone", Assert.Single(StandIn.AnsweredCallbacks).Text);
        Assert.Equal("#7 undone", Assert.Single(StandIn.Edits).PlainText);
    }
}
