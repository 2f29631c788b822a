namespace KhataBot.Core.Parsing;

/// <summary>"shop" / "settings" (show them), "shop name Sharma Stores", "timezone Asia/Dubai".</summary>
internal static class ShopGrammar
{
    public const int MaxNameLength = 100;

    public static Command Parse(string verb, IReadOnlyList<Token> args)
    {
        // "time zone X": the verb was "time", the first argument "zone".
        if (verb == "time") return TimeZone(args.From(1));
        if (verb is "timezone" or "tz") return TimeZone(args);
        if (args.Count == 0) return new ShowShop();
        if (args[0].Word == "name") return Name(args.From(1));
        if (args[0].Word is "timezone" or "tz") return TimeZone(args.From(1));
        if (args[0].Word == "time" && args.Count > 1 && args[1].Word == "zone") return TimeZone(args.From(2));
        return Replies.Fail("To name your shop, say 'shop name' and the name.", Examples.ShopName);
    }

    private static Command Name(IReadOnlyList<Token> words)
    {
        var name = words.JoinText();
        if (name.Length == 0) return Replies.Fail("What is the shop called?", Examples.ShopName);
        if (name.Length > MaxNameLength) return Replies.Fail($"That name is too long: at most {MaxNameLength} characters.", Examples.ShopName);
        return new SetShopName(name);
    }

    private static Command TimeZone(IReadOnlyList<Token> words) => words.Count == 1
        ? new SetTimeZone(words[0].Raw.Trim())
        : Replies.Fail("Which time zone? Use its name from the time zone list.", Examples.TimeZone);
}
