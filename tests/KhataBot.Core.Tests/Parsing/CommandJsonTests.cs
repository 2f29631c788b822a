using System.Text.Json;
using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class CommandJsonTests
{
    private static readonly string[] FieldOrder =
        ["intent", "customer", "amount", "note", "category", "date", "due", "period", "error", "entry", "phone", "address", "format"];

    [Fact]
    public void A_credit_is_one_line_with_every_field_in_order()
    {
        var json = CommandJson.ToJson(new AddCredit("Ramesh", 500m, "groceries", Date("2026-11-21"), Date("2026-12-05")));

        Assert.Equal(
            """{"intent":"credit","customer":"Ramesh","amount":500,"note":"groceries","category":null,"date":"2026-11-21","due":"2026-12-05","period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            json);
    }

    [Fact]
    public void Amounts_are_json_numbers_without_trailing_zeros_and_Devanagari_is_not_escaped()
    {
        var json = CommandJson.ToJson(new AddPayment("रमेश", 500.50m, null, Date("2026-11-20")));

        Assert.Equal(
            """{"intent":"payment","customer":"रमेश","amount":500.5,"note":null,"category":null,"date":"2026-11-20","due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            json);
    }

    [Fact]
    public void Income_writes_its_source_as_the_category()
    {
        Assert.Equal(
            """{"intent":"income","customer":null,"amount":1500,"note":"cash sales","category":"sales","date":"2026-11-21","due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("sold 1500 cash sales")));
    }

    [Fact]
    public void An_expense_writes_its_category_in_lower_case()
    {
        Assert.Equal(
            """{"intent":"expense","customer":null,"amount":1200,"note":"electricity","category":"bills","date":"2026-11-21","due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(new AddExpense(1200m, "Bills", "electricity", Date("2026-11-21"))));
    }

    [Fact]
    public void A_report_writes_its_period_as_an_object()
    {
        Assert.Equal(
            """{"intent":"report","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":{"from":"2026-06-01","to":"2026-06-30"},"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("report june")));
    }

    [Fact]
    public void Charts_write_their_period_or_customer()
    {
        Assert.Equal(
            """{"intent":"chart_expenses","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":{"from":"2026-06-01","to":"2026-06-30"},"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("chart expenses june")));
        Assert.Equal(
            """{"intent":"chart_customer","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("chart Ramesh")));
    }

    [Fact]
    public void A_refusal_writes_its_reason_with_the_rupee_sign_unescaped()
    {
        Assert.Equal(
            """{"intent":"error","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":"That's more than ₹1,00,00,000, the most one amount can be. Try: add Ramesh 500 groceries","entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("add Ramesh 2 crore")));
    }

    [Fact]
    public void Edit_and_delete_write_the_entry_number()
    {
        Assert.Equal(
            """{"intent":"edit","customer":null,"amount":450,"note":"atta","category":null,"date":null,"due":null,"period":null,"error":null,"entry":12,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(new EditEntry(12, 450m, "atta")));
        Assert.Equal(
            """{"intent":"delete","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":12,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(new DeleteEntry(12)));
    }

    [Fact]
    public void Contacts_write_phone_and_address_after_error()
    {
        Assert.Equal(
            """{"intent":"set_phone","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":"+919876543210","address":null,"format":null}""",
            CommandJson.ToJson(new SetPhone("Ramesh", "+919876543210")));
        Assert.Equal(
            """{"intent":"set_address","customer":"Ramesh Kumar","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":"Main Road, Pune","format":null}""",
            CommandJson.ToJson(new SetAddress("Ramesh Kumar", "Main Road, Pune")));
    }

    [Fact]
    public void Export_writes_its_format()
    {
        Assert.Equal(
            """{"intent":"export","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":"hledger"}""",
            CommandJson.ToJson(new ExportBook(ExportFormat.Hledger)));
    }

    [Fact]
    public void A_statement_writes_its_customer_period_and_the_pdf_format()
    {
        Assert.Equal(
            """{"intent":"statement","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":{"from":"2026-06-01","to":"2026-06-30"},"error":null,"entry":null,"phone":null,"address":null,"format":"pdf"}""",
            CommandJson.ToJson(Parse("statement Ramesh june pdf")));
    }

    [Fact]
    public void Reminder_settings_write_the_time_and_the_days_as_the_note()
    {
        Assert.Equal(
            """{"intent":"set_reminder_time","customer":null,"amount":null,"note":"18:45","category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(new SetReminderTime(new TimeOnly(18, 45))));
        Assert.StartsWith("""{"intent":"set_remind_every","customer":null,"amount":null,"note":"7",""", CommandJson.ToJson(new SetRemindEvery(7)));
    }

    [Fact]
    public void Quotes_and_backslashes_are_escaped_but_emoji_are_written_as_they_are()
    {
        var json = CommandJson.ToJson(new AddExpense(300m, "food", "tea \"☕\" 😀 \\uD83D\\uDE00", Date("2026-11-21")));

        Assert.Contains("""
            "note":"tea \"☕\" 😀 \\uD83D\\uDE00"
            """, json);
        Assert.Equal("tea \"☕\" 😀 \\uD83D\\uDE00", JsonDocument.Parse(json).RootElement.GetProperty("note").GetString());
    }

    [Fact]
    public void A_line_break_in_a_reason_stays_inside_the_one_line()
    {
        var json = CommandJson.ToJson(new Unparseable("two\nlines"));

        Assert.DoesNotContain('\n', json);
        Assert.Equal("two\nlines", JsonDocument.Parse(json).RootElement.GetProperty("error").GetString());
    }

    public static TheoryData<Command, string> EveryCommand => new()
    {
        { new AddCredit("R", 1m, null, Today, null), "credit" },
        { new AddPayment("R", 1m, null, Today), "payment" },
        { new AddExpense(1m, "food", null, Today), "expense" },
        { new AddIncome(1m, "sales", null, Today), "income" },
        { new SetBudget("food", 1m), "set_budget" },
        { new ShowBudgets(), "budgets" },
        { new ShowReport(DateRange.Month(2026, 6), "June 2026"), "report" },
        { new ShowExpenseChart(DateRange.Month(2026, 6), "June 2026"), "chart_expenses" },
        { new ShowDuesChart(), "chart_dues" },
        { new ShowCustomerChart("R"), "chart_customer" },
        { new ShowTopDues(), "top_dues" },
        { new ShowBalance("R"), "balance" },
        { new ShowBalances(), "balances" },
        { new ShowHistory("R"), "history" },
        { new SendStatement("R", DateRange.Month(2026, 6), "June 2026"), "statement" },
        { new SendStatement("R", null, "all entries"), "statement" },
        { new ListCustomers(), "customers" },
        { new FindCustomers("r"), "find" },
        { new SetPhone("R", "+919876543210"), "set_phone" },
        { new SetAddress("R", "Main Road"), "set_address" },
        { new AddCategory("packaging"), "add_category" },
        { new UndoLast(), "undo" },
        { new DeleteEntry(1), "delete" },
        { new EditEntry(1, 1m, null), "edit" },
        { new ExportBook(ExportFormat.Csv), "export" },
        { new ShowHelp(), "help" },
        { new ShowShop(), "shop" },
        { new SetShopName("Sharma Stores"), "set_shop_name" },
        { new SetTimeZone("Asia/Dubai"), "set_time_zone" },
        { new StartChat(), "help" },
        { new JoinAsStaff("abc"), "join_as_staff" },
        { new InviteStaff(), "invite_staff" },
        { new ListStaff(), "list_staff" },
        { new RemoveStaff("Suresh"), "remove_staff" },
        { new ExplainEditedEntry(3), "explain_edited_entry" },
        { new ShowReminders(), "reminders" },
        { new SetReminderTime(new TimeOnly(9, 30)), "set_reminder_time" },
        { new SwitchReminders(true), "reminders_on" },
        { new SwitchReminders(false), "reminders_off" },
        { new SetRemindEvery(7), "set_remind_every" },
        { new ShowJobs(), "jobs" },
        { new OpenDashboard(), "dashboard" },
        { new PayDue(12), "pay_due" },
        { new RemindCustomer(12), "remind_customer" },
        { new SnoozeDue(12, 3), "snooze_due" },
        { new LinkCustomer("Ramesh"), "link_customer" },
        { new JoinAsCustomer("abc"), "join_as_customer" },
        { new ShowUpi(), "upi" },
        { new SetUpiId("shop@okbank"), "set_upi" },
        { new SetUpiId(null), "set_upi" },
        { new RemindOnce("R", new DateOnly(2026, 12, 5), null), "remind_once" },
        { new RemindOnce("R", null, TimeSpan.FromHours(2)), "remind_once" },
        { new CancelOneOffReminders("R"), "cancel_reminder" },
        { new Unparseable("no"), "error" },
        { new RenameCustomer("R", "R S"), "rename_customer" },
        { new MergeCustomers("R", "S"), "merge_customers" },
        { new ShowAddress("R"), "address" },
        { new ChangeEntry(4, "sugar", null, null), "edit" },
        { new MoveEntry(4, "S"), "move_entry" },
        { new DeleteLastEntry(), "delete_last" },
        { new RemoveBudget("food"), "remove_budget" },
        { new ShowDues(null, null, null, true), "dues" },
        { new AddRecurring(new AddExpense(1m, "rent", null, Today), Core.Recurring.RecurEvery.Month, 1), "recurring" },
        { new ShowRecurring(), "recurring_list" },
        { new CancelRecurring(1), "cancel_recurring" },
        { new BookRecurring(1), "book_recurring" },
        { new ConfirmedCredit(new AddCredit("R", 1m, null, Today, null)), "credit" },
        { Ask.Between("udhar or jama?", new AddCredit("R", 1m, null, Today, null), new AddPayment("R", 1m, null, Today)), "ask" },
        { new AnswerQuestion(2, null), "answer" },
        { new ShowSpending(null, "tea", DateRange.Month(2026, 6), "June 2026"), "spending" },
        { new ShowProfit(DateRange.Month(2026, 6), "June 2026"), "profit" },
        { new Batch([new AddCredit("R", 1m, null, Today, null), new AddPayment("S", 1m, null, Today)]), "batch" },
    };

    /// <summary>Fields only some intents have, after all the others: nested commands, a new name, a merge target.</summary>
    private static readonly string[] NestedFields = ["choices", "commands", "new_name", "into", "command", "every", "day"];

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_has_its_intent_and_all_fields_in_the_same_order(Command command, string intent)
    {
        using var json = JsonDocument.Parse(CommandJson.ToJson(command));

        Assert.Equal(intent, json.RootElement.GetProperty("intent").GetString());
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(FieldOrder, names.Take(FieldOrder.Length));
        Assert.All(names.Skip(FieldOrder.Length), name => Assert.Contains(name, NestedFields));
    }

    [Fact]
    public void Every_command_type_is_covered_by_the_intent_table()
    {
        var covered = EveryCommand.Select(row => row[0].GetType()).ToHashSet();
        var missing = typeof(Command).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract && !covered.Contains(t))
            .Select(t => t.Name);

        Assert.Equal([], missing);
    }
}
