using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops.Staff;

/// <summary>"staff": who works in this book.</summary>
internal sealed class ListStaffHandler(IKhataDb db) : ICommandHandler<ListStaff>
{
    public async Task<Reply> HandleAsync(ListStaff command, CommandContext context, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers
            .Where(s => s.ShopId == context.Shop.Id && s.RemovedAt == null)
            .OrderBy(s => s.Id)
            .Select(s => s.Name)
            .ToListAsync(cancellationToken);
        return staff.Count == 0
            ? "No staff yet. To add a helper, send: invite staff"
            : $"Staff of {context.Shop.Name}:\n{string.Join('\n', staff.Select(name => $"• {name}"))}\nTo remove someone: remove staff {staff[0]}";
    }
}
