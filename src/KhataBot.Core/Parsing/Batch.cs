namespace KhataBot.Core.Parsing;

/// <summary>
/// Several entries in one message ("add Ramesh 500 atta, paid Suresh 200", or one per line): all are
/// applied in one transaction or none, one reply lists them all, and "undo" takes back the whole message.
/// <see cref="Texts"/> holds what was typed for each, so a failure can say which one it was.
/// </summary>
public sealed record Batch(IReadOnlyList<Command> Commands) : Command
{
    public IReadOnlyList<string>? Texts { get; init; }
}
