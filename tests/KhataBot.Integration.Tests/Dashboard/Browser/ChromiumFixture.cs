using Microsoft.Playwright;

namespace KhataBot.Integration.Tests.Dashboard.Browser;

/// <summary>
/// One headless Chromium for the browser tests: Debian's (/usr/bin/chromium, which .ci/run installs), driven
/// by Playwright's .NET package through the Node driver it ships; Playwright never downloads a browser here.
/// The flags keep Chromium off the network it would otherwise call at start (this machine has none);
/// Playwright gives each launch a fresh, empty profile folder.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            // Never a silent pass: CI installs chromium, so a missing one is a broken machine, said plainly.
            throw new InvalidOperationException($"The dashboard's browser tests need Debian's Chromium at {ExecutablePath}: apt-get install -y chromium chromium-driver (.ci/run does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
