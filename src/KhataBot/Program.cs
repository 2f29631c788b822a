using KhataBot;
using KhataBot.Cli;
using KhataBot.ConsoleChat;
using KhataBot.Core;
using KhataBot.Infrastructure;

// `parse` checks the command language without a book: no host, no database.
if (ParseCommand.IsRequested(args))
{
    return await ParseCommand.RunAsync(args, Console.In, Console.Out);
}

var builder = Host.CreateApplicationBuilder(args);
builder.AddKhataLogging();
builder.AddKhataData();
builder.Services.AddKhataCore();
builder.AddConsoleChat();

await builder.Build().RunAsync();
return 0;
