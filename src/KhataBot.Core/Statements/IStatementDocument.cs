using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Statements;

/// <summary>Draws a statement as a file to send (a PDF in Infrastructure). Core gathers the figures; the
/// document format and its fonts live outside Core.</summary>
public interface IStatementDocument
{
    /// <summary>False where this host cannot make the document (no renderer registered, fonts missing).</summary>
    bool IsAvailable { get; }

    ReplyFile Render(CustomerStatement statement);
}

/// <summary>Without a renderer (a host that did not add one) statements are refused politely, not with an error.</summary>
internal sealed class NoStatementDocument : IStatementDocument
{
    public bool IsAvailable => false;

    public ReplyFile Render(CustomerStatement statement) =>
        throw new InvalidOperationException("No statement renderer is registered; check IsAvailable first.");
}
