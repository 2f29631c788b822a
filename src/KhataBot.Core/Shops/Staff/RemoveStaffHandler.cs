using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops.Staff;

/// <summary>"remove staff Suresh": they can no longer use the book. Their entries stay.</summary>
internal sealed class RemoveStaffHandler(IKhataDb db) : ICommandHandler<RemoveStaff>
{
    public async Task<Reply> HandleAsync(RemoveStaff command, CommandContext context, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers
            .Where(s => s.ShopId == context.Shop.Id && s.RemovedAt == null)
            .ToListAsync(cancellationToken);
        var matches = staff.Where(s => string.Equals(s.Name, command.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            matches = staff.Where(s => s.Name.StartsWith(command.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        switch (matches.Count)
        {
            case 0:
                return $"No staff named '{command.Name}'. Send staff to see who works here.";
            case > 1:
                return $"More than one staff member matches '{command.Name}': {string.Join(", ", matches.Select(s => s.Name))}. Use the full name.";
        }

        matches[0].RemovedAt = context.Now;
        return $"{matches[0].Name} is no longer staff at {context.Shop.Name}. Their entries stay in the book.";
    }
}
