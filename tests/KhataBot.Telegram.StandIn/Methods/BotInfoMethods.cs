using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

internal sealed class BotInfoMethods(StandInContext context)
{
    public void Register(MethodTable methods) => methods.Add("getMe", _ => GetMe());

    private ApiReply GetMe()
    {
        var bot = context.Identity.User;
        return ApiReply.Ok(new JsonObject
        {
            ["id"] = bot.Id,
            ["is_bot"] = true,
            ["first_name"] = bot.FirstName,
            ["username"] = bot.Username,
            ["can_join_groups"] = true,
            ["can_read_all_group_messages"] = false,
            ["supports_inline_queries"] = false,
            ["can_connect_to_business"] = false,
            ["has_main_web_app"] = false,
        });
    }
}
