using Microsoft.Extensions.Hosting;
using KhataBot.Core.Dashboard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KhataBot.Infrastructure.Telegram;

/// <summary>At start: learns the bot's username (for deep links), sets the command menu, and with Web:PublicUrl
/// makes the chat's menu button open the dashboard (a Mini App).</summary>
public sealed class BotProfile(ITelegramBotClient bot, BotIdentity identity, TelegramHealth health, TimeProvider time, ILogger<BotProfile> logger,
    IOptions<WebOptions> web) : BackgroundService
{
    public static readonly IReadOnlyList<BotCommand> Menu =
    [
        new() { Command = "help", Description = "How to write entries" },
        new() { Command = "report", Description = "This month's report" },
        new() { Command = "balances", Description = "Who owes you" },
        new() { Command = "dues", Description = "Dues and late payments" },
        new() { Command = "budgets", Description = "Spending against budgets" },
        new() { Command = "undo", Description = "Undo the last change" },
        new() { Command = "export", Description = "Download the book" },
        new() { Command = "dashboard", Description = "The book on one page" },
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new TelegramBackoff();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(cancellationToken: stoppingToken);
                identity.Username = me.Username;
                await bot.SetMyCommands(commands: Menu, cancellationToken: stoppingToken);
                if (web.Value.MiniAppUrl() is { } app)
                {
                    await bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = "Dashboard", WebApp = new WebAppInfo(app.ToString()) },
                        cancellationToken: stoppingToken);
                }

                health.Contacted();
                logger.LogInformation("Signed in to Telegram as @{Username}", me.Username);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                logger.LogCritical("Telegram refused the bot token (401 Unauthorized). Check Telegram:BotToken.");
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.Next();
                logger.LogWarning(ex, "Could not reach Telegram to read the bot's profile; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }
}
