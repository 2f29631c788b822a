using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Staff;

/// <summary>An owner invites a helper, who then keeps the owner's book from their own chat, within limits.</summary>
public sealed class StaffTests
{
    private const long Owner = 501;
    private const long Helper = 777;

    private static IncomingMessage FromOwner(string text) => new(Owner, "Asha", text) { SenderId = Owner };

    private static IncomingMessage FromHelper(string text) => new(Helper, "Suresh", text) { SenderId = Helper };

    private static async Task<string> JoinAsync(TestBook book)
    {
        var invite = (await book.Engine.HandleAsync(FromOwner("invite staff"), default)).Text;
        var payload = invite.Split('\n')[1].Trim()["/start ".Length..];
        return (await book.Engine.HandleAsync(FromHelper($"/start {payload}"), default)).Text;
    }

    [Fact]
    public async Task A_helper_who_opens_the_invite_writes_in_the_owners_book()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(FromOwner("shop name Asha Stores"), default);

        Assert.Contains("You now work in Asha Stores's khata as staff", await JoinAsync(book));
        await book.Engine.HandleAsync(FromHelper("add Ramesh 500 rice"), default);

        var owners = (await book.Engine.HandleAsync(FromOwner("balance Ramesh"), default)).Text;
        Assert.Contains("₹500", owners);
        Assert.Equal(1, await book.QueryAsync(db => db.Shops.CountAsync()));
    }

    [Fact]
    public async Task An_invite_works_once()
    {
        await using var book = await TestBook.CreateAsync();
        var invite = (await book.Engine.HandleAsync(FromOwner("invite staff"), default)).Text;
        var payload = invite.Split('\n')[1].Trim()["/start ".Length..];
        await book.Engine.HandleAsync(FromHelper($"/start {payload}"), default);

        var second = await book.Engine.HandleAsync(new IncomingMessage(888, "Mohan", $"/start {payload}") { SenderId = 888 }, default);

        Assert.Contains("expired or was already used", second.Text);
        Assert.Equal(0, await book.QueryAsync(db => db.Shops.CountAsync(s => s.ChatId == 888)));
    }

    [Fact]
    public async Task An_invite_expires_after_a_day()
    {
        await using var book = await TestBook.CreateAsync();
        var invite = (await book.Engine.HandleAsync(FromOwner("invite staff"), default)).Text;
        var payload = invite.Split('\n')[1].Trim()["/start ".Length..];
        book.Clock.Advance(TimeSpan.FromHours(25));

        var reply = await book.Engine.HandleAsync(FromHelper($"/start {payload}"), default);

        Assert.Contains("expired", reply.Text);
    }

    [Theory]
    [InlineData("budget food 5000", "Only the shop owner can set budgets")]
    [InlineData("export csv", "Only the shop owner can export")]
    [InlineData("invite staff", "Only the shop owner can manage staff")]
    [InlineData("shop name Mine Now", "Only the shop owner can change the shop's settings")]
    [InlineData("delete #1", "Only the owner can change #1")]
    [InlineData("edit #1 900", "Only the owner can change #1")]
    [InlineData("undo", "Only the owner can undo someone else's change")]
    [InlineData("snooze #1", "Only the shop owner can snooze a due's reminders")]
    [InlineData("snooze #1 7 days", "Only the shop owner can snooze a due's reminders")]
    [InlineData("cancel reminder Ramesh", "Only the shop owner can cancel reminders")]
    [InlineData("phone Ramesh 9876543210", "Only the shop owner can change a customer's contact details")]
    [InlineData("address Ramesh Main Road", "Only the shop owner can change a customer's contact details")]
    [InlineData("link Ramesh", "Only the shop owner can give customers a link")]
    [InlineData("upi mine@okbank", "Only the shop owner can change the shop's UPI ID")]
    [InlineData("upi off", "Only the shop owner can change the shop's UPI ID")]
    [InlineData("category add packaging", "Only the shop owner can set budgets and categories")]
    [InlineData("export hledger", "Only the shop owner can export")]
    [InlineData("timezone Asia/Dubai", "Only the shop owner can change the shop's settings")]
    [InlineData("reminder time 9:30", "Only the shop owner can change the shop's settings")]
    [InlineData("reminders off", "Only the shop owner can change the shop's settings")]
    [InlineData("remind every 7 days", "Only the shop owner can change the shop's settings")]
    [InlineData("remove staff Suresh", "Only the shop owner can manage staff")]
    [InlineData("jobs", "Only the shop owner can see the scheduled jobs")]
    public async Task Staff_cannot_touch_what_belongs_to_the_owner(string message, string refusal)
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(FromOwner("add Ramesh 500 rice"), default);
        await JoinAsync(book);

        var reply = await book.Engine.HandleAsync(FromHelper(message), default);

        Assert.Contains(refusal, reply.Text);
        var owners = (await book.Engine.HandleAsync(FromOwner("balance Ramesh"), default)).Text;
        Assert.Contains("₹500", owners);
        Assert.Equal(0, await book.QueryAsync(db => db.Budgets.CountAsync()));
    }

    [Theory]
    [InlineData("add Suresh 300 oil", "Suresh owes ₹300")]
    [InlineData("paid Ramesh 200", "Ramesh paid ₹200")]
    [InlineData("spent 50 tea", "Spent ₹50")]
    [InlineData("sale 2000", "Income ₹2,000")]
    [InlineData("balances", "owes you ₹500")]
    [InlineData("balance Ramesh", "₹500")]
    [InlineData("history Ramesh", "₹500")]
    [InlineData("report", "Report for")]
    public async Task Staff_keep_and_read_the_book(string message, string answer)
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(FromOwner("add Ramesh 500 rice"), default);
        await JoinAsync(book);

        var reply = await book.Engine.HandleAsync(FromHelper(message), default);

        Assert.Contains(answer, reply.Text);
        Assert.DoesNotContain("Only the", reply.Text);
    }

    [Fact]
    public async Task Staff_can_fix_their_own_entry()
    {
        await using var book = await TestBook.CreateAsync();
        await JoinAsync(book);
        await book.Engine.HandleAsync(FromHelper("add Ramesh 500 rice"), default);

        var edit = await book.Engine.HandleAsync(FromHelper("edit #1 450"), default);
        var undo = await book.Engine.HandleAsync(FromHelper("undo"), default);

        Assert.DoesNotContain("Only the owner", edit.Text);
        Assert.DoesNotContain("Only the owner", undo.Text);
    }

    [Fact]
    public async Task A_removed_helper_is_back_in_their_own_book()
    {
        await using var book = await TestBook.CreateAsync();
        await JoinAsync(book);
        await book.Engine.HandleAsync(FromOwner("remove staff Suresh"), default);

        await book.Engine.HandleAsync(FromHelper("add Ramesh 900 rice"), default);

        var owners = (await book.Engine.HandleAsync(FromOwner("balances"), default)).Text;
        Assert.DoesNotContain("900", owners);
    }

    [Fact]
    public async Task In_a_group_whoever_started_it_owns_the_book_and_the_others_are_staff()
    {
        await using var book = await TestBook.CreateAsync();
        const long group = -100123;
        await book.Engine.HandleAsync(new IncomingMessage(group, "Asha", "add Ramesh 500") { SenderId = Owner, IsGroupChat = true }, default);

        var byMember = await book.Engine.HandleAsync(new IncomingMessage(group, "Suresh", "delete #1") { SenderId = Helper, IsGroupChat = true }, default);
        var byOwner = await book.Engine.HandleAsync(new IncomingMessage(group, "Asha", "delete #1") { SenderId = Owner, IsGroupChat = true }, default);

        Assert.Contains("Only the owner can change #1", byMember.Text);
        Assert.DoesNotContain("Only the owner", byOwner.Text);
    }
}
