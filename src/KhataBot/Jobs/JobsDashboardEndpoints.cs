using Hangfire;
using KhataBot.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace KhataBot.Jobs;

public static class JobsDashboardEndpoints
{
    public const string Path = "/jobs";

    /// <summary>Hangfire's dashboard at /jobs on the host's own Kestrel (see <see cref="DashboardAccess"/> for
    /// who may see it), unless Jobs:Dashboard is false.</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        if (options.Dashboard)
        {
            app.MapHangfireDashboard(Path, new DashboardOptions
            {
                Authorization = [new DashboardAccess(options.DashboardPassword)],
                DashboardTitle = "KhataBot jobs",
                // Links back to "/" would lead to the webhook's host, which shows nothing.
                AppPath = null,
            }, app.Services.GetRequiredService<JobStorage>());
        }

        return app;
    }
}
