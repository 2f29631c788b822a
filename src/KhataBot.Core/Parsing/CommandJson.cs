using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KhataBot.Core.Parsing;

/// <summary>
/// One line of JSON per command, always with the same fields in the same order (null where a field does
/// not apply), so parser output can be compared and logged as plain text:
/// intent, customer, amount, note, category, date, due, period, error, then entry, phone, address, format.
/// Rupee signs and Devanagari are written as they are, not as \u escapes.
/// </summary>
public static partial class CommandJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string ToJson(Command command)
    {
        var fields = FieldsOf(command);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("intent", fields.Intent);
            json.WriteString("customer", fields.Customer);
            WriteAmount(json, fields.Amount);
            json.WriteString("note", fields.Note);
            json.WriteString("category", fields.Category);
            WriteDate(json, "date", fields.Date);
            WriteDate(json, "due", fields.Due);
            WritePeriod(json, fields.Period);
            json.WriteString("error", fields.Error);
            if (fields.Entry is { } entry) json.WriteNumber("entry", entry);
            else json.WriteNull("entry");
            json.WriteString("phone", fields.Phone);
            json.WriteString("address", fields.Address);
            json.WriteString("format", fields.Format);
            // Fields only some intents have ("new_name", "into") come after the fixed ones, so every other line stays as it was.
            if (fields.Inner is { } inner)
            {
                json.WritePropertyName("command");
                json.WriteRawValue(ToJson(inner), skipInputValidation: true);
            }

            foreach (var (name, value) in fields.Extra ?? [])
            {
                if (value is int number) json.WriteNumber(name, number);
                else json.WriteString(name, value?.ToString());
            }

            // Only commands that hold other commands have these, so every other line stays as it was.
            WriteCommands(json, "choices", fields.Choices);
            WriteCommands(json, "commands", fields.Commands);
            json.WriteEndObject();
        }

        return UnescapeSurrogatePairs(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>The encoders of System.Text.Json escape every character outside the Basic Multilingual
    /// Plane, so an emoji would read \uD83D\uDE00; this writes such pairs back as the characters. A
    /// backslash the user typed is written as \\ and stays escaped (the look-behind counts them).</summary>
    private static string UnescapeSurrogatePairs(string json) => SurrogatePairEscape().Replace(json, pair =>
        string.Concat(
            (char)int.Parse(pair.Groups["high"].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            (char)int.Parse(pair.Groups["low"].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogatePairEscape();

    private sealed record Fields(string Intent)
    {
        public string? Customer { get; init; }
        public decimal? Amount { get; init; }
        public string? Note { get; init; }
        public string? Category { get; init; }
        public DateOnly? Date { get; init; }
        public DateOnly? Due { get; init; }
        public DateRange? Period { get; init; }
        public string? Error { get; init; }
        public int? Entry { get; init; }
        public string? Phone { get; init; }
        public string? Address { get; init; }
        public string? Format { get; init; }
        public IReadOnlyList<(string Name, object? Value)>? Extra { get; init; }
        public Command? Inner { get; init; }
        public IReadOnlyList<Command>? Choices { get; init; }
        public IReadOnlyList<Command>? Commands { get; init; }
    }

    /// <summary>The intent a command is written with ("credit", "ask").</summary>
    public static string IntentOf(Command command) => FieldsOf(command).Intent;

    private static void WriteCommands(Utf8JsonWriter json, string name, IReadOnlyList<Command>? commands)
    {
        if (commands is null) return;
        json.WriteStartArray(name);
        foreach (var command in commands)
        {
            json.WriteRawValue(ToJson(command), skipInputValidation: true);
        }

        json.WriteEndArray();
    }

    private static Fields FieldsOf(Command command) => command switch
    {
        AddCredit c => new("credit") { Customer = c.Customer, Amount = c.Amount, Note = c.Note, Date = c.Date, Due = c.Due },
        AddPayment p => new("payment") { Customer = p.Customer, Amount = p.Amount, Note = p.Note, Date = p.Date },
        AddExpense e => new("expense") { Amount = e.Amount, Category = e.Category.ToLowerInvariant(), Note = e.Note, Date = e.Date },
        AddIncome i => new("income") { Amount = i.Amount, Category = i.Source.ToLowerInvariant(), Note = i.Note, Date = i.Date },
        SetBudget b => new("set_budget") { Category = b.Category.ToLowerInvariant(), Amount = b.Amount },
        ShowBudgets => new("budgets"),
        ShowReport r => new("report") { Period = r.Period },
        ShowExpenseChart c => new("chart_expenses") { Period = c.Period },
        ShowDuesChart => new("chart_dues"),
        ShowCustomerChart c => new("chart_customer") { Customer = c.Customer },
        ShowTopDues => new("top_dues"),
        ShowBalance b => new("balance") { Customer = b.Customer },
        ShowBalances => new("balances"),
        ShowHistory h => new("history") { Customer = h.Customer },
        SendStatement s => new("statement") { Customer = s.Customer, Period = s.Period, Format = "pdf" },
        ListCustomers => new("customers"),
        FindCustomers f => new("find") { Customer = f.Query },
        SetPhone p => new("set_phone") { Customer = p.Customer, Phone = p.Phone },
        SetAddress a => new("set_address") { Customer = a.Customer, Address = a.Address },
        AddCategory c => new("add_category") { Category = c.Name.ToLowerInvariant() },
        UndoLast => new("undo"),
        DeleteEntry d => new("delete") { Entry = d.Number },
        EditEntry e => new("edit") { Entry = e.Number, Amount = e.Amount, Note = e.Note },
        ExportBook x => new("export") { Format = x.Format == ExportFormat.Hledger ? "hledger" : "csv" },
        ShowHelp or StartChat => new("help"),
        ShowShop => new("shop"),
        SetShopName s => new("set_shop_name") { Note = s.Name },
        SetTimeZone t => new("set_time_zone") { Note = t.Zone },
        ShowReminders => new("reminders"),
        SetReminderTime t => new("set_reminder_time") { Note = t.At.ToString("HH:mm", CultureInfo.InvariantCulture) },
        SwitchReminders r => new(r.On ? "reminders_on" : "reminders_off"),
        SetRemindEvery r => new("set_remind_every") { Note = r.Days.ToString(CultureInfo.InvariantCulture) },
        ShowJobs => new("jobs"),
        OpenDashboard => new("dashboard"),
        PayDue p => new("pay_due") { Entry = p.Number },
        RemindCustomer r => new("remind_customer") { Entry = r.Number },
        SnoozeDue s => new("snooze_due") { Entry = s.Number, Note = s.Days.ToString(CultureInfo.InvariantCulture) },
        LinkCustomer l => new("link_customer") { Customer = l.Customer },
        JoinAsCustomer => new("join_as_customer"),
        ShowUpi => new("upi"),
        SetUpiId u => new("set_upi") { Note = u.UpiId },
        RemindOnce r => new("remind_once")
        {
            Customer = r.Customer, Due = r.On, Note = r.After is { } after ? $"in {after.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes" : null,
        },
        CancelOneOffReminders c => new("cancel_reminder") { Customer = c.Customer },
        RenameCustomer r => new("rename_customer") { Customer = r.Customer, Extra = [("new_name", r.NewName)] },
        MergeCustomers m => new("merge_customers") { Customer = m.Customer, Extra = [("into", m.Into)] },
        ShowAddress a => new("address") { Customer = a.Customer },
        ChangeEntry c => new("edit") { Entry = c.Number, Note = c.Note, Date = c.Date, Due = c.Due },
        MoveEntry m => new("move_entry") { Entry = m.Number, Customer = m.Customer },
        DeleteLastEntry => new("delete_last"),
        RemoveBudget b => new("remove_budget") { Category = b.Category.ToLowerInvariant() },
        AddRecurring r => new("recurring")
        {
            Inner = r.Inner,
            Extra = [("every", r.Every.ToString().ToLowerInvariant()), ("day", r.Every == Recurring.RecurEvery.Week ? ((DayOfWeek)r.Day).ToString().ToLowerInvariant() : r.Every == Recurring.RecurEvery.Month ? r.Day : null)],
        },
        ShowRecurring => new("recurring_list"),
        CancelRecurring c => new("cancel_recurring") { Entry = c.Position },
        BookRecurring => new("book_recurring"),
        ConfirmedCredit c => FieldsOf(c.Credit),
        ShowDues d => new("dues") { Customer = d.Customer, Period = d.Period, Note = d.Overdue ? "overdue" : null },
        Unparseable u => new("error") { Error = u.Reason },
        Ask a => new("ask") { Note = a.Question, Choices = a.Choices },
        AnswerQuestion a => new("answer") { Entry = a.Choice },
        Batch b => new("batch") { Commands = b.Commands },
        ShowSpending s => new("spending") { Category = s.Category, Note = s.Note, Period = s.Period },
        ShowProfit p => new("profit") { Period = p.Period },
        // A command added later still gets a line, named after its type, rather than an exception.
        _ => new(SnakeCase(command.GetType().Name)),
    };

    private static void WriteAmount(Utf8JsonWriter json, decimal? amount)
    {
        // 500.50m would print as 500.50; the JSON number people expect is 500.5.
        if (amount is { } value) json.WriteNumber("amount", AmountParser.Canonical(value));
        else json.WriteNull("amount");
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value) json.WriteString(name, Iso(value));
        else json.WriteNull(name);
    }

    private static void WritePeriod(Utf8JsonWriter json, DateRange? period)
    {
        if (period is not { } range)
        {
            json.WriteNull("period");
            return;
        }

        json.WriteStartObject("period");
        json.WriteString("from", Iso(range.From));
        json.WriteString("to", Iso(range.To));
        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
