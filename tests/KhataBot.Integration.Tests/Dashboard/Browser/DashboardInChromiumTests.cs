using KhataBot.Integration.Tests.Support;
using Microsoft.Playwright;

namespace KhataBot.Integration.Tests.Dashboard.Browser;

/// <summary>
/// The dashboard as a shopkeeper sees it: the real program in console-chat mode on a book written through
/// the chat, `dashboard` typed, the printed link opened in headless Chromium (Debian's), and every page
/// looked at on a phone and on a desktop. Screenshots go to this test's output folder (screenshots/);
/// docs/images holds copies taken from a run.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardInChromiumTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly string InTenDays = DateTime.Today.AddDays(10).ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The known book: what the pages must show for it.</summary>
    private static readonly string[] Book =
    [
        "add Ramesh 1,50,000 cement",
        "paid Ramesh 25,000",
        "phone Ramesh 9876543210",
        $"add Sunita 2,340 groceries due {InTenDays}",
        "spent 1,200 tea",
        "budget food 5000",
        "sale 2000",
    ];

    private const string OwedTotal = "₹1,27,340";
    private const string RameshBalance = "₹1,25,000";

    private readonly KhataBotProcess _files = new();
    private RunningKhataBot _bot = null!;

    public async Task InitializeAsync()
    {
        // The book follows the test pass: a SQLite file, or a PostgreSQL database of its own.
        _bot = RunningKhataBot.StartOn(_files);
        var before = _bot.Output.Length;
        await _bot.SayAsync(Book);
        // The last message's reply: the whole book is written before anyone looks.
        await _bot.WaitForAsync(new System.Text.RegularExpressions.Regex(@"#5\b"), TimeSpan.FromSeconds(60), before);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _files.Dispose();
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 800)]
    public async Task Every_page_opens_from_the_chat_link_with_the_books_figures_and_no_errors(string size, int width, int height)
    {
        var link = await _bot.AskForSignInLinkAsync();
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);

        await page.GotoAsync(link.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the dashboard" }).ClickAsync();
        await page.WaitForURLAsync("**/app/overview");

        var overview = await ShowAsync(page, size, "overview", null);
        Assert.Contains(OwedTotal, overview);
        Assert.Contains("₹1,52,340", overview); // this month's credit: 1,50,000 + 2,340
        Assert.Contains("₹25,000", overview);

        var search = await ShowAsync(page, size, "customers", "/app/customers?q=ram");
        Assert.Contains("Ramesh", search);
        Assert.Contains(RameshBalance, search);
        Assert.DoesNotContain("Sunita", search);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ramesh", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app/customers/*");
        var customer = await ShowAsync(page, size, "customer", null);
        Assert.Contains(RameshBalance, customer);
        Assert.Contains("9876543210", customer);
        Assert.Contains("cement", customer);

        var credits = await ShowAsync(page, size, "entries", "/app/entries?kind=credit");
        Assert.Contains("cement", credits);
        Assert.Contains("groceries", credits);
        Assert.DoesNotContain("tea", await page.Locator("table").InnerTextAsync());

        var budgets = await ShowAsync(page, size, "budgets", "/app/budgets");
        Assert.Contains("food", budgets);
        Assert.Contains("₹5,000", budgets);

        var dues = await ShowAsync(page, size, "dues", "/app/dues");
        Assert.Contains("Sunita", dues);
        Assert.Contains("₹2,340", dues);

        var add = await ShowAsync(page, size, "add", "/app/add");
        Assert.Contains("Ramesh", await page.Locator("datalist#customer-names").InnerHTMLAsync());
        Assert.True(await page.Locator("form button[type=submit]").CountAsync() >= 3, add);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Opens the page (or stays on it), waits until it and its images have loaded, checks it fits the
    /// screen's width, saves a screenshot and returns the text a person reads.</summary>
    private static async Task<string> ShowAsync(IPage page, string size, string name, string? path)
    {
        if (path is not null)
        {
            var response = await page.GotoAsync(path.StartsWith('/') ? new Uri(new Uri(page.Url), path).ToString() : path);
            Assert.Equal(200, response!.Status);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            var problems = Problems(page);
            // The innermost elements that stick out, to say what to fix.
            var wide = await page.EvaluateAsync<string>("""
                [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().left + e.scrollWidth > document.documentElement.clientWidth
                  && ![...e.children].some(c => c.getBoundingClientRect().left + c.scrollWidth > document.documentElement.clientWidth))
                  .slice(0, 3).map(e => e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 30) + '"').join(', ')
                """);
            lock (problems) problems.Add($"{name} at {size} size is {overflow} px wider than the screen: the page scrolls sideways ({wide}).");
        }
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = size == "phone" ? $"dashboard-{name}.png" : $"dashboard-{name}-{size}.png";
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), FullPage = true });
        return await page.Locator("body").InnerTextAsync();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Watched = new();

    private static List<string> Problems(IPage page) => Watched.GetOrCreateValue(page);

    /// <summary>Everything that would show a person (or their browser's console) that the page is broken.</summary>
    private static List<string> WatchForProblems(IPage page)
    {
        var problems = Watched.GetOrCreateValue(page);
        page.Console += (_, message) => { if (message.Type == "error") lock (problems) problems.Add($"console error on {page.Url}: {message.Text}"); };
        page.PageError += (_, error) => { lock (problems) problems.Add($"script error on {page.Url}: {error}"); };
        page.RequestFailed += (_, request) => { lock (problems) problems.Add($"request failed: {request.Method} {request.Url} ({request.Failure})"); };
        page.Response += (_, response) => { if (response.Status >= 400) lock (problems) problems.Add($"{response.Status} for {response.Url}"); };
        return problems;
    }
}
