using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

internal sealed class CallbackMethods(StandInContext context)
{
    public void Register(MethodTable methods) => methods.Add("answerCallbackQuery", AnswerCallbackQuery);

    private ApiReply AnswerCallbackQuery(BotParameters parameters)
    {
        var id = parameters.String("callback_query_id");
        if (id is null || !context.Callbacks.TryAnswer(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        context.Recorder.RecordAnswer(new AnsweredCallback(id, parameters.String("text"), parameters.Bool("show_alert"), context.Clock.GetUtcNow()));
        return ApiReply.Ok(true);
    }
}
