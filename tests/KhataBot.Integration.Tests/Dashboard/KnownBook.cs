using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>
/// A small shop written through the engine, as typed in the chat: Ramesh owes ₹300 (₹500 credit with a due in
/// 5 days, ₹200 paid), Suresh Kumar owes ₹1,200 on a due 40 days overdue, ₹300 spent on tea (food, budget
/// ₹1,000) and a ₹2,000 sale. Entry #2 is Suresh's overdue credit.
/// </summary>
public static class KnownBook
{
    public const string RameshPhone = "9876543210";

    public static async Task WriteAsync(DashboardApp app, long chatId = DashboardApp.ConsoleChatId, long? senderId = null)
    {
        async Task Send(string text)
        {
            var reply = await app.SendAsync(text, chatId, senderId);
            Assert.DoesNotContain("Sorry", reply);
        }

        await Send("add Ramesh 500 atta due in 5 days");
        await Send("add Suresh Kumar 1200 rice due in 3 days");
        await Send("paid Ramesh 200");
        await Send("spent 300 tea");
        await Send("budget food 1000");
        await Send("sale 2000");
        await Send($"phone Ramesh {RameshPhone}");
        // Suresh's credit was given 45 days ago and fell due 40 days ago; the chat refuses to book a past due, so set it here.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5.5));
        await app.Engine.WriteAsync(db => db.Entries.Where(e => e.Number == 2 && e.Customer!.Name == "Suresh Kumar")
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Date, today.AddDays(-45)).SetProperty(e => e.DueDate, today.AddDays(-40))), CancellationToken.None);
    }
}
