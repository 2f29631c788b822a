namespace KhataBot.Core.Abstractions;

/// <summary>Makes a link that opens the bot with a start payload (Telegram: t.me/bot?start=payload). The
/// transport knows its own address; the book only knows the payload.</summary>
public interface IStartLinks
{
    string LinkFor(string payload);
}

/// <summary>Where no transport offers links (the console chat): what to type instead.</summary>
internal sealed class TypedStartLinks : IStartLinks
{
    public string LinkFor(string payload) => $"/start {payload}";
}
