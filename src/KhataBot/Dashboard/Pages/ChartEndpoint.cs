using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Queries;
using KhataBot.Infrastructure.Charts;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/charts/{name}.png: the very pictures `report` (credit-and-payments, expenses, budgets) and
/// `top dues` (dues-by-age) send, drawn by their own handlers for the viewer's shop.</summary>
public static class ChartEndpoint
{
    public static async Task<IResult> DrawAsync(string name, HttpContext context, Viewer viewer, IServiceProvider services, TimeProvider time, ChartPictures pictures)
    {
        var now = time.GetUtcNow();
        var today = ShopClock.Today(viewer.Shop, now);
        var command = new CommandContext(viewer.Shop, viewer.Name, today, now) { ByUserId = viewer.UserId };
        Reply reply;
        if (name == "dues-by-age")
        {
            reply = await services.GetRequiredService<ICommandHandler<ShowTopDues>>().HandleAsync(new ShowTopDues(), command, context.RequestAborted);
        }
        else
        {
            var period = PeriodChoice.From(context.Request.Query, today);
            reply = await services.GetRequiredService<ICommandHandler<ShowReport>>().HandleAsync(new ShowReport(period.Range, period.Label), command, context.RequestAborted);
        }

        var file = pictures.AsShown(reply.Files).FirstOrDefault(f => f.FileName == name + ".png");
        return file is null ? Results.NotFound() : Results.File(file.Content, file.MediaType);
    }
}
