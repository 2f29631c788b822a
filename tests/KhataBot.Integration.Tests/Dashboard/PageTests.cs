using System.Net;
using System.Text;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>What each page shows for a known book, signed in from the console chat's link.</summary>
public sealed class PageTests
{
    private static Task<long> IdOfAsync(DashboardApp app, string name) =>
        app.ReadAsync(db => db.Customers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Overview_shows_what_is_owed_the_months_flows_budgets_and_dues()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var page = await browser.GetStringAsync("/app/overview");
        Assert.Contains("Owed to you now<b><span class=\"money\">₹1,500</span>", page);
        Assert.Contains("2 customers", page);
        Assert.Contains("Payments received<b><span class=\"money\">₹200</span>", page);
        Assert.Contains("Spending<b><span class=\"money\">₹300</span>", page);
        Assert.Contains("Income<b><span class=\"money\">₹2,000</span>", page);
        Assert.Contains("₹300</span> of <span class=\"money\">₹1,000", page); // food against its budget
        Assert.Matches("id=\"overdue\".*₹1,200.*1 due<", page.Replace("\n", " "));
        Assert.Matches("id=\"due-week\".*₹300.*1 due<", page.Replace("\n", " "));
        Assert.Contains("/app/charts/expenses.png?period=this-month", page);

        // The month before holds only Suresh's back-dated credit.
        var last = await browser.GetStringAsync($"/app/overview?from={DateTime.UtcNow.AddDays(-60):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(-30):yyyy-MM-dd}");
        Assert.Contains("Credit given, ", last);
        Assert.Matches("id=\"credit\".*₹1,200.*1 entry<", last.Replace("\n", " "));
        Assert.Contains("Spending<b><span class=\"money\">₹0</span>", last);
    }

