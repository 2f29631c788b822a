using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class CustomerFixTests
{
    [Fact]
    public async Task Rename_keeps_the_khata_under_the_new_name_and_undo_gives_the_old_one_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.Equal("Renamed Ramesh to Ramesh Sharma. Ramesh Sharma owes ₹500.", await book.SendAsync("rename Ramesh to Ramesh Sharma"));
        Assert.StartsWith("Ramesh Sharma owes ₹500.", await book.SendAsync("balance ramesh sharma"));
        Assert.StartsWith("No customer 'Ramesh'.", await book.SendAsync("balance Ramesh"));
        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("customer.rename", "Renamed Ramesh to Ramesh Sharma"), (record.Action, record.Summary));

        Assert.Equal("Undone: Ramesh Sharma is called Ramesh again.", await book.SendAsync("undo"));
        Assert.StartsWith("Ramesh owes ₹500.", await book.SendAsync("balance Ramesh"));
    }

    [Fact]
    public async Task Rename_to_another_customers_name_is_refused_with_the_merge_to_use()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Raaju", 100), new ConfirmedCredit(Credit("Raju", 200)));

        Assert.Equal("There is already a customer Raju, so nothing was changed. If they are the same person: merge Raaju into Raju",
            await book.SendAsync("rename Raaju to raju"));
        Assert.Equal(2, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task Rename_of_an_unknown_customer_offers_the_close_names_as_buttons()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100));

        var reply = await book.SendForReplyAsync("rename Rmesh to Ramesh Sharma");

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Equal("rename Ramesh to Ramesh Sharma", Assert.Single(reply.Buttons).Action);
    }

    [Fact]
    public async Task Merge_moves_every_entry_due_reminder_and_contact_and_undo_splits_them_again()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Raju", 300), new ConfirmedCredit(Credit("Raaju", 500, "atta", due: Nov(25))), Pay("Raaju", 100), Credit("Raaju", 50), new DeleteEntry(4),
            new SetPhone("Raaju", "98765 43210"));
        var shopId = await book.ShopIdAsync();
        var raajuId = (await book.CustomerAsync("Raaju")).Id;
        await book.QueryAsync(db =>
        {
            db.OneOffReminders.Add(new Core.Reminders.OneOff.OneOffReminder
            {
                ShopId = shopId, CustomerId = raajuId, Key = "k", At = TestBook.DefaultStart.AddDays(1), CreatedAt = TestBook.DefaultStart, CreatedBy = "Owner",
            });
            return db.SaveChangesAsync();
        });

        var reply = await book.SendAsync("merge Raaju into Raju");

        Assert.Equal("Merged Raaju into Raju: 2 entries moved, Raaju is no longer a customer.\nRaju owes ₹700.", reply);
        var raju = await book.CustomerAsync("Raju");
        var raaju = await book.CustomerAsync("Raaju");
        Assert.NotNull(raaju.RemovedAt);
        Assert.Equal("98765 43210", raju.Phone);
        Assert.All(await book.EntriesAsync(), e => Assert.Equal(raju.Id, e.CustomerId));
        Assert.Equal(raju.Id, (await book.QueryAsync(db => db.OneOffReminders.SingleAsync())).CustomerId);
        Assert.Equal(("customer.merge", "Merged Raaju into Raju (2 entries)"), ((await book.AuditAsync()).Last().Action, (await book.AuditAsync()).Last().Summary));
        Assert.Contains("#2 +₹500 atta (due 25 Nov)", await book.SendAsync("history Raju"));
        Assert.StartsWith("No customer 'Raaju'. Did you mean Raju?", await book.SendAsync("balance Raaju"));
        await LedgerAssert.BooksAddUpAsync(book);

        Assert.Equal("Undone: merge of Raaju into Raju. Raaju owes ₹400. Raju owes ₹300.", await book.SendAsync("undo"));
        raju = await book.CustomerAsync("Raju");
        raaju = await book.CustomerAsync("Raaju");
        Assert.Null(raaju.RemovedAt);
        Assert.Null(raju.Phone);
        Assert.Equal([raju.Id, raaju.Id, raaju.Id, raaju.Id], (await book.EntriesAsync()).Select(e => e.CustomerId!.Value));
        Assert.Equal(raaju.Id, (await book.QueryAsync(db => db.OneOffReminders.SingleAsync())).CustomerId);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Merge_moves_a_customer_link_and_the_linked_chat_then_sees_the_kept_khata()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Raju", 300), new ConfirmedCredit(Credit("Raaju", 500)));
        var shopId = await book.ShopIdAsync();
        var raaju = await book.CustomerAsync("Raaju");
        await book.QueryAsync(db =>
        {
            db.CustomerLinks.Add(new Core.CustomerLinks.CustomerLink
            {
                ShopId = shopId, CustomerId = raaju.Id, Token = "t", CreatedAt = TestBook.DefaultStart, ExpiresAt = TestBook.DefaultStart.AddDays(7),
                ChatId = 555, LinkedAt = TestBook.DefaultStart,
            });
            return db.SaveChangesAsync();
        });

        await book.SendAsync("merge Raaju into Raju");

        Assert.Equal((await book.CustomerAsync("Raju")).Id, (await book.QueryAsync(db => db.CustomerLinks.SingleAsync())).CustomerId);
        Assert.Contains("₹800", await book.SendAsync("balance", chatId: 555));
    }

    [Fact]
    public async Task Merge_into_itself_or_into_an_unknown_name_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Raju", 300));

        Assert.Equal("Raju and raju are the same customer, so there is nothing to merge.", await book.SendAsync("merge Raju into raju"));
        var reply = await book.SendForReplyAsync("merge Raju into Raaju");
        Assert.Equal("No customer 'Raaju'. Did you mean Raju?", reply.Text);
        Assert.Single(await book.AuditAsync());
    }

    [Fact]
    public async Task Staff_may_not_merge_customers()
    {
        await using var book = await TestBook.CreateAsync();
        await book.HelperJoinsAsync();
        await book.FromHelperAsync("add Raju 300");
        Assert.StartsWith("New customer Raaju, or Raju?\n1) New customer Raaju\n2) Raju\n", await book.FromHelperAsync("add Raaju 500"));
        Assert.StartsWith("New customer Raaju.", await book.FromHelperAsync("1"));

        Assert.Equal("Only the shop owner can merge customers. Nothing was changed.", await book.FromHelperAsync("merge Raaju into Raju"));
        Assert.StartsWith("Merged Raaju into Raju", await book.FromOwnerAsync("merge Raaju into Raju"));
    }

    [Fact]
    public async Task Address_balance_and_history_show_the_phone_and_address()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.Equal("No address kept for Ramesh. To save one: address Ramesh 12 MG Road", await book.SendAsync("address Ramesh"));
        await book.SendAsync("address Ramesh 12 MG Road, Pune");
        await book.SendAsync("phone Ramesh 98765 43210");

        Assert.Equal("Ramesh's address: 12 MG Road, Pune\nPhone: +919876543210", await book.SendAsync("address ramesh"));
        Assert.EndsWith("Phone: +919876543210\nAddress: 12 MG Road, Pune", await book.SendAsync("balance Ramesh"));
        Assert.StartsWith("Ramesh's khata:\nPhone: +919876543210\nAddress: 12 MG Road, Pune\n", await book.SendAsync("history Ramesh"));
    }
}
