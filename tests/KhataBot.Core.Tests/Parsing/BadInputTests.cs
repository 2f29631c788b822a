using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\u200B\uFEFF")]
    public void Empty_messages_are_refused_as_empty(string message)
    {
        Assert.Contains("empty", Reason(message));
    }

    [Fact]
    public void A_null_message_is_treated_as_empty()
    {
        Assert.Contains("empty", Assert.IsType<Unparseable>(MessageParser.Parse(null!, Context())).Reason);
    }

    [Fact]
    public void A_four_thousand_character_message_is_refused_as_too_long()
    {
        var reason = Reason("add Ramesh 500 " + new string('a', 4000));
        Assert.Contains("too long", reason);
        Assert.Contains("4015 characters", reason);
    }

    [Fact]
    public void Line_breaks_tabs_and_control_characters_are_spaces()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, "atta", Today, null), Parse("add\nRamesh\t500\u0000atta\u0007"));
    }

    [Fact]
    public void Invisible_characters_pasted_into_a_name_are_dropped()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, null, Today, null), Parse("add Ra\u200Bmesh\u00A0500"));
    }

    [Fact]
    public void A_lone_surrogate_does_not_break_the_message()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, "atta", Today, null), Parse("add Ramesh 500 atta\uD800"));
    }

    [Fact]
    public void A_name_typed_with_different_keyboards_comes_out_the_same()
    {
        // Precomposed क़ (U+0958) and क + nukta are the same letter; so are é and e + combining acute.
        var precomposed = Assert.IsType<AddCredit>(Parse("add \u0958\u093E\u0938\u093F\u092E 500")).Customer;
        var combined = Assert.IsType<AddCredit>(Parse("add \u0915\u093C\u093E\u0938\u093F\u092E 500")).Customer;
        Assert.Equal(precomposed, combined);
        Assert.Equal("Jos\u00E9", Assert.IsType<AddCredit>(Parse("add Jose\u0301 500")).Customer);
    }

    [Fact]
    public void Emoji_are_fine_in_notes()
    {
        Assert.Equal(new AddExpense(300m, "food", "tea ☕ 😀", Today), Parse("spent 300 tea ☕ 😀"));
    }

    [Theory]
    [InlineData("add 😀 500", "isn't a name")]
    [InlineData("add Ramesh😀 500", "can only have letters")]
    [InlineData("add Robert'); DROP TABLE--  500", "can only have letters")]
    [InlineData("add ... 500", "isn't a name")]
    public void Names_with_symbols_are_refused_not_crashed_on(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("hmm ok")]
    [InlineData("what is this")]
    [InlineData("500")]
    [InlineData("500 Ramesh")]
    [InlineData("meet at 5pm")]
    [InlineData("!!!")]
    [InlineData("/")]
    [InlineData("SELECT * FROM entries; --")]
    public void Unknown_messages_get_examples_and_a_pointer_to_help(string message)
    {
        var reason = Reason(message);
        Assert.StartsWith("I didn't understand that.", reason);
        Assert.Contains("add Ramesh 500 groceries", reason);
        Assert.Contains("Type help for more", reason);
    }

    [Fact]
    public void A_name_of_sixty_characters_is_allowed_and_sixty_one_is_refused_with_the_limit()
    {
        var sixty = new string('r', 60);
        Assert.Equal(sixty, Assert.IsType<AddCredit>(Parse($"add {sixty} 500")).Customer);
        Assert.Contains("limit is 60", Reason($"add {sixty}r 500"));
    }

    [Fact]
    public void A_note_of_two_hundred_characters_is_allowed_and_two_hundred_one_is_refused_with_the_limit()
    {
        var note = new string('n', 200);
        Assert.Equal(note, Assert.IsType<AddCredit>(Parse($"add Ramesh 500 {note}")).Note);
        Assert.Contains("limit is 200", Reason($"add Ramesh 500 {note}n"));
    }

    [Fact]
    public void A_name_has_its_inner_spaces_collapsed_and_its_case_kept()
    {
        Assert.Equal("raMesh KUMAR", Assert.IsType<AddCredit>(Parse("  add   raMesh    KUMAR   500  ")).Customer);
    }

    public static TheoryData<string> Refusals => new()
    {
        "add", "add Ramesh", "add Ramesh -5", "paid", "spent", "sale", "budget xyz 5", "budget food", "category add",
        "report blah", "history", "find", "phone Ramesh 1", "address", "delete", "edit #1", "export pdf", "diya Ramesh",
        "add Ramesh 5 31/02", "add Ramesh 5 due x", "xyz", "", "add Ramesh 5 " + new string('n', 201),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Every_refusal_is_short_and_shows_a_working_form(string message)
    {
        var reason = Reason(message);
        Assert.True(reason.Length <= 300, $"Too long a reply ({reason.Length}): {reason}");
    }

    [Fact]
    public void Random_messages_never_throw()
    {
        // Pieces of real commands mixed with hostile characters, so the fuzz reaches deep into each grammar.
        string[] pieces =
        [
            "add", "paid", "spent", "sale", "income", "budget", "report", "balance", "phone", "address", "edit", "delete",
            "undo", "export", "category", "due", "on", "in", "last", "next", "from", "to", "ko", "ne", "udhar", "jama",
            "Ramesh", "रमेश", "500", "1.5k", "₹", "Rs.", "1,00,000", "-5", "0", "5.555", "99999999999999999999999",
            "31/02", "12/13/2026", "29 feb", "12", "june", "2026", "monday", "kal", "#12", "#", "+91", "9876543210", ",",
            "/", "@KhataBot", "😀", "\uD800", "\u0000", "\u200B", "'", "\"", ";", "--", "\\", "lakh", "k", "days", "ago",
        ];
        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]);
            var message = string.Join(random.Next(4) == 0 ? "" : " ", words);
            var today = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 4000));

            var command = MessageParser.ParseMessage(message, Context(today, "packaging"));

            Assert.NotNull(command);
            if (command is Unparseable refusal) Assert.False(string.IsNullOrWhiteSpace(refusal.Reason), message);
        }
    }

    [Fact]
    public void Parse_never_throws_even_at_the_ends_of_the_calendar()
    {
        var lastDay = new ParseContext(DateOnly.MaxValue, new HashSet<string>());

        var command = MessageParser.Parse("add Ramesh 500 due tomorrow", lastDay);

        Assert.IsType<Unparseable>(command);
    }
}
