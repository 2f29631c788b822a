namespace KhataBot.Core.Parsing;

/// <summary>What the bot understood from one message. The parser makes these; handlers act on them.</summary>
public abstract record Command;

/// <summary>The customer took goods on credit (udhar) and owes more.</summary>
public sealed record AddCredit(string Customer, decimal Amount, string? Note, DateOnly Date, DateOnly? Due) : Command;

/// <summary>The customer paid (jama) and owes less.</summary>
public sealed record AddPayment(string Customer, decimal Amount, string? Note, DateOnly Date) : Command;

public sealed record AddExpense(decimal Amount, string Category, string? Note, DateOnly Date) : Command;

public sealed record AddIncome(decimal Amount, string Source, string? Note, DateOnly Date) : Command;

public sealed record SetBudget(string Category, decimal Amount) : Command;

public sealed record ShowBudgets : Command;

/// <summary>A report for an inclusive range of dates; <paramref name="Label"/> names it for people ("June 2026").</summary>
public sealed record ShowReport(DateRange Period, string Label) : Command;

public sealed record ShowBalance(string Customer) : Command;

public sealed record ShowBalances : Command;

public sealed record ShowHistory(string Customer) : Command;

/// <summary>"statement Ramesh june pdf": the customer's statement as a document to forward. Without a
/// <paramref name="Period"/> it covers every entry so far; <paramref name="Label"/> names the period for people.</summary>
public sealed record SendStatement(string Customer, DateRange? Period, string Label) : Command;

public sealed record ListCustomers : Command;

public sealed record FindCustomers(string Query) : Command;

public sealed record SetPhone(string Customer, string Phone) : Command;

public sealed record SetAddress(string Customer, string Address) : Command;

public sealed record AddCategory(string Name) : Command;

public sealed record UndoLast : Command;

public sealed record DeleteEntry(int Number) : Command;

public sealed record EditEntry(int Number, decimal Amount, string? Note) : Command;

public sealed record ExportBook(ExportFormat Format) : Command;

public enum ExportFormat { Csv, Hledger }

public sealed record ShowHelp : Command;

/// <summary>"shop" / "settings": the shop's name, time zone and currency.</summary>
public sealed record ShowShop : Command;

public sealed record SetShopName(string Name) : Command;

/// <summary>An IANA time zone id ("Asia/Dubai"); the shop's calendar day follows it.</summary>
public sealed record SetTimeZone(string Zone) : Command;

/// <summary>A message the bot cannot use: <paramref name="Reason"/> is the reply, with an example of the right form.</summary>
public sealed record Unparseable(string Reason) : Command;

/// <summary>"/start": a new shop is asked its name and shown how to write; a known one gets help.</summary>
public sealed record StartChat : Command;

/// <summary>"/start staff_abc…": the sender accepts an invite to work in a shop's book.</summary>
public sealed record JoinAsStaff(string Token) : Command;

/// <summary>"invite staff": the owner gets a single-use link for a helper.</summary>
public sealed record InviteStaff : Command;

/// <summary>"staff": who works in the book.</summary>
public sealed record ListStaff : Command;

/// <summary>"remove staff Suresh".</summary>
public sealed record RemoveStaff(string Name) : Command;

/// <summary>The sender edited a message that already made entry #<paramref name="EntryNumber"/>: edits do
/// not change the book twice, so the reply says how to change the entry.</summary>
public sealed record ExplainEditedEntry(int EntryNumber) : Command;

/// <summary>"chart expenses june": expenses by category as one picture.</summary>
public sealed record ShowExpenseChart(DateRange Period, string Label) : Command;

/// <summary>"chart dues": who owes most now, as one picture.</summary>
public sealed record ShowDuesChart : Command;

/// <summary>"chart Ramesh": the customer's credits and payments, with their balance over time.</summary>
public sealed record ShowCustomerChart(string Customer) : Command;

/// <summary>"top dues": the customers who owe most, with how long each has owed.</summary>
public sealed record ShowTopDues : Command;
/// <summary>"reminders": when due reminders come and how often.</summary>
public sealed record ShowReminders : Command;

/// <summary>"reminder time 9:30", "reminder time 6pm": when the day's due reminders go out, on the shop's clock.</summary>
public sealed record SetReminderTime(TimeOnly At) : Command;

/// <summary>"reminders off" / "reminders on".</summary>
public sealed record SwitchReminders(bool On) : Command;

/// <summary>"remind every 7 days": how often a long-overdue due is reminded again.</summary>
public sealed record SetRemindEvery(int Days) : Command;

/// <summary>"jobs": what the scheduler will run next, and what failed.</summary>
public sealed record ShowJobs : Command;

