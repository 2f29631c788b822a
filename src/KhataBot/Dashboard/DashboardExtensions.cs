using KhataBot.Core.Dashboard;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Pages;
using KhataBot.Dashboard.Writing;
using KhataBot.Infrastructure.Telegram;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhataBot.Dashboard;

/// <summary>The shop's dashboard (docs/decisions/0017): server-rendered pages under /app on the host's own
/// Kestrel, a session cookie set by Telegram's signed initData or a one-time link, antiforgery on every POST.</summary>
public static class DashboardExtensions
{
    public static WebApplicationBuilder AddKhataDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section)
            .Validate(o => { o.SiteUrl(); return true; })
            .ValidateOnStart();
        var https = Uri.TryCreate(builder.Configuration[$"{WebOptions.Section}:PublicUrl"], UriKind.Absolute, out var site) && site.Scheme == Uri.UriSchemeHttps;
        // Secure when the page is served over HTTPS: always behind Web:PublicUrl (TLS may end at a proxy), else as the request came.
        var secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.AddAuthentication(SignInEndpoints.Scheme).AddCookie(SignInEndpoints.Scheme, cookie =>
        {
            cookie.Cookie.Name = "khata-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.Path = DashboardGate.Prefix;
            cookie.SlidingExpiration = false;
            // A page without a session answers 401 itself (DashboardGate); never a redirect to a login page.
            cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            cookie.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "khata-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.Path = DashboardGate.Prefix;
            antiforgery.FormFieldName = "__khata_form";
        });
        builder.Services.Replace(builder.Configuration.HasTelegramBot()
            ? ServiceDescriptor.Singleton<IDashboardDoor, TelegramDashboardDoor>()
            : ServiceDescriptor.Singleton<IDashboardDoor, ConsoleDashboardDoor>());
        return builder;
    }

    public static WebApplication MapKhataDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use((context, next) => DashboardGate.InvokeAsync(context, next));

        var pages = app.MapGroup(DashboardGate.Prefix);
        pages.MapGet("/app.css", () => Results.Text(Assets.Css, "text/css; charset=utf-8")).WithMetadata(new OpenToAll());
        pages.MapGet("/app.js", () => Results.Text(Assets.Script, "text/javascript; charset=utf-8")).WithMetadata(new OpenToAll());
        SignInEndpoints.Map(pages);

        pages.MapGet("/overview", OverviewPage.ShowAsync);
        pages.MapGet("/customers", CustomersPage.ShowAsync);
        pages.MapGet("/customers/{id:long}", CustomerPage.ShowAsync).WithMetadata(new OpenToCustomer());
        pages.MapGet("/customers/{id:long}/statement.pdf", CustomerPage.StatementAsync).WithMetadata(new OpenToCustomer());
        pages.MapGet("/entries", EntriesPage.ShowAsync);
        pages.MapGet("/entries.csv", EntriesPage.CsvAsync).WithMetadata(new OwnerOnly());
        pages.MapGet("/budgets", BudgetsPage.ShowAsync);
        pages.MapGet("/dues", DuesPage.ShowAsync);
        pages.MapGet("/charts/{name}.png", ChartEndpoint.DrawAsync);
        pages.MapGet("/add", AddPage.ShowAsync);

        pages.MapPost("/add/credit", WriteEndpoints.CreditAsync);
        pages.MapPost("/add/payment", WriteEndpoints.PaymentAsync);
        pages.MapPost("/add/expense", WriteEndpoints.ExpenseAsync);
        pages.MapPost("/dues/{number:int}/paid", WriteEndpoints.PayDueAsync);
        return app;
    }
}
