using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhataBot.Telegram.StandIn.Formatting;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>setMyCommands, getMyCommands, deleteMyCommands, per scope and language as on Telegram.</summary>
internal sealed partial class CommandMethods(StandInContext context)
{
    private const int MaxCommands = 100;

    public void Register(MethodTable methods)
    {
        methods.Add("setMyCommands", SetMyCommands);
        methods.Add("deleteMyCommands", parameters => Record([], parameters));
        methods.Add("getMyCommands", GetMyCommands);
    }

    /// <summary>The list set last for the default scope in every language, as a user without a language sees it.</summary>
    public static IReadOnlyList<BotCommand> Current(IEnumerable<CommandsSet> history) => Find(history, ScopeKey(null), null);

    private ApiReply SetMyCommands(BotParameters parameters)
    {
        var list = parameters.Json("commands", "can't parse commands JSON object") switch
        {
            null => throw BotApiException.BadRequest("parameter \"commands\" is required"),
            JsonArray array => array,
            _ => throw BotApiException.BadRequest("can't parse commands JSON object"),
        };
        if (list.Count > MaxCommands) throw BotApiException.BadRequest("too many commands specified");
        return Record([.. list.Select(Checked)], parameters);
    }

    private ApiReply GetMyCommands(BotParameters parameters)
    {
        var scopeKey = ScopeKey(parameters.Json("scope", "can't parse BotCommandScope JSON object"));
        var commands = Find(context.Recorder.CommandSets, scopeKey, parameters.String("language_code"));
        return ApiReply.Ok(new JsonArray([.. commands.Select(command => (JsonNode)new JsonObject
        {
            ["command"] = command.Command,
            ["description"] = command.Description,
        })]));
    }

    private ApiReply Record(IReadOnlyList<BotCommand> commands, BotParameters parameters)
    {
        var scope = parameters.Json("scope", "can't parse BotCommandScope JSON object");
        var language = parameters.String("language_code") is { Length: > 0 } code ? code : null;
        context.Recorder.RecordCommands(new CommandsSet(commands, scope?.DeepClone(), language, context.Clock.GetUtcNow()));
        return ApiReply.Ok(true);
    }

    // The wording is Telegram's error names for these cases, as the Bot API passes them on.
    private static BotCommand Checked(JsonNode? node)
    {
        var command = Text(node, "command");
        var description = Text(node, "description");
        if (command is null || !CommandShape().IsMatch(command)) throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
        if (description is null || description.Trim().Length is < 1 or > 256) throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        return new BotCommand(command, description);
    }

    private static IReadOnlyList<BotCommand> Find(IEnumerable<CommandsSet> history, string scopeKey, string? language) =>
        history.LastOrDefault(set => ScopeKey(set.Scope) == scopeKey && set.LanguageCode == (language is { Length: > 0 } ? language : null))?.Commands ?? [];

    private static string ScopeKey(JsonNode? scope) => scope is null ? """{"type":"default"}""" : CanonicalJson.Of(scope);

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject item && item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandShape();
}
