namespace KhataBot.Core.Parsing;

/// <summary>PLACEHOLDER: replaced by the real parser.</summary>
public static class MessageParser
{
    public static Command Parse(string text, ParseContext context) => new Unparseable("not yet");
}
