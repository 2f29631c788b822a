using Microsoft.AspNetCore.Http;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>
/// Every request to the stand-in: /bot{token}/{method}, checked in Telegram's order (token, then method), with armed
/// faults before the method runs, and recorded with the status it got.
/// </summary>
internal sealed class RequestDispatcher(StandInContext context, MethodTable methods)
{
    public async Task HandleAsync(HttpContext http)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, context.Stopping);
        var call = new CallDetails();
        ApiReply reply;
        try
        {
            reply = await AnswerAsync(http.Request, call, abandon.Token);
        }
        catch (BotApiException refusal)
        {
            reply = ApiReply.From(refusal);
        }
        catch (ConnectionDropped)
        {
            context.Recorder.RecordRequest(new RecordedRequest(call.Method, call.ChatId, context.Clock.GetUtcNow(), StatusCode: 0));
            http.Abort();
            return;
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            return; // the caller hung up (or the stand-in is stopping): nobody is left to answer
        }

        context.Recorder.RecordRequest(new RecordedRequest(call.Method, call.ChatId, context.Clock.GetUtcNow(), reply.StatusCode));
        await ReplyWriter.WriteAsync(http.Response, reply);
    }

    private async ValueTask<ApiReply> AnswerAsync(HttpRequest request, CallDetails call, CancellationToken cancellationToken)
    {
        if (!TrySplitPath(request.Path.Value, out var token, out var requested)) return ApiReply.NotFound;
        call.Method = requested;
        if (!context.Identity.Accepts(token)) return ApiReply.Unauthorized;
        if (!methods.TryFind(requested, out var name, out var invoke)) return ApiReply.NotFound;
        call.Method = name;

        var parameters = await ParameterReader.ReadAsync(request, cancellationToken);
        call.ChatId = parameters.Long("chat_id");
        if (context.Faults.TakeDrop(name)) throw new ConnectionDropped();
        return context.Faults.TakeFailure(name) ?? await invoke(parameters, cancellationToken);
    }

    /// <summary>An armed <see cref="FaultInjector.DropNext"/>: the connection is cut with no answer.</summary>
    private sealed class ConnectionDropped : Exception;

    private static bool TrySplitPath(string? path, out string token, out string method)
    {
        token = method = "";
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal)) return false;
        var slash = path.IndexOf('/', 4);
        if (slash < 0) return false;
        token = path[4..slash];
        method = path[(slash + 1)..];
        return method.Length > 0 && !method.Contains('/');
    }

    private sealed class CallDetails
    {
        public string Method { get; set; } = "";

        public long? ChatId { get; set; }
    }
}
