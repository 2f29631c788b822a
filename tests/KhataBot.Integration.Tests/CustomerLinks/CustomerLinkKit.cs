using System.Text.RegularExpressions;
using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.CustomerLinks;

/// <summary>Shops and customers as separate private chats on one test book, each sender with a user id.</summary>
internal static partial class CustomerLinkKit
{
    public const long Asha = 501;      // Sharma Kirana's owner
    public const long Vikram = 502;    // Gupta Stores' owner
    public const long Ramesh = 901;    // a customer of both
    public const long Stranger = 999;

    public static async Task<string> SayAsync(this TestBook book, long chat, string text, string name = "Someone") =>
        (await book.Engine.HandleAsync(new IncomingMessage(chat, name, text) { SenderId = chat }, default)).Text;

    /// <summary>"link NAME" in the shop's chat, and the payload of the link it gave ("c_…").</summary>
    public static async Task<string> LinkAsync(this TestBook book, long shopChat, string customer)
    {
        var reply = await book.SayAsync(shopChat, $"link {customer}");
        return Payload().Match(reply) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No link in: {reply}");
    }

    [GeneratedRegex("c_[A-Za-z0-9_-]{22}")]
    private static partial Regex Payload();
}
