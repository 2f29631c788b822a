using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace KhataBot.Jobs;

/// <summary>
/// Who may see the Hangfire dashboard: requests from loopback, and, when Jobs:DashboardPassword is set,
/// requests from elsewhere that give it (HTTP Basic, any user name). Docker's port mapping makes every
/// request from outside the container non-local, so there the password is how an operator opens it.
/// Everyone else gets 401 and an empty body. Unlike Hangfire's own local-requests filter, a request
/// whose remote address merely equals the server's (the host's own public address) is not local here.
/// </summary>
public sealed class DashboardAccess(string? password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
        {
            return true;
        }

        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        if (Given(http.Request.Headers.Authorization.ToString()) is { } given && SamePassword(given, password))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"KhataBot jobs\", charset=\"UTF-8\"";
        return false;
    }

    /// <summary>The password of a Basic authorization header, or null.</summary>
    private static string? Given(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = pair.IndexOf(':');
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Compared in constant time; hashed first so that not even the length is told by the timing.</summary>
    private static bool SamePassword(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
