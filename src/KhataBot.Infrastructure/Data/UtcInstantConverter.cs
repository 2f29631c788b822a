using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KhataBot.Infrastructure.Data;

/// <summary>A moment as its UTC instant: the same point in time, offset 0, which is all timestamptz
/// stores. Read back, a moment is in UTC; the shop's clock turns it into local time where it is shown.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
