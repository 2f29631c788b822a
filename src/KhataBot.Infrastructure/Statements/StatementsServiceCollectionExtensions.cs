using KhataBot.Core.Statements;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Infrastructure.Statements;

public static class StatementsServiceCollectionExtensions
{
    /// <summary>Customer statements as PDFs, in place of Core's "unavailable" answer.</summary>
    public static IHostApplicationBuilder AddKhataStatements(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKhataStatements();
        return builder;
    }

    /// <summary>One document for the app: it holds no state between statements.</summary>
    public static IServiceCollection AddKhataStatements(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IStatementDocument, PdfStatementDocument>());
        return services;
    }
}
