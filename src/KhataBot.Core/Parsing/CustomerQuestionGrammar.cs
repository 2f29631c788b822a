namespace KhataBot.Core.Parsing;

/// <summary>What a linked customer may ask in his own chat.</summary>
public enum CustomerQuestion
{
    Balance,
    History,
    Hello,

    /// <summary>Anything else: a customer's chat changes nothing and shows nothing more.</summary>
    Other,
}

/// <summary>
/// The few words a customer's chat understands: "balance", "hisaab", "history", "/start", "help". It is
/// its own small grammar, not the shopkeeper's, so no shop command can be reached from a customer's chat;
/// a name after the word ("balance Suresh") is ignored, since a customer sees only his own khata.
/// </summary>
public static class CustomerQuestionGrammar
{
    private static readonly HashSet<string> BalanceWords = ["balance", "bal", "balances", "hisaab", "hisab", "baki", "baaki", "dues", "due", "khata", "udhar"];

    private static readonly HashSet<string> HistoryWords = ["history", "statement", "ledger", "entries"];

    private static readonly HashSet<string> HelloWords = ["start", "help", "hi", "hello", "hey", "namaste", "namaskar", "?", "menu"];

    public static CustomerQuestion Parse(string? text)
    {
        var tokens = TelegramCommand.Unwrap(Tokenizer.Split(TextNormalizer.Normalize(text)));
        var words = tokens.Select(t => t.Word).Where(w => w is not ("my" or "show" or "mera" or "meri" or "see")).ToList();
        if (words.Count == 0) return CustomerQuestion.Hello;
        if (words.Any(HistoryWords.Contains)) return CustomerQuestion.History;
        if (words.Any(BalanceWords.Contains)) return CustomerQuestion.Balance;
        return HelloWords.Contains(words[0]) ? CustomerQuestion.Hello : CustomerQuestion.Other;
    }
}
