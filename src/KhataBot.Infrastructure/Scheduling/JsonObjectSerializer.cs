using System.Collections.Specialized;
using System.Text.Json;
using Quartz.Spi;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Quartz's serializer, on System.Text.Json (Quartz's own JSON serializer package cannot be restored here).
/// With useProperties the store only ever hands it job data as name/value strings, written as a JSON
/// object; calendars, the one other thing Quartz serializes, are not used by KhataBot.
/// </summary>
public sealed class JsonObjectSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj) where T : class
    {
        if (obj is not NameValueCollection properties)
        {
            throw Unsupported(typeof(T));
        }

        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in properties.AllKeys.OfType<string>())
        {
            values[name] = properties[name];
        }

        return JsonSerializer.SerializeToUtf8Bytes(values);
    }

    public T? DeSerialize<T>(byte[] data) where T : class
    {
        if (typeof(T) != typeof(NameValueCollection))
        {
            throw Unsupported(typeof(T));
        }

        var properties = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [])
        {
            properties[name] = value;
        }

        return (T)(object)properties;
    }

    private static NotSupportedException Unsupported(Type type) =>
        new($"KhataBot's job store keeps job data as strings only (quartz.jobStore.useProperties); it cannot store a {type.Name}.");
}
