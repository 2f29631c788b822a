using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Phones are stored as +91 and ten digits (or + and a country code); an address's name is the
/// first word, or everything before a comma when there is one and it has no digits.</summary>
public class ContactParsingTests
{
    [Theory]
    [InlineData("phone Ramesh 9876543210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh +91 98765 43210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh +91-98765-43210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh 98765-43210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh (987) 654-3210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh 09876543210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh 919876543210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh 0091 98765 43210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh 2223456789", "Ramesh", "+912223456789")]
    [InlineData("phone Ramesh Kumar 9876543210", "Ramesh Kumar", "+919876543210")]
    [InlineData("phone Shop 24 9876543210", "Shop 24", "+919876543210")]
    [InlineData("phone 9876543210 Ramesh", "Ramesh", "+919876543210")]
    [InlineData("mobile Ramesh 9876543210", "Ramesh", "+919876543210")]
    [InlineData("set phone Ramesh 9876543210", "Ramesh", "+919876543210")]
    [InlineData("phone Ramesh +44 20 7946 0958", "Ramesh", "+442079460958")]
    [InlineData("phone Ramesh +1 415 555 2671", "Ramesh", "+14155552671")]
    public void Phone_numbers_are_stored_in_one_form(string message, string customer, string phone)
    {
        Assert.Equal(new SetPhone(customer, phone), Parse(message));
    }

    [Theory]
    [InlineData("phone Ramesh 12345", "'12345' doesn't look like a phone number")]
    [InlineData("phone Ramesh 0123456789", "doesn't look like a phone number")]
    [InlineData("phone Ramesh 98765432100", "doesn't look like a phone number")]
    [InlineData("phone Ramesh +91 12345", "doesn't look like a phone number")]
    [InlineData("phone Ramesh +12", "doesn't look like a phone number")]
    [InlineData("phone Ramesh 98+7654321", "doesn't look like a phone number")]
    [InlineData("phone Ramesh", "What's the phone number")]
    [InlineData("phone Ramesh abc", "What's the phone number")]
    [InlineData("phone", "What's the phone number")]
    [InlineData("phone 9876543210", "Whose number")]
    public void Nonsense_numbers_are_refused_with_an_example(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: phone Ramesh 9876543210", reason);
    }

    [Theory]
    [InlineData("address Ramesh Main Road", "Ramesh", "Main Road")]
    [InlineData("address Ramesh Kumar, Main Road, Pune", "Ramesh Kumar", "Main Road, Pune")]
    [InlineData("address Ramesh, Main Road", "Ramesh", "Main Road")]
    [InlineData("address Ramesh 12, MG Road", "Ramesh", "12, MG Road")]
    [InlineData("addr Ramesh Shop no. 4, Gandhi Chowk", "Ramesh", "Shop no. 4, Gandhi Chowk")]
    [InlineData("set address रमेश गांधी चौक", "रमेश", "गांधी चौक")]
    public void Address_takes_one_word_as_the_name_unless_a_comma_marks_a_longer_one(string message, string customer, string address)
    {
        Assert.Equal(new SetAddress(customer, address), Parse(message));
    }

    [Theory]
    [InlineData("address", "Whose address")]
    [InlineData("address Ramesh Kumar,", "What is Ramesh Kumar's address")]
    public void Address_problems_are_named(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Fact]
    public void An_address_over_two_hundred_characters_is_refused_with_the_limit()
    {
        Assert.Contains("200", Reason("address Ramesh " + new string('x', 201)));
    }
}
