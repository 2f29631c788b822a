using KhataBot.Infrastructure.Telegram.Sending;

namespace KhataBot.Integration.Tests.Telegram.Sending;

public sealed class TelegramTextTests
{
    [Fact]
    public void Everything_html_would_read_is_escaped()
    {
        Assert.Equal("Tom &amp; &lt;Jerry&gt; owes ₹500", TelegramText.Escape("Tom & <Jerry> owes ₹500"));
    }

    [Fact]
    public void A_long_reply_is_split_on_line_boundaries_within_the_limit_counting_what_Telegram_counts()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $"Customer {i} & <Sons> ₹{i},000").ToList();
        var text = string.Join('\n', lines);

        var chunks = TelegramText.SplitEscaped(text);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(TelegramText.Unescape(c).Length, 1, TelegramText.MaxMessageLength));
        Assert.Equal(text, string.Join('\n', chunks.Select(TelegramText.Unescape)));
    }

    [Fact]
    public void A_single_line_longer_than_a_message_is_cut_into_pieces()
    {
        var text = string.Join(' ', Enumerable.Repeat("udhar", 2000));

        var chunks = TelegramText.SplitEscaped(text);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, TelegramText.MaxMessageLength));
        Assert.Equal(text.Replace(" ", ""), string.Concat(chunks).Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void A_caption_stays_under_1024_characters()
    {
        Assert.Equal(TelegramText.MaxCaptionLength, TelegramText.Caption(new string('x', 5000)).Length);
    }
}
