using System.Collections.Concurrent;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Core;

/// <summary>Finds the <see cref="ICommandHandler{TCommand}"/> for a command's type, so a new command only
/// needs a record and a handler class, and no switch has to grow.</summary>
internal static class CommandDispatcher
{
    private delegate Task<Reply> Invoker(IServiceProvider services, Command command, CommandContext context, CancellationToken ct);

    private static readonly ConcurrentDictionary<Type, Invoker> Invokers = new();

    public static Task<Reply> DispatchAsync(IServiceProvider services, Command command, CommandContext context, CancellationToken ct) =>
        Invokers.GetOrAdd(command.GetType(), CreateInvoker)(services, command, context, ct);

    private static Invoker CreateInvoker(Type commandType)
    {
        var method = typeof(CommandDispatcher).GetMethod(nameof(Invoke), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(commandType);
        return method.CreateDelegate<Invoker>();
    }

    private static Task<Reply> Invoke<TCommand>(IServiceProvider services, Command command, CommandContext context, CancellationToken ct)
        where TCommand : Command =>
        services.GetRequiredService<ICommandHandler<TCommand>>().HandleAsync((TCommand)command, context, ct);
}
