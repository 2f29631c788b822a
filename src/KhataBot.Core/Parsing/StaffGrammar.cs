using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Shops.Staff;

namespace KhataBot.Core.Parsing;

/// <summary>"/start", "/start staff_…", "/start c_…", "invite staff", "staff", "remove staff Suresh".</summary>
internal static class StaffGrammar
{
    public static Command Start(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new StartChat();
        var payload = args[0].Text;
        if (args.Count != 1) return new StartChat();
        if (payload.StartsWith(StaffInvite.PayloadPrefix, StringComparison.OrdinalIgnoreCase)) return new JoinAsStaff(payload[StaffInvite.PayloadPrefix.Length..]);
        // Tokens are case-sensitive; the prefix is matched exactly, as the link writes it.
        if (payload.StartsWith(CustomerLink.PayloadPrefix, StringComparison.Ordinal)) return new JoinAsCustomer(payload[CustomerLink.PayloadPrefix.Length..]);
        return new StartChat();
    }

    public static Command Parse(string verb, IReadOnlyList<Token> args)
    {
        var rest = args.Select(a => a.Word).ToList();
        switch (verb)
        {
            case "invite" when rest is [] or ["staff"] or ["helper"]:
                return new InviteStaff();
            case "staff" when rest.Count == 0:
                return new ListStaff();
            case "remove" or "delete" when args.Count > 1:
                return new RemoveStaff(string.Join(' ', args.Skip(1).Select(a => a.Text)));
        }

        return Replies.Fail("To manage staff, say what to do.", "invite staff, staff, or remove staff Suresh");
    }
}
