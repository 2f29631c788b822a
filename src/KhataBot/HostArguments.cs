namespace KhataBot;

public static class HostArguments
{
    /// <summary>`chat` names the console chat, which is also what runs with no verb; what follows it
    /// (e.g. --ConnectionStrings:Khata=...) is configuration.</summary>
    public static string[] WithoutVerb(string[] args) => args is ["chat", .. var rest] ? rest : args;
}
