namespace KhataBot.Core.Parsing;

/// <summary>
/// The message could mean more than one thing: the bot asks <paramref name="Question"/>, lists
/// <paramref name="Choices"/> (buttons on Telegram, a numbered list in the console) and changes nothing
/// until one is chosen. A grammar that hesitates returns this instead of guessing; the chosen command is
/// then run exactly as if it had been typed.
/// </summary>
public sealed record Ask(string Question, IReadOnlyList<Command> Choices) : Command
{
    /// <summary>How each choice is shown, in order; when null, <see cref="Questions.ChoiceText"/> describes them.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    public static Ask Between(string question, params Command[] choices) => new(question, choices);
}

/// <summary>"2" typed after a question, or a question's button ("choose k3x9q2 2"): picks choice
/// <paramref name="Choice"/> (from 1). <paramref name="Token"/> names the question a button was made for, so
/// a button of an older question cannot answer a newer one; typed numbers answer whatever is waiting.</summary>
public sealed record AnswerQuestion(int Choice, string? Token) : Command;
