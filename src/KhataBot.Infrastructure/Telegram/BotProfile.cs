using KhataBot.Infrastructure.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Telegram;

/// <summary>At start: learns the bot's username (for deep links) and sets the command menu.</summary>
public sealed class BotProfile(IBotApi api, BotIdentity identity, TelegramHealth health, TimeProvider time, ILogger<BotProfile> logger) : BackgroundService
{
    public static readonly IReadOnlyList<BotCommand> Menu =
    [
        new("help", "How to write entries"),
        new("report", "This month's report"),
        new("balances", "Who owes you"),
        new("dues", "Dues and late payments"),
        new("budgets", "Spending against budgets"),
        new("undo", "Undo the last change"),
        new("export", "Download the book"),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new TelegramBackoff();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var me = await api.GetMeAsync(stoppingToken);
                identity.Username = me.Username;
                await api.SetMyCommandsAsync(Menu, stoppingToken);
                health.Contacted();
                logger.LogInformation("Signed in to Telegram as @{Username}", me.Username);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (BotApiException ex) when (ex.ErrorCode == 401)
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
