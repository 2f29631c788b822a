namespace KhataBot.Core.Parsing;

/// <summary>
/// What the bot says when it cannot use a message. The reader is a busy shopkeeper, not a programmer, so
/// every reason names the one thing that is wrong and shows a form that works.
/// </summary>
internal static class Replies
{
    public const string NotUnderstood =
        "I didn't understand that. Try: add Ramesh 500 groceries, paid Ramesh 200 or spent 300 tea. Type help for more.";

    public const string Empty = "That message was empty. Try: add Ramesh 500 groceries, or type help.";

    /// <summary>Only for a bug in the parser: the chat must still get an answer rather than an error.</summary>
    public const string Confused = "Sorry, I couldn't read that message. Try: add Ramesh 500 groceries, or type help.";

    /// <summary>A reason: the problem (a full sentence) and an example of the right form.</summary>
    public static string Reason(string problem, string example) => $"{problem} Try: {example}";

    public static Unparseable Fail(string problem, string example) => new(Reason(problem, example));
}

/// <summary>The forms shown back in replies, one per command, so help and errors always agree.</summary>
internal static class Examples
{
    public const string Credit = "add Ramesh 500 groceries";
    public const string ShopName = "shop name Sharma General Store";
    public const string TimeZone = "timezone Asia/Dubai";
    public const string CreditWithDue = "add Ramesh 500 due 30 june";
    public const string Payment = "paid Ramesh 200";
    public const string NameFirst = "Ramesh 500 udhar or Ramesh 200 jama";
    public const string Expense = "spent 300 tea";
    public const string Income = "sale 2000";
    public const string Budget = "budget food 5000";
    public const string Category = "category add packaging";
    public const string Report = "report june, report last month or report this week";
    public const string Balance = "balance Ramesh";
    public const string History = "history Ramesh";

    public const string Statement = "statement Ramesh pdf or statement Ramesh june pdf";
    public const string Find = "find ram";
    public const string Phone = "phone Ramesh 9876543210";
    public const string Address = "address Ramesh Kumar, Main Road";
    public const string Delete = "delete #12";
    public const string Edit = "edit #12 450";
    public const string Export = "export csv or export hledger";
    public const string ReminderTime = "reminder time 9:30 or reminder time 6pm";
    public const string RemindEvery = "remind every 7 days";
    public const string RemindersOnOff = "reminders off or reminders on";
    public const string PayDue = "paid #12";
    public const string RemindCustomer = "remind #12";
    public const string Snooze = "snooze #12 or snooze #12 7 days";
    public const string Link = "link Ramesh";
    public const string Upi = "upi sharmastore@okbank";
    public const string RemindOnce = "remind Ramesh tomorrow, remind Ramesh on 5 dec or remind Ramesh in 2 hours";
    public const string CancelReminder = "cancel reminder Ramesh";
}
