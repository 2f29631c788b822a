using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Ledger.Kit;

/// <summary>An owner's private chat and a helper who joined it as staff through a real invite.</summary>
internal static class OwnerAndHelper
{
    public const long Owner = 501;
    public const long Helper = 777;

    public static async Task<string> FromOwnerAsync(this TestBook book, string text) =>
        (await book.Engine.HandleAsync(new IncomingMessage(Owner, "Asha", text) { SenderId = Owner }, default)).Text;

    public static async Task<string> FromHelperAsync(this TestBook book, string text) =>
        (await book.Engine.HandleAsync(new IncomingMessage(Helper, "Suresh", text) { SenderId = Helper }, default)).Text;

    public static async Task HelperJoinsAsync(this TestBook book)
    {
        var invite = await book.FromOwnerAsync("invite staff");
        await book.FromHelperAsync("/start " + invite.Split('\n')[1].Trim()["/start ".Length..]);
    }
}
