using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Questions;

/// <summary>
/// The chat's waiting question, around every message: an answer ("2", or a question's button) takes the
/// question away and runs the chosen command in its place, in the same transaction, so it is booked once;
/// anything else drops the question and runs as typed. A new <see cref="Ask"/> is stored and asked.
/// </summary>
internal static class Asking
{
    public const string NothingWaiting = "There is no question waiting for an answer, so nothing was changed. Type help for examples.";

    public const string AlreadyAnswered = "That question was already answered or replaced, so nothing was changed.";

    /// <summary>What to run for this message: the command itself, a chosen one, or a reply without running anything.</summary>
    public readonly record struct Outcome(Command? Run, Reply? Reply, bool Keep);

    public static async Task<Outcome> BeforeAsync(IKhataDb db, long shopId, long chatId, Command command, CancellationToken ct)
    {
        var waiting = await HotQueries.WaitingQuestionAsync(db, shopId, chatId, ct);
        if (command is AnswerQuestion answer)
        {
            if (waiting is null) return new(null, answer.Token is null ? NothingWaiting : AlreadyAnswered, false);
            if (answer.Token is { } token && token != waiting.Token) return new(null, AlreadyAnswered, false);

            var choices = StoredCommands.Read(waiting.ChoicesJson);
            db.PendingQuestions.Remove(waiting);
            if (choices is null) return new(null, "That question can no longer be answered; please type the entry again. Nothing was changed.", true);
            if (answer.Choice < 1 || answer.Choice > choices.Count)
            {
                // A number that is not a choice is another message: the question goes, as with any other.
                return new(null, $"There were only {choices.Count.ToString(CultureInfo.InvariantCulture)} choices, so nothing was changed. Please type the entry again.", true);
            }

            return new(choices[answer.Choice - 1], null, true);
        }

        if (waiting is not null)
        {
            db.PendingQuestions.Remove(waiting);
            // Even a message the bot cannot use drops the question, so that drop is kept.
            if (command is Unparseable unparseable) return new(null, unparseable.Reason, true);
        }

        return new(command, null, false);
    }

    /// <summary>Stores the question and words it, with one button per choice.</summary>
    public static Reply Ask(IKhataDb db, long shopId, long chatId, Ask ask, DateTimeOffset now)
    {
        var question = new PendingQuestion
        {
            ShopId = shopId,
            ChatId = chatId,
            Token = PendingQuestion.NewToken(),
            ChoicesJson = StoredCommands.Write(ask.Choices),
            AskedAt = now,
        };
        db.PendingQuestions.Add(question);
        var buttons = ask.Choices.Select((_, i) =>
            new ReplyButton($"{(i + 1).ToString(CultureInfo.InvariantCulture)}) {ChoiceText.Label(ask, i)}", ChooseAction(question.Token, i + 1)));
        return new Reply(ChoiceText.Numbered(ask)) { Buttons = [.. buttons] };
    }

    public static string ChooseAction(string token, int choice) => $"choose {token} {choice.ToString(CultureInfo.InvariantCulture)}";
}
