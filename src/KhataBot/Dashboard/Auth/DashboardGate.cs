using KhataBot.Infrastructure.Data;
using Microsoft.AspNetCore.Antiforgery;

namespace KhataBot.Dashboard.Auth;

/// <summary>Marks a route anyone may open (the sign-in pages, the script and style).</summary>
public sealed class OpenToAll;

/// <summary>Marks a route a linked customer may open too (his own khata; the handler checks it is his).</summary>
public sealed class OpenToCustomer;

/// <summary>Marks a route only the shop's owner may open (the book's CSV: exports are the owner's in the chat too).</summary>
public sealed class OwnerOnly;

/// <summary>
/// In front of every dashboard route, so none can forget it: a POST without a valid antiforgery token is
/// refused (400); a route not marked <see cref="OpenToAll"/> needs a session the book still agrees with
/// (401 and nothing else); a customer gets only routes marked <see cref="OpenToCustomer"/> and staff none
/// marked <see cref="OwnerOnly"/> (403).
/// </summary>
public static class DashboardGate
{
    public const string Prefix = "/app";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix) || context.GetEndpoint() is not { } endpoint)
        {
            await next();
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self' https://telegram.org; img-src 'self' data:; style-src 'self'; form-action 'self'; base-uri 'none'";

        if (HttpMethods.IsPost(context.Request.Method)
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("The form was missing its security token, so nothing was changed. Open the page again and send it from there.");
            return;
        }

        if (endpoint.Metadata.GetMetadata<OpenToAll>() is not null)
        {
            await next();
            return;
        }

        var viewer = context.User.Identity?.IsAuthenticated == true
            ? await ViewerLookup.ForPrincipalAsync(context.RequestServices.GetRequiredService<KhataDbContext>(), context.User, context.RequestAborted)
            : null;
        if (viewer is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("Not signed in. Open the dashboard from the bot's menu in Telegram, or type dashboard in the chat for a sign-in link.");
            return;
        }

        var refused = (viewer.Role, endpoint.Metadata.GetMetadata<OpenToCustomer>(), endpoint.Metadata.GetMetadata<OwnerOnly>()) switch
        {
            (ViewerRole.Customer, null, _) => true,
            (not ViewerRole.Owner, _, not null) => true,
            _ => false,
        };
        if (refused)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Only the shop owner can see this.");
            return;
        }

        context.Items[typeof(Viewer)] = viewer;
        await next();
    }
}
