using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.ConsoleChat;

/// <summary>The customer forms of issue 12 in the real console chat: close names asked as a numbered choice,
/// rename, merge, fixing entries, dues and recurring entries.</summary>
public sealed class ConsoleCloseNameTests : IDisposable
{
    private readonly KhataBotProcess _bot = new();

    [Fact]
    public async Task A_close_name_is_a_numbered_choice_and_the_customer_forms_answer_in_the_console()
    {
        var run = await _bot.RunAsync(
            "add Ramesh 500 rice due in 7 days\nadd Ramseh 100\n2\npaid Suersh 50\nadd Suresh 200\nmove #2 to Suresh\nrename Ramesh to Ramesh Sharma\n"
            + "address Ramesh Sharma, MG Road\nbalance Ramesh Sharma\ndues Ramesh Sharma\nedit #1 due in 10 days\ndelete last\nevery month rent 5000 on 1st\nrecurring\n",
            "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("New customer Ramseh, or Ramesh?\n1) New customer Ramseh\n2) Ramesh", run.Output);
        Assert.Contains("Ramesh owes ₹600.", run.Output);
        Assert.Contains("No customer 'Suersh'.", run.Output);
        Assert.Contains("Moved #2 from Ramesh to Suresh.", run.Output);
        Assert.Contains("Renamed Ramesh to Ramesh Sharma. Ramesh Sharma owes ₹500.", run.Output);
        Assert.Contains("Address: MG Road", run.Output);
        Assert.Contains("Open dues of Ramesh Sharma: 1 due, ₹500\n#1 ₹500 due ", run.Output);
        Assert.Contains("Changed #1's due date from ", run.Output);
        Assert.Contains("Deleted #3 Suresh +₹200.", run.Output);
        Assert.Contains("1. Spent ₹5,000 on rent, every month on the 1st", run.Output);
    }

    public void Dispose() => _bot.Dispose();
}
