namespace KhataBot.Core.Parsing;

/// <summary>PLACEHOLDER: replaced by the parser's real JSON projection.</summary>
public static class CommandJson
{
    public static string ToJson(Command command) => "{}";
}
