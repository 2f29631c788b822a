using KhataBot.Core.Abstractions;
using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Shops.Staff;

/// <summary>"invite staff": a single-use link, valid for a day, that makes whoever opens it staff here.</summary>
internal sealed class InviteStaffHandler(IKhataDb db, IStartLinks links) : ICommandHandler<InviteStaff>
{
    public Task<Reply> HandleAsync(InviteStaff command, CommandContext context, CancellationToken cancellationToken)
    {
        // 128 random bits: a link that cannot be guessed, short enough for Telegram's 64-character payload.
        var token = LinkTokens.New();
        db.StaffInvites.Add(new StaffInvite
        {
            ShopId = context.Shop.Id,
            Token = token,
            CreatedAt = context.Now,
            ExpiresAt = context.Now + StaffInvite.ValidFor,
        });
        var link = links.LinkFor(StaffInvite.PayloadPrefix + token);
        return Task.FromResult<Reply>($"""
            Send this link to your helper. It works once, for 24 hours:
            {link}
            Staff can add entries, payments and expenses and see balances and reports. They cannot delete, change budgets, export or manage staff.
            """);
    }
}
