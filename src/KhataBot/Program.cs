using Microsoft.AspNetCore.Builder;
using KhataBot;
using KhataBot.Cli;
using KhataBot.ConsoleChat;
using KhataBot.Core;
using KhataBot.Dashboard;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Instances;
using KhataBot.Infrastructure.Statements;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Jobs;
using KhataBot.Telegram;

// `parse` checks the command language without a book: no host, no database.
if (ParseCommand.IsRequested(args))
{
    return await ParseCommand.RunAsync(args, Console.In, Console.Out);
}

// `jobs` lists the scheduler's jobs and exits, without starting anything.
if (JobsCommand.IsRequested(args))
{
    return await JobsCommand.RunAsync(args, Console.Out);
}

// Settings are read from beside the program, wherever it is started from; the book's file
// (ConnectionStrings:Khata) and the files folder are relative to the current directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = HostArguments.WithoutVerb(args),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddKhataLogging();

// One process owns a SQLite book (and its jobs file): a second would send every reply twice.
using var ownership = BookOwnership.TryAcquire(builder.Configuration, out var refusal);
if (ownership is null)
{
    await Console.Error.WriteLineAsync(refusal);
    return 3;
}

builder.AddKhataData();
builder.AddKhataInstance();
builder.Services.AddKhataCore();
builder.AddKhataStatements();
builder.Services.AddKhataCharts();
builder.AddKhataScheduling();
builder.AddKhataDashboard();

// With a bot token the book is on Telegram; without one it is a console chat on this machine.
if (builder.Configuration.HasTelegramBot())
{
    builder.AddTelegramBot();
    var bot = builder.Build();
    bot.MapTelegramEndpoints();
    bot.MapJobsDashboard();
    bot.MapKhataDashboard();
    await bot.RunAsync();
    return 0;
}

builder.AddConsoleChat();
var chat = builder.Build();
chat.MapKhataDashboard();
await chat.RunAsync();
return 0;

/// <summary>The entry point, named for WebApplicationFactory in the dashboard's tests.</summary>
public partial class Program;
