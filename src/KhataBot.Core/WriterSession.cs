using KhataBot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Core;

/// <summary>
/// The writer's services and its one open connection, kept from one commit to the next: SQL the
/// connection compiled once serves every later message (most of a message's statements are the same
/// few). Made afresh after a commit fails, so nothing from a broken transaction carries over.
/// </summary>
internal sealed class WriterSession : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private IAsyncDisposable? _connection;

    private WriterSession(AsyncServiceScope scope) => _scope = scope;

    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<WriterSession> OpenAsync(IServiceScopeFactory scopes)
    {
        var session = new WriterSession(scopes.CreateAsyncScope());
        try
        {
            session._connection = await session.Services.GetRequiredService<IKhataDb>().KeepConnectionOpenAsync(CancellationToken.None);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await _scope.DisposeAsync();
    }
}
