using System.Text;
using KhataBot.Core.CustomerLinks;

namespace KhataBot.Core.Tests.CustomerLinks;

public class LinkTokensTests
{
    [Fact]
    public void Tokens_are_random_url_safe_and_fit_a_telegram_start_payload()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => LinkTokens.New()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens, t =>
        {
            Assert.True(LinkTokens.LooksValid(t), t);
            var payload = CustomerLink.PayloadPrefix + t;
            Assert.True(Encoding.ASCII.GetByteCount(payload) <= 64);
            Assert.Matches("^[A-Za-z0-9_-]+$", payload);
        });
        // 16 random bytes: every character position takes many values across a thousand tokens.
        Assert.All(Enumerable.Range(0, 21), i => Assert.True(tokens.Select(t => t[i]).Distinct().Count() > 30));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA'")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_not_of_the_token_form_is_not_looked_up(string token) =>
        Assert.False(LinkTokens.LooksValid(token));
}
