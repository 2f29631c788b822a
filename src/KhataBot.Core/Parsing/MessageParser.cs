namespace KhataBot.Core.Parsing;

/// <summary>
/// Reads one chat message into a <see cref="Command"/>: text in, command out, no I/O. The first word
/// picks the grammar ("add", "paid", "spent", "report", ...); a message that starts with a name
/// ("Ramesh 500 udhar") is tried as a credit or payment last. Anything it cannot use becomes an
/// <see cref="Unparseable"/> whose reason is the reply.
/// </summary>
public static class MessageParser
{
    /// <summary>
    /// Whether a command parsed without the shop's own categories could read differently with them: only
    /// expenses, budgets, "category add" and refusals look categories up. Lets the engine skip loading
    /// them for the other messages (credits, payments, look-ups) and parse again only when it matters.
    /// </summary>
    public static bool MayDependOnShopCategories(Command command) =>
        command is AddExpense or SetBudget or AddCategory or RemoveBudget or Unparseable;

    /// <summary>Longer than any real command (a 60-character name and a 200-character note fit easily);
    /// past this it is a paste or a mistake, and a short reply serves better than a precise one.</summary>
    public const int MaxMessageLength = 1000;

    private static readonly HashSet<string> CreditVerbs = ["add", "credit", "udhar", "udhaar", "udhari", "gave", "give", "lent"];

    private static readonly HashSet<string> PaymentVerbs = ["paid", "payment", "jama", "jma", "received", "recieved", "recd", "rcvd", "got"];

    private static readonly HashSet<string> ExpenseVerbs = ["spent", "spend", "expense", "expenses", "exp", "kharcha", "kharch", "kharche", "karcha"];

    private static readonly HashSet<string> IncomeVerbs = ["income", "earned", "earning", "kamai", "kamaya"];

    private static readonly HashSet<string> HelpWords = ["help", "?", "madad", "commands", "menu", "hi", "hello", "hey", "namaste", "namaskar"];

    public static Command Parse(string text, ParseContext context)
    {
        try
        {
            return ParseMessage(text, context);
        }
        catch (Exception)
        {
            // A chat message must always get an answer; a parser bug must not become an error in the chat.
            // The fuzz tests call ParseMessage directly so such bugs still fail a test.
            return new Unparseable(Replies.Confused);
        }
    }

    internal static Command ParseMessage(string? text, ParseContext context)
    {
        // Several entries in one message (lines, ";", or ", paid Suresh 200"): each read on its own.
        if (text is not null && text.Length <= MaxMessageLength * 2 && BatchGrammar.Pieces(text, piece => ParseOne(piece, context)) is { Count: > 1 } pieces)
        {
            return BatchGrammar.Parse(pieces, piece => ParseOne(piece, context));
        }

        return ParseOne(text, context);
    }

    private static Command ParseOne(string? text, ParseContext context)
    {
        var clean = TextNormalizer.Normalize(text);
        if (clean.Length == 0) return new Unparseable(Replies.Empty);
        if (clean.Length > MaxMessageLength)
        {
            return Replies.Fail($"That message is too long ({clean.Length} characters). Send one entry per message.", Examples.Credit);
        }

        if (clean == "?") return new ShowHelp();

        // "रमेश ने 500 दिए": the grammar's Devanagari words read as their Latin spellings.
        var tokens = HinglishWords.Latin(TelegramCommand.Unwrap(Tokenizer.Split(clean)));
        if (tokens.Count == 0) return new Unparseable(Replies.NotUnderstood);
        if (ForeignCurrency.Refusal(tokens) is { } foreign) return foreign;

        // "yesterday spent 300 tea", "kal Ramesh 500 udhar": a leading date word dates the rest.
        if (tokens.Count > 1 && DatePhrases.IsDateWord(tokens[0])) tokens = [.. tokens.Skip(1), tokens[0]];

        return Dispatch(tokens, context);
    }

