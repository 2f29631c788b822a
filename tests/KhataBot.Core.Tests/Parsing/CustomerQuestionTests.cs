using KhataBot.Core.Parsing;

namespace KhataBot.Core.Tests.Parsing;

public class CustomerQuestionTests
{
    [Theory]
    [InlineData("balance", CustomerQuestion.Balance)]
    [InlineData("my balance", CustomerQuestion.Balance)]
    [InlineData("balance Suresh", CustomerQuestion.Balance)]
    [InlineData("mera hisaab", CustomerQuestion.Balance)]
    [InlineData("/balance", CustomerQuestion.Balance)]
    [InlineData("history", CustomerQuestion.History)]
    [InlineData("show my history", CustomerQuestion.History)]
    [InlineData("/start", CustomerQuestion.Hello)]
    [InlineData("help", CustomerQuestion.Hello)]
    [InlineData("namaste", CustomerQuestion.Hello)]
    [InlineData("add Suresh 500", CustomerQuestion.Other)]
    [InlineData("paid #1", CustomerQuestion.Other)]
    [InlineData("export", CustomerQuestion.Other)]
    [InlineData("undo", CustomerQuestion.Other)]
    public void A_customer_chat_understands_only_balance_history_and_hello(string message, CustomerQuestion question) =>
        Assert.Equal(question, CustomerQuestionGrammar.Parse(message));
}
