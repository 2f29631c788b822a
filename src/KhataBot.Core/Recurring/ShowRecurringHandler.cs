using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Recurring;

/// <summary>"recurring": what books itself, and when next.</summary>
internal sealed class ShowRecurringHandler(IKhataDb db) : ICommandHandler<ShowRecurring>
{
    public async Task<Reply> HandleAsync(ShowRecurring command, CommandContext context, CancellationToken cancellationToken)
    {
        var rows = await RecurringList.ActiveAsync(db, context.Shop.Id, cancellationToken);
        if (rows.Count == 0)
        {
            return $"No recurring entries. To add one: {RecurringGrammar.Example}";
        }

        return string.Join('\n', ["Recurring entries:", .. rows.Select((r, i) => RecurringList.Line(i + 1, r.Row, r.Customer, context.Today)),
            "To stop one: cancel recurring 1"]);
    }
}
