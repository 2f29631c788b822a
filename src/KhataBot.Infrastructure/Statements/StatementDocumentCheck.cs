using KhataBot.Core.Statements;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Infrastructure.Statements;

/// <summary>Builds the chosen statement document at start-up, so that a missing library or a refused licence
/// is logged when the operator starts the bot, not when a shopkeeper first asks for a statement.</summary>
internal sealed class StatementDocumentCheck(IStatementDocument document) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = document.IsAvailable;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