    private static Command Dispatch(IReadOnlyList<Token> tokens, ParseContext context)
    {
        var verb = tokens[0].Word;
        var args = tokens.From(1);
        var next = args.Count > 0 ? args[0].Word : "";

        if (AskGrammar.Answer(tokens) is { } answer) return answer;
        if (HelpWords.Contains(verb)) return new ShowHelp();
        if (verb == "recurring") return RecurringGrammar.List(args);
        if (verb is "cancel" or "stop" && next == "recurring") return RecurringGrammar.Cancel(args.From(1));
        if (RecurringGrammar.StartWords.Contains(verb) && args.Count > 0) return RecurringGrammar.Parse(tokens, context);
        if (verb == "start") return StaffGrammar.Start(args);
        if (verb is "invite" or "staff" || (verb is "remove" or "delete" && next == "staff")) return StaffGrammar.Parse(verb, args);
        // "add expense 300 tea", "add category packaging": "add" in front of another command word.
        if (verb == "add" && (IsVerb(next) || next == "category")) return Dispatch(args, context);
        if (verb is "udhar" or "udhaar" && next == "list") return new ShowBalances();
        if (CreditVerbs.Contains(verb)) return CustomerEntryGrammar.VerbFirst(CustomerEntryKind.Credit, args, context);

        if (PaymentVerbs.Contains(verb) && DueActionGrammar.NamesEntry(args)) return DueActionGrammar.Paid(args);
        if (PaymentVerbs.Contains(verb)) return CustomerEntryGrammar.VerbFirst(CustomerEntryKind.Payment, args, context);
        if (ExpenseVerbs.Contains(verb)) return CashEntryGrammar.Expense(args, context);
        if (IncomeVerbs.Contains(verb) || CashEntryGrammar.SaleVerbs.Contains(verb)) return CashEntryGrammar.Income(verb, args, context);

        switch (verb)
        {
            case "diya" or "diye" or "de" or "liya":
                return CustomerEntryGrammar.EitherWayVerbFirst(tokens[0].Text, args, context);
            case "show" or "my" or "see" or "view" when args.Count > 0:
                return Dispatch(args, context);
            case "set" or "change" when next is "budget" or "phone" or "mobile" or "address" or "shop" or "timezone" or "time" or "reminder" or "reminders" or "upi":
                return Dispatch(args, context);
            case "budget" when BudgetRemovalGrammar.Removes(args):
                return BudgetRemovalGrammar.Remove(args, context);
            case "remove" or "delete" when next == "budget":
                return BudgetRemovalGrammar.Remove(args.From(1), context);
            case "budget":
                return BudgetGrammar.Budget(args, context);
            case "budgets":
                return new ShowBudgets();
            case "category" or "categories" when args.Count > 0:
                return BudgetGrammar.AddCategory(args, context);
            case "new" when next == "category":
                return BudgetGrammar.AddCategory(args.From(1), context);
            case "report" or "reports" or "summary":
                return PeriodParser.Parse(args, context.Today);
            case "chart" or "charts" or "graph":
                return ChartGrammar.Chart(args, context.Today);
            case "top" when ChartGrammar.Top(args) is { } top:
                return top;
            case "balance" or "bal" or "hisaab" or "hisab" or "baki" or "baaki":
                return CustomerInfoGrammar.Balance(args);
            case "dues" when args.Count > 0 && next != "list":
                return DuesGrammar.Dues(args, context.Today);
            case "due" when DuesGrammar.NamesPeriod(args, context.Today):
                return DuesGrammar.Dues(args, context.Today);
            case "overdue":
                return DuesGrammar.Overdue(args);
            case "balances" or "dues" or "outstanding":
            case "who" when next is "owes" or "owe":
                return new ShowBalances();
            case "history" or "statement" or "khata":
                return CustomerInfoGrammar.History(args, context.Today);
            case "customers" or "customer" when args.Count == 0 || next == "list":
            case "list" when args.Count == 0 || next == "customers":
                return new ListCustomers();
            case "find" or "search" or "lookup" or "dhundo":
                return CustomerInfoGrammar.Find(args);
            case "phone" or "mobile" or "mob":
                return CustomerInfoGrammar.Phone(args);
            case "address" or "addr" or "pata" when args.Count == 1:
                return CustomerInfoGrammar.ShowAddress(args);
            case "address" or "addr" or "pata":
                return CustomerInfoGrammar.Address(args);
            case "rename":
                return CustomerFixGrammar.Rename(args);
            case "merge":
                return CustomerFixGrammar.Merge(args);
            case "cancel" or "delete" or "remove" or "del" when next is "reminder" or "reminders" or "remind":
                return OneOffReminderGrammar.Cancel(args.From(1));
            case "undo" or "cancel":
                return EntryFixGrammar.Undo(args);
            case "delete" or "del" or "remove":
                return EntryFixGrammar.Delete(args);
            case "edit" or "change" or "correct":
                return EntryFixGrammar.Edit(args, context.Today);
            case "move" when args.Count > 0 && args[0].Word.StartsWith('#'):
            case "move" when args.Count > 1 && EntryFixGrammar.EntryNumber(args[0]) is not null:
                return EntryChangeGrammar.Move(args);
            case "export" or "download" or "backup":
                return ExportGrammar.Export(args);
            case "remind" when DueActionGrammar.NamesEntry(args):
                return DueActionGrammar.Remind(args);
            case "snooze":
                return DueActionGrammar.Snooze(args);
            case "link":
                return CustomerLinkGrammar.Link(args);
            case "upi":
                return CustomerLinkGrammar.Upi(args);
            case "reminder" or "reminders" or "remind":
                return ReminderGrammar.Parse(verb, args, context.Today);
            case "jobs" when args.Count == 0:
                return new ShowJobs();
            case "dashboard" or "dashbord" or "dashbaord" when DashboardGrammar.Fits(args):
            case "open" or "khol" or "kholo" when next is "dashboard" && args.Count == 1:
                return new OpenDashboard();
            case "shop" or "dukaan" or "dukan" or "settings" or "setting":
            case "timezone" or "tz":
            case "time" when next == "zone":
                return ShopGrammar.Parse(verb, args);
        }

        return QuestionGrammar.Parse(tokens, context)
            ?? HinglishGrammar.Sentence(tokens, context)
            ?? CustomerEntryGrammar.NameFirst(tokens, context)
            ?? StatementGrammar.NameFirst(tokens, context.Today)
            ?? CustomerInfoGrammar.NameFirst(tokens)
            ?? new Unparseable(Replies.NotUnderstood);
    }

    private static bool IsVerb(string word) =>
        PaymentVerbs.Contains(word) || ExpenseVerbs.Contains(word) || IncomeVerbs.Contains(word) || CashEntryGrammar.SaleVerbs.Contains(word) || word is "credit" or "udhar" or "udhaar";
}
