namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>The real Telegram payloads copied beside the tests.</summary>
public static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Telegram", "Client", "Fixtures", name));
}
