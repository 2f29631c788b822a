namespace KhataBot.Core.Parsing;

/// <summary>"dashboard", "/dashboard", "open dashboard", and the Hinglish "dashboard kholo" / "dashboard dikhao".
/// Words after "dashboard" must be one of these, so "dashboard Ramesh 500" is not read as asking for it.</summary>
internal static class DashboardGrammar
{
    private static readonly HashSet<string> PoliteWords = ["kholo", "khol", "dikhao", "dikha", "dikhaiye", "open", "link", "please", "pls", "do", "de", "dedo"];

    public static bool Fits(IReadOnlyList<Token> args) => args.Count <= 2 && args.All(a => PoliteWords.Contains(a.Word));
}
