namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A file to upload: the bytes and the name the user will see (and that picks the icon, e.g. ".csv").</summary>
public sealed record InputFile(string FileName, ReadOnlyMemory<byte> Content);
