namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>How Telegram should read formatting marks in a text or caption.</summary>
public enum ParseMode
{
    /// <summary>&lt;b&gt;, &lt;i&gt;, &lt;code&gt;...; only &lt; &gt; &amp; need escaping, so it is the easiest to get right.</summary>
    Html,

    /// <summary>Needs 18 characters escaped, including '.', '-' and '(' that ledger text is full of.</summary>
    MarkdownV2,
}
