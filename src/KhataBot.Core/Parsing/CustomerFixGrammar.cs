namespace KhataBot.Core.Parsing;

/// <summary>Putting customers right: "rename Ramesh to Ramesh Sharma", "merge Raaju into Raju".</summary>
internal static class CustomerFixGrammar
{
    public const string RenameExample = "rename Ramesh to Ramesh Sharma";

    public const string MergeExample = "merge Raaju into Raju";

    public static Command Rename(IReadOnlyList<Token> args) =>
        TwoNames(args, "to", RenameExample, "Rename whom, and to what?", (from, to) => new RenameCustomer(from, to));

    public static Command Merge(IReadOnlyList<Token> args) =>
        TwoNames(args, "into", MergeExample, "Merge whom into whom?", (from, into) => new MergeCustomers(from, into));

    /// <summary>The names on either side of the first joining word ("to", "into"): a name rarely holds it,
    /// and the second name is what the shopkeeper wants to keep, so it may be long.</summary>
    private static Command TwoNames(IReadOnlyList<Token> args, string joiner, string example, string question, Func<string, string, Command> make)
    {
        var at = -1;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].Word == joiner)
            {
                at = i;
                break;
            }
        }

        if (at <= 0 || at == args.Count - 1) return Replies.Fail(question, example);
        var first = Names.Check(args.Slice(0, at).JoinText(), example);
        if (first.Failed) return first.AsUnparseable();
        var second = Names.Check(args.From(at + 1).JoinText(), example);
        if (second.Failed) return second.AsUnparseable();
        return make(first.Value, second.Value);
    }
}
