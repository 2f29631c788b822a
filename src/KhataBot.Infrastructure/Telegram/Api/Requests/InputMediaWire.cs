namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>One album item as sendMediaGroup's <c>media</c> field describes it; <see cref="Media"/> is
/// "attach://part" naming the multipart part that carries the bytes.</summary>
internal sealed record InputMediaWire(string Type, string Media, string? Caption, string? ParseMode);
