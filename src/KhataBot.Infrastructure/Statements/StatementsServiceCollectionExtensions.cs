using KhataBot.Core.Statements;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        services.AddOptions<StatementOptions>();
        if (pdfSharpLicense is not null)
        {
            services.Configure<StatementOptions>(options => options.PdfSharpLicense = pdfSharpLicense);
        }

        // Singletons: neither document holds state between statements. Only the chosen one is ever built, so
        // only its own problem is logged: a default install says nothing about a missing PDFsharp licence.
        services.TryAddSingleton(_ => CairoPdfSupport.Probe());
        services.TryAddSingleton<CairoStatementDocument>();
        services.TryAddSingleton<PdfStatementDocument>();
        services.Replace(ServiceDescriptor.Singleton<IStatementDocument>(Choose));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StatementDocumentCheck>());
        return services;
    }

    /// <summary>PDFsharp only where the operator chose it by giving its licence; otherwise cairo, which needs none.
    /// A licence that PDFsharp refuses does not quietly fall back to cairo: the operator asked for PDFsharp,
    /// and the start-up log says why it cannot be used (<see cref="StatementDocumentCheck"/>).</summary>
    private static IStatementDocument Choose(IServiceProvider services) =>
        string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<StatementOptions>>().Value.PdfSharpLicense)
            ? services.GetRequiredService<CairoStatementDocument>()
            : services.GetRequiredService<PdfStatementDocument>();
}
