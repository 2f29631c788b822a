using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Dashboard.Html;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Writing;

/// <summary>The small forms that write to the book: a credit, a payment, an expense, and "paid" under a due.</summary>
public static class WriteForms
{
    public static Html.Html MarkPaid(HttpContext context, int number, long customerId) => H($"""
        <form class="inline" method="post" action="/app/dues/{number}/paid">{Layout.Antiforgery(context)}<input type="hidden" name="customer" value="{customerId}"><button type="submit">Paid</button></form>
        """);

    public static Html.Html ForCustomer(HttpContext context, Customer customer) => H($"""
        <h2>Add for {customer.Name}</h2>
        {CustomerEntry(context, "credit", "Credit (udhar)", customer.Id, null, withDue: true)}
        {CustomerEntry(context, "payment", "Payment (jama)", customer.Id, null, withDue: false)}
        """);

    /// <summary>The Add page: credit and payment by name (a new name makes a new customer, as in the chat), and an expense.</summary>
    public static Html.Html All(HttpContext context, IEnumerable<string> categories, IEnumerable<string> customerNames) => H($"""
        <datalist id="customer-names">{customerNames.Select(n => H($"<option value=\"{n}\">"))}</datalist>
        <h2>Credit (udhar)</h2>{CustomerEntry(context, "credit", "Add credit", null, "customer-names", withDue: true)}
        <h2>Payment (jama)</h2>{CustomerEntry(context, "payment", "Add payment", null, "customer-names", withDue: false)}
        <h2>Expense (kharcha)</h2>
        <form class="entry" method="post" action="/app/add/expense">{Layout.Antiforgery(context)}
        <label>Amount ₹<input name="amount" inputmode="decimal" required placeholder="300"></label>
        <label>Category<select name="category">{categories.Select(c => H($"<option>{c}</option>"))}</select></label>
        <label>Note<input name="note" maxlength="{Entry.MaxNoteLength}" placeholder="tea"></label>
        <button type="submit">Add expense</button>
        </form>
        """);

    private static Html.Html CustomerEntry(HttpContext context, string kind, string button, long? customerId, string? names, bool withDue) => H($"""
        <form class="entry" method="post" action="/app/add/{kind}">{Layout.Antiforgery(context)}
        {(customerId is { } id
            ? H($"<input type=\"hidden\" name=\"customer\" value=\"{id}\">")
            : H($"<label>Customer<input name=\"name\" list=\"{names}\" required maxlength=\"{Customer.MaxNameLength}\" placeholder=\"Ramesh\"></label>"))}
        <label>Amount ₹<input name="amount" inputmode="decimal" required placeholder="500"></label>
        <label>Note<input name="note" maxlength="{Entry.MaxNoteLength}" placeholder="{(kind == "credit" ? "atta" : "cash")}"></label>
        {When(withDue, H($"<label>Due (optional)<input type=\"date\" name=\"due\"></label>"))}
        <button type="submit">{button}</button>
        </form>
        """);

    public static IEnumerable<string> ExpenseCategories(IEnumerable<string> own) => Categories.BuiltIn.Union(own).Order();
}
