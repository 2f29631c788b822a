using KhataBot.Core.Shops.Upi;

namespace KhataBot.Core.Parsing;

/// <summary>Reaching customers themselves: "link Ramesh", "upi shop@okbank", "upi", "upi off".</summary>
internal static class CustomerLinkGrammar
{
    public static Command Link(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return Replies.Fail("Whose link? Give the customer's name.", Examples.Link);
        var name = Names.Read(args, Examples.Link);
        return name.Failed ? name.AsUnparseable() : new LinkCustomer(name.Value);
    }

    public static Command Upi(IReadOnlyList<Token> args)
    {
        var words = args.SkipLeading(new HashSet<string> { "id", "is", "to" });
        switch (words.Select(w => w.Word).ToList())
        {
            case []:
                return new ShowUpi();
            case ["off" or "remove" or "delete" or "none"]:
                return new SetUpiId(null);
            case [_]:
                return UpiIds.Normalize(words[0].Text) is { } id
                    ? new SetUpiId(id)
                    : Replies.Fail($"'{words[0].Text}' is not a UPI ID. It looks like name@bank.", Examples.Upi);
        }

        return Replies.Fail("A UPI ID is one word, like name@bank.", Examples.Upi);
    }
}
