using KhataBot.Infrastructure.Statements;

namespace KhataBot.Integration.Tests.Statements;

public sealed class ScriptRunsTests
{
    [Fact]
    public void Devanagari_words_and_the_spaces_between_them_are_one_run_for_the_Devanagari_font()
    {
        Assert.Equal(
            [("Customer: ", false), ("रमेश कुमार (", true), ("₹500)", false)],
            ScriptRuns.Split("Customer: रमेश कुमार (₹500)"));
    }

    [Fact]
    public void Latin_text_is_one_run()
    {
        Assert.Equal([("Paid: cash, ₹1,200.50", false)], ScriptRuns.Split("Paid: cash, ₹1,200.50"));
    }
}
