using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KhataBot.ConsoleChat;

public static class ConsoleChatExtensions
{
    public const string LoopbackOnly = "http://127.0.0.1:0";

    /// <summary>The chat on standard input and output. Its dashboard listens where --urls says, or else on
    /// 127.0.0.1 only, on a port the system picks (two people trying the bot on one machine never collide);
    /// `dashboard` in the chat prints a sign-in link to it.</summary>
    public static WebApplicationBuilder AddConsoleChat(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(LoopbackOnly);
        }

        builder.Services.AddOptions<ConsoleChatOptions>()
            .BindConfiguration(ConsoleChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReplyFileWriter>();
        builder.Services.AddSingleton(_ => ConsoleChatIo.FromConsole());
        builder.Services.AddHostedService<ConsoleChatService>();
        builder.Services.AddHostedService<ConsoleOutboxPrinter>();
        return builder;
    }
}
