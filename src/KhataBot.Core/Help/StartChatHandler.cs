using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Help;

/// <summary>"/start": a new shopkeeper is asked the shop's name and shown three messages to try; anyone
/// else gets the help text.</summary>
internal sealed class StartChatHandler : ICommandHandler<StartChat>
{
    public Task<Reply> HandleAsync(StartChat command, CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Shop.Name != Shop.UnnamedShop)
        {
            return Task.FromResult<Reply>($"Welcome back to {context.Shop.Name}'s khata.\n\n{HelpText.Text}");
        }

        return Task.FromResult<Reply>($"""
            🙏 Namaste! I keep your shop's khata: who owes you, who paid, what you spent.

            What is your shop called? Reply like this:
              {Examples.ShopName}

            Then try:
              {Examples.Credit}
              {Examples.Payment}
              report
            """);
    }
}
