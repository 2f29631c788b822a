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

// Settings are read from beside the program, wherever it is started from; the book's file
// (ConnectionStrings:Khata) and the files folder are relative to the current directory.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = HostArguments.WithoutVerb(args),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddKhataLogging();
builder.AddKhataData();
builder.Services.AddKhataCore();
builder.AddConsoleChat();

await builder.Build().RunAsync();
return 0;
