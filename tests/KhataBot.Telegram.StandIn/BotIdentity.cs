using System.Globalization;
using System.Text.RegularExpressions;

namespace KhataBot.Telegram.StandIn;

/// <summary>The token the stand-in accepts and the bot it belongs to. Changing the token at run time models a
/// token revoked in @BotFather: requests with the old one get 401.</summary>
internal sealed partial class BotIdentity(string token, string firstName, string username)
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private volatile string _token = Checked(token);

    public string Token { get => _token; set => _token = Checked(value); }

    public StandInBotUser User => new(long.Parse(_token.AsSpan(0, _token.IndexOf(':')), CultureInfo.InvariantCulture), firstName, username);

    public bool Accepts(string token) => string.Equals(token, _token, StringComparison.Ordinal);

    /// <summary>Like @BotFather's: a bot id, then "AA" and 33 more characters. Ids above 2^31 are common now,
    /// so ours is one, which catches an int where a long belongs.</summary>
    public static string NewToken()
    {
        var botId = Random.Shared.NextInt64(5_000_000_000, 8_000_000_000);
        var secret = string.Concat(Enumerable.Range(0, 33).Select(_ => TokenAlphabet[Random.Shared.Next(TokenAlphabet.Length)]));
        return $"{botId}:AA{secret}";
    }

    private static string Checked(string token) =>
        TokenShape().IsMatch(token) ? token : throw new ArgumentException("A bot token looks like 123456789:AAH…", nameof(token));

    [GeneratedRegex("^[0-9]{1,19}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();
}
