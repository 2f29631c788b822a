using KhataBot.Core.Statements;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Infrastructure.Statements;

public static class StatementsServiceCollectionExtensions
{
    /// <summary>Customer statements as PDFs (settings under "Statements"), in place of Core's "unavailable" answer.</summary>
    public static IHostApplicationBuilder AddKhataStatements(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StatementOptions>().BindConfiguration("Statements");
        builder.Services.AddKhataStatements();
        return builder;
    }

    /// <param name="pdfSharpLicense">Sets <see cref="StatementOptions.PdfSharpLicense"/> where there is no configuration (tests).</param>
    public static IServiceCollection AddKhataStatements(this IServiceCollection services, string? pdfSharpLicense = null)
    {
        if (pdfSharpLicense is not null)
        {
            services.Configure<StatementOptions>(options => options.PdfSharpLicense = pdfSharpLicense);
        }

        // One for the app: it holds no state between statements.
        services.Replace(ServiceDescriptor.Singleton<IStatementDocument, PdfStatementDocument>());
        return services;
    }
}
