using System.Net;
using System.Net.Sockets;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>A loopback port that refuses connections: bound, so no other test's server can take it, but not listening.</summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_socket.LocalEndPoint!).Port}");
    }

    public Uri Url { get; }

    public void Dispose() => _socket.Dispose();
}
