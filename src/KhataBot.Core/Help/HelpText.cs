using KhataBot.Core.Parsing;

namespace KhataBot.Core.Help;

/// <summary>
/// The help message. Its examples are the parser's own (<see cref="Examples"/>), the forms its error replies
/// show, so help, errors and what the parser really accepts never disagree. Short lines: read on a phone.
/// </summary>
public static class HelpText
{
    /// <summary>Borrowed by replies that point a shopkeeper at how to start a khata.</summary>
    public const string CreditExample = Examples.Credit;

    public const string Text = $"""
        📒 KhataBot: write it like in your khata.

        Credit (udhar):
          {Examples.Credit}
          {Examples.CreditWithDue}
        Payment (jama):
          {Examples.Payment}
        Expense:
          {Examples.Expense}
        Income:
          income 1000 rent
          {Examples.Income}

        Balances (who owes you):
          balances
          {Examples.Balance}
          {Examples.History}
          overdue, due this week, dues Ramesh
        Customers:
          customers
          {Examples.Find}
          {Examples.Phone}
          address Ramesh 12 MG Road
          {CustomerFixGrammar.RenameExample}
          {CustomerFixGrammar.MergeExample}
        Report:
          report june
          report last month
          top dues
          chart expenses june
          chart Ramesh
        Budgets:
          {Examples.Budget}
          budgets
        Fix mistakes:
          undo (the last change)
          {Examples.Delete}
          {Examples.Edit}
          {EntryChangeGrammar.DueExample}
          {EntryChangeGrammar.MoveExample}
          delete last
        Every month by itself:
          {RecurringGrammar.Example}
          recurring
        Export:
          export csv
          export hledger
        Reminders of dues:
          reminders
          reminder time 9:30
          {Examples.RemindersOnOff}
          {Examples.PayDue}, {Examples.RemindCustomer}, snooze #12
        Customers see their own khata:
          {Examples.Link}
          {Examples.Upi}
        Remind me once:
          remind Ramesh tomorrow
          remind Ramesh on 5 dec
          remind Ramesh in 2 hours
          {Examples.CancelReminder}
        Your shop:
          shop
          dashboard (the book on a web page)
          {Examples.ShopName}
        """;
}
