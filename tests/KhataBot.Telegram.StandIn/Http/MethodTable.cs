namespace KhataBot.Telegram.StandIn.Http;

internal delegate ValueTask<ApiReply> BotMethod(BotParameters parameters, CancellationToken cancellationToken);

/// <summary>The Bot API methods the stand-in knows. Telegram matches method names case-insensitively.</summary>
internal sealed class MethodTable
{
    private readonly Dictionary<string, (string Name, BotMethod Invoke)> _methods = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, BotMethod invoke) => _methods.Add(name, (name, invoke));

    public void Add(string name, Func<BotParameters, ApiReply> invoke) =>
        Add(name, (parameters, _) => ValueTask.FromResult(invoke(parameters)));

    public bool TryFind(string requested, out string name, out BotMethod invoke)
    {
        var found = _methods.TryGetValue(requested, out var method);
        (name, invoke) = found ? method : (requested, null!);
        return found;
    }
}
