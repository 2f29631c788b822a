namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>A chart could not be turned into pixels; the caller answers with text instead.</summary>
public sealed class ChartRenderingException(string message) : Exception(message);
