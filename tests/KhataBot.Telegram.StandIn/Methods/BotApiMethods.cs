using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>The full method table. A method not listed here answers 404 "Not Found", as an unknown method does on Telegram.</summary>
internal static class BotApiMethods
{
    public static MethodTable Create(StandInContext context)
    {
        var methods = new MethodTable();
        new BotInfoMethods(context).Register(methods);
        new UpdateMethods(context).Register(methods);
        new WebhookMethods(context).Register(methods);
        new SendMethods(context).Register(methods);
        new MediaGroupMethod(context).Register(methods);
        new EditMethods(context).Register(methods);
        new CallbackMethods(context).Register(methods);
        new ChatActionMethod(context).Register(methods);
        new CommandMethods(context).Register(methods);
        new MenuButtonMethods(context).Register(methods);
        return methods;
    }
}
