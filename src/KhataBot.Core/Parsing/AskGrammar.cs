using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>Answers to a question the bot asked: a bare "2" (also "2)" or "2."), or a question's button
/// ("choose k3x9q2 2").</summary>
internal static class AskGrammar
{
    /// <summary>More choices than this would not fit a phone screen; larger numbers are not answers.</summary>
    public const int MaxChoices = 9;

    public static Command? Answer(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 1 && Choice(tokens[0].Text.TrimEnd(')', '.')) is { } typed) return new AnswerQuestion(typed, null);
        if (tokens.Count == 3 && tokens[0].Word == "choose" && Choice(tokens[2].Text) is { } chosen) return new AnswerQuestion(chosen, tokens[1].Text);
        return null;
    }

    private static int? Choice(string text) =>
        text.Length == 1 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxChoices ? n : null;
}
