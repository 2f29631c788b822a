using KhataBot.Infrastructure.Text;

namespace KhataBot.Integration.Tests.Text;

public sealed class ScriptRunsTests
{
    [Fact]
    public void Devanagari_words_with_the_spaces_digits_and_signs_between_them_are_one_run_for_the_Devanagari_font()
    {
        Assert.Equal(
            [("Customer: ", false), ("रमेश कुमार (₹500)", true)],
            ScriptRuns.Split("Customer: रमेश कुमार (₹500)"));
    }

    [Fact]
    public void Latin_text_is_one_run()
    {
        Assert.Equal([("Paid: cash, ₹1,200.50", false)], ScriptRuns.Split("Paid: cash, ₹1,200.50"));
    }
}
