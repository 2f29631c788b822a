using KhataBot.Dashboard.Auth;
using Microsoft.AspNetCore.Antiforgery;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Html;

/// <summary>The frame around every page: the shop's name, the page links, and the script and style files.</summary>
public static class Layout
{
    private static readonly (string Path, string Label)[] Pages =
    [
        ("/app/overview", "Overview"),
        ("/app/customers", "Customers"),
        ("/app/entries", "Entries"),
        ("/app/budgets", "Budgets"),
        ("/app/dues", "Dues"),
        ("/app/add", "Add"),
    ];

    public static IResult Page(string title, Viewer? viewer, Html body, string? current = null, int status = StatusCodes.Status200OK) =>
        new HtmlPage(title, viewer, body, current, status);

    /// <summary>A page rendered when it is sent, so the frame can carry a form token (the sign-out button).</summary>
    private sealed record HtmlPage(string Title, Viewer? Viewer, Html Body, string? Current, int Status) : IResult
    {
        public Task ExecuteAsync(HttpContext context) => Render(context, Title, Viewer, Body, Current, Status).ExecuteAsync(context);
    }

    private static IResult Render(HttpContext context, string title, Viewer? viewer, Html body, string? current, int status)
    {
        var nav = viewer is null || viewer.IsCustomer
            ? Empty
            : H($"<nav>{Pages.Select(p => H($"<a href=\"{p.Path}\"{(p.Path == current ? H($" aria-current=\"page\"") : Empty)}>{p.Label}</a>"))}</nav>");
        var shop = viewer is null ? "KhataBot" : viewer.Shop.Name;
        var signOut = viewer is null
            ? Empty
            : H($" <form class=\"inline signout\" method=\"post\" action=\"/app/signout\">{Antiforgery(context)}<button type=\"submit\">Sign out</button></form>");
        var page = H($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{title} · {shop}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/app/app.css">
            <script src="/app/app.js" defer></script>
            </head>
            <body>
            <header><strong>{shop}</strong>{signOut}{nav}</header>
            <main>
            <h1>{title}</h1>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(page.Value, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The hidden antiforgery field every form carries; the gate refuses a POST without it.</summary>
    public static Html Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return H($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>"1 entry", "2 entries": a card with one of something says so in the singular.</summary>
    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {many}";

    public static Html Money(long paise) => H($"<span class=\"money\">{Core.Money.IndianMoney.FormatPaise(paise)}</span>");
}
