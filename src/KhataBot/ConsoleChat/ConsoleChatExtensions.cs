namespace KhataBot.ConsoleChat;

public static class ConsoleChatExtensions
{
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleChatOptions>()
            .BindConfiguration(ConsoleChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReplyFileWriter>();
        builder.Services.AddSingleton(_ => ConsoleChatIo.FromConsole());
        builder.Services.AddHostedService<ConsoleChatService>();
        builder.Services.AddHostedService<ConsoleOutboxPrinter>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer, NoHttpServer>();
        return builder;
    }
}
