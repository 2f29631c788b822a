using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>A fresh stand-in per test, and a raw client for it.</summary>
public abstract class StandInTests : IAsyncLifetime
{
    protected const long Ramesh = 1001;

    private BotApiStandIn? _standIn;
    private RawBotApi? _api;

    protected BotApiStandIn StandIn => _standIn ?? throw new InvalidOperationException("Not started.");

    protected RawBotApi Api => _api ?? throw new InvalidOperationException("Not started.");

    protected virtual StandInOptions Options => new();

    public async Task InitializeAsync()
    {
        _standIn = await BotApiStandIn.StartAsync(Options);
        _api = new RawBotApi(_standIn);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_standIn is not null) await _standIn.DisposeAsync();
    }
}