/// <summary>"paid #12" (a reminder's [Paid] button): the customer paid what is left of due #12.</summary>
public sealed record PayDue(int Number) : Command;

/// <summary>"remind #12" (a reminder's [Remind customer] button): a polite reminder to the customer now, or
/// the text and a WhatsApp link for the shopkeeper to send it.</summary>
public sealed record RemindCustomer(int Number) : Command;

/// <summary>"snooze #12", "snooze #12 7 days": no reminders of due #12 for that many days.</summary>
public sealed record SnoozeDue(int Number, int Days) : Command;

/// <summary>"link Ramesh": a link for the customer to see his own khata and get reminders.</summary>
public sealed record LinkCustomer(string Customer) : Command;

/// <summary>"/start c_abc…": a customer opens the link his shop sent.</summary>
public sealed record JoinAsCustomer(string Token) : Command;

/// <summary>"upi": the shop's UPI ID, if it has one.</summary>
public sealed record ShowUpi : Command;

/// <summary>"upi shop@okbank" sets the shop's UPI ID; "upi off" (<paramref name="UpiId"/> null) removes it.</summary>
public sealed record SetUpiId(string? UpiId) : Command;

/// <summary>"remind Ramesh tomorrow", "remind Ramesh on 5 dec": one reminder on <paramref name="On"/> at the
/// shop's reminder time; "remind Ramesh in 2 hours": one after <paramref name="After"/>. Exactly one is set.</summary>
public sealed record RemindOnce(string Customer, DateOnly? On, TimeSpan? After) : Command;

/// <summary>"cancel reminder Ramesh": the customer's pending one-off reminders are dropped.</summary>
public sealed record CancelOneOffReminders(string Customer) : Command;

/// <summary>"rename Ramesh to Ramesh Sharma": the same khata under a new name.</summary>
public sealed record RenameCustomer(string Customer, string NewName) : Command;

/// <summary>"merge Raaju into Raju": one customer written twice becomes one; <paramref name="Customer"/>'s
/// entries, dues, reminders and links move to <paramref name="Into"/>.</summary>
public sealed record MergeCustomers(string Customer, string Into) : Command;

/// <summary>"address Ramesh": shows the address kept for the customer.</summary>
public sealed record ShowAddress(string Customer) : Command;

/// <summary>"edit #4 note sugar", "edit #4 date 20 nov", "edit #4 due 10 dec": one more thing about an entry
/// put right; exactly one of <paramref name="Note"/>, <paramref name="Date"/> and <paramref name="Due"/> is set.</summary>
public sealed record ChangeEntry(int Number, string? Note, DateOnly? Date, DateOnly? Due) : Command;

/// <summary>"move #4 to Suresh": a credit or payment written in the wrong customer's khata.</summary>
public sealed record MoveEntry(int Number, string Customer) : Command;

/// <summary>"delete last": the latest entry still in the book (for staff, their own latest).</summary>
public sealed record DeleteLastEntry : Command;

/// <summary>"budget food off": the category has no monthly budget any more.</summary>
public sealed record RemoveBudget(string Category) : Command;

/// <summary>"overdue", "due today", "due this week", "dues Ramesh": open dues with their dates, of one
/// customer or all, due within <paramref name="Period"/> (named by <paramref name="Label"/>) or already late
/// (<paramref name="Overdue"/>). Plain "dues" stays the list of balances.</summary>
public sealed record ShowDues(string? Customer, DateRange? Period, string? Label, bool Overdue) : Command;

/// <summary>"every month rent 5000 on 1st": <paramref name="Inner"/> (an expense, income, credit or payment)
/// booked by itself every <paramref name="Every"/> on <paramref name="Day"/> (day of month, or 0–6 from Sunday).</summary>
public sealed record AddRecurring(Command Inner, Recurring.RecurEvery Every, int Day) : Command;

/// <summary>"recurring": the entries that book themselves.</summary>
public sealed record ShowRecurring : Command;

/// <summary>"cancel recurring 2": the second of the list stops.</summary>
public sealed record CancelRecurring(int Position) : Command;

/// <summary>What the scheduler runs for a recurring entry whose day has come: books every day of it up to
/// today that is not booked yet, with a message to the chat. Never typed.</summary>
public sealed record BookRecurring(long RecurringId) : Command;

/// <summary>The answer "new customer" to "New customer Ramseh, or Ramesh?": the credit is booked to a new
/// khata without asking again.</summary>
public sealed record ConfirmedCredit(AddCredit Credit) : Command;

/// <summary>"dashboard": the shop's web page (a Telegram Mini App, or a one-time sign-in link).</summary>
public sealed record OpenDashboard : Command;