    [Fact]
    public async Task Charts_are_the_reports_own_pictures_as_png()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        foreach (var chart in new[] { "/app/charts/expenses.png", "/app/charts/budgets.png", "/app/charts/credit-and-payments.png", "/app/charts/dues-by-age.png" })
        {
            var response = await browser.GetAsync(chart);
            Assert.True(response.StatusCode == HttpStatusCode.OK, chart);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await response.Content.ReadAsByteArrayAsync())[..4]);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/app/charts/nothing.png")).StatusCode);
    }

    [Fact]
    public async Task Customers_are_listed_with_balance_phone_and_oldest_due_and_searched_by_name_or_phone()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var all = await browser.GetStringAsync("/app/customers");
        Assert.Contains("2 customers · owe you <span class=\"money\">₹1,500</span>", all);
        Assert.True(all.IndexOf(">Suresh Kumar<", StringComparison.Ordinal) < all.IndexOf(">Ramesh<", StringComparison.Ordinal), "largest balance first");
        Assert.Contains(KnownBook.RameshPhone, all);
        Assert.Contains("class=\"over\"", all); // Suresh's due is overdue

        var byName = await browser.GetStringAsync("/app/customers?q=rame");
        Assert.Contains(">Ramesh<", byName);
        Assert.DoesNotContain("Suresh", byName);
        var byPhone = await browser.GetStringAsync("/app/customers?q=98765");
        Assert.Contains(">Ramesh<", byPhone);
        Assert.DoesNotContain("Suresh", byPhone);
        // As you type: only the rows.
        var rows = await browser.GetStringAsync("/app/customers?q=sur&partial=1");
        Assert.StartsWith("<tr>", rows.TrimStart());
        Assert.Contains("Suresh Kumar", rows);
        Assert.DoesNotContain("<html", rows);
        Assert.Contains("No customers match “zzz”", await browser.GetStringAsync("/app/customers?q=zzz"));
    }

    [Fact]
    public async Task Customers_sort_by_age_of_dues_and_page_through_many()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        await app.SendAsync("add Ramesh 5000 big order");
        var byAge = await browser.GetStringAsync("/app/customers?sort=age");
        Assert.True(byAge.IndexOf(">Suresh Kumar<", StringComparison.Ordinal) < byAge.IndexOf(">Ramesh<", StringComparison.Ordinal), "oldest due first");
        var byBalance = await browser.GetStringAsync("/app/customers?sort=balance");
        Assert.True(byBalance.IndexOf(">Ramesh<", StringComparison.Ordinal) < byBalance.IndexOf(">Suresh Kumar<", StringComparison.Ordinal), "largest balance first");

        for (var i = 1; i <= 60; i++)
        {
            Assert.DoesNotContain("Sorry", await app.SendAsync($"add {DistinctNames.For(i)} {i}"));
        }

        var first = await browser.GetStringAsync("/app/customers");
        Assert.Contains("62 customers", first);
        Assert.Contains("Page 1 of 2", first);
        var second = await browser.GetStringAsync("/app/customers?sort=balance&q=&page=2");
        Assert.Contains("Page 2 of 2", second);
        Assert.Equal(12, second.Split("href=\"/app/customers/").Length - 1);
    }

    [Fact]
    public async Task One_customer_shows_the_khata_with_running_balance_dues_contact_and_a_whatsapp_reminder()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        Assert.Contains("Main Road", await app.SendAsync("address Ramesh 12 Main Road Pune"));
        var browser = await app.SignedInBrowserAsync();
        var page = await browser.GetStringAsync($"/app/customers/{await IdOfAsync(app, "Ramesh")}");
        Assert.Contains("Owes<b><span class=\"money\">₹300</span>", page);
        Assert.Contains(KnownBook.RameshPhone, page);
        Assert.Contains("12 Main Road Pune", page);
        Assert.Contains("#1 atta", page);
        Assert.Contains("<td class=\"num\">₹500</td><td class=\"num\"></td><td class=\"num\">₹500</td>", page); // credit, running balance ₹500
        Assert.Contains("<td class=\"num\"></td><td class=\"num\">₹200</td><td class=\"num\">₹300</td>", page); // paid, running balance ₹300
        Assert.Contains("part paid", page);
        Assert.Contains("href=\"https://wa.me/919876543210?text=", page);
        Assert.Contains("link Ramesh", page);
        Assert.Contains("/statement.pdf", page);
    }

    [Fact]
    public async Task The_statement_pdf_downloads_from_the_customers_page()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var response = await browser.GetAsync($"/app/customers/{await IdOfAsync(app, "Ramesh")}/statement.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("statement-ramesh", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task Entries_filter_by_period_kind_category_and_customer_and_page_fifty_at_a_time()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var month = await browser.GetStringAsync("/app/entries");
        Assert.Contains("4 entries", month); // Suresh's credit is back-dated into an earlier month
        Assert.DoesNotContain("Suresh", month);
        var all = await browser.GetStringAsync("/app/entries?period=all");
        Assert.Contains("5 entries", all);
        Assert.Contains("Suresh Kumar", all);

        var payments = await browser.GetStringAsync("/app/entries?period=all&kind=payment");
        Assert.Contains("1 entry, <span class=\"money\">₹200</span>", payments);
        var food = await browser.GetStringAsync("/app/entries?period=all&category=food");
        Assert.Contains("1 entry, <span class=\"money\">₹300</span>", food);
        Assert.Contains("tea", food);
        var ramesh = await browser.GetStringAsync($"/app/entries?period=all&customer={await IdOfAsync(app, "Ramesh")}");
        Assert.Contains("2 entries, <span class=\"money\">₹700</span>, all time, Ramesh only", ramesh);

        for (var i = 1; i <= 60; i++)
        {
            Assert.DoesNotContain("Sorry", await app.SendAsync($"spent {i} chai"));
        }

        var first = await browser.GetStringAsync("/app/entries?kind=expense");
        Assert.Contains("61 entries", first);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("#65", first); // newest first
        var second = await browser.GetStringAsync("/app/entries?period=this-month&kind=expense&page=2");
        Assert.Contains("Page 2 of 2", second);
        Assert.Contains("#4 ", second.Replace("</td>", " "));
        Assert.DoesNotContain("#65", second);
    }

    [Fact]
    public async Task The_filtered_entries_download_as_the_exports_excel_safe_csv()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        await app.SendAsync("add Ramesh 50 =cmd");
        var browser = await app.SignedInBrowserAsync();
        var response = await browser.GetAsync("/app/entries.csv?period=all&kind=credit");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // the BOM Excel needs
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Core.Exports.CsvExport.Header, lines[0]);
        Assert.Equal(4, lines.Length); // three credits
        Assert.All(lines[1..], l => Assert.Contains(",credit,", l));
        Assert.Contains(lines, l => l.Contains(",'=cmd,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Budgets_show_spent_left_and_pace_and_dues_their_age()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var budgets = await browser.GetStringAsync("/app/budgets");
        Assert.Contains("food", budgets);
        Assert.Contains("<span class=\"money\">₹300</span> <small>30%</small>", budgets);
        Assert.Contains("<span class=\"money\">₹700</span>", budgets); // left
        Assert.True(budgets.Contains("by month end", StringComparison.Ordinal) || budgets.Contains("from tomorrow", StringComparison.Ordinal));

        var dues = await browser.GetStringAsync("/app/dues");
        Assert.Contains("0–30 days<b><span class=\"money\">₹300</span>", dues);
        Assert.Contains("31–60 days<b><span class=\"money\">₹1,200</span>", dues);
        Assert.Contains("owed for 45 days", dues);
    }
}

/// <summary>Names and notes are shown as text, never run as markup.</summary>
public sealed class EscapingTests
{
    [Fact]
    public async Task A_customer_named_like_a_script_is_shown_as_text()
    {
        await using var app = DashboardApp.Console();
        await app.SendAsync("add Ramesh 500 <script>alert(1)</script>");
        var browser = await app.SignedInBrowserAsync();
        var id = await app.ReadAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Customers.Select(c => c.Id)));
        foreach (var page in new[] { "/app/entries", $"/app/customers/{id}" })
        {
            var html = await browser.GetStringAsync(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }
}
