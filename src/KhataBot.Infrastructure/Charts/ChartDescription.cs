using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KhataBot.Core.Reports.Pictures;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// What a chart shows, as the reply and the outbox carry it: Core's figures and the colours each category got
/// in this reply, as JSON. Writing it takes microseconds inside the book's one writer; drawing it takes tens
/// of milliseconds, so that is left to the transport (<see cref="ChartPictures"/>), after the commit.
/// </summary>
public sealed record ChartDescription(ReportPicture Picture, IReadOnlyDictionary<string, string> Colours)
{
    public const string MediaType = "application/vnd.khatabot.chart+json";

    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KindsOfPicture } },
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ChartDescription FromJson(byte[] json) =>
        JsonSerializer.Deserialize<ChartDescription>(json, Json) ?? throw new JsonException("An empty chart description.");

    /// <summary>Core's picture records stay free of serializer attributes; their kinds are named here.</summary>
    private static void KindsOfPicture(JsonTypeInfo info)
    {
        if (info.Type != typeof(ReportPicture)) return;
        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "kind",
            DerivedTypes =
            {
                new JsonDerivedType(typeof(FlowPicture), "flow"),
                new JsonDerivedType(typeof(SharesPicture), "shares"),
                new JsonDerivedType(typeof(BudgetsPicture), "budgets"),
                new JsonDerivedType(typeof(AmountsPicture), "amounts"),
                new JsonDerivedType(typeof(AgedDuesPicture), "aged-dues"),
            },
        };
    }
}
