using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Sends one outbox message as Telegram messages: text in HTML parse mode (escaped, split at 4,096),
/// buttons under the last part, one file as a document (or photo) with the text as caption when it fits,
/// several pictures as one album. Each part is one call to Telegram and so one unit of pacing. Chart
/// pictures are drawn to PNG here, on the sender's threads, not inside the book's writer.
/// </summary>
public sealed class ReplyTransmitter(IBotApi api, ChartPictures pictures)
{
    internal static IReadOnlyList<Func<IBotApi, CancellationToken, Task>> Parts(OutboxMessage row, IReadOnlyList<ReplyFile> files)
    {
        var chat = row.ChatId;
        var keyboard = OutboxButtons.Keyboard(row.ButtonsJson);
        var captionFits = row.Text.Length <= TelegramText.MaxCaptionLength;
        var parts = new List<Func<IBotApi, CancellationToken, Task>>();

        var textChunks = row.Text.Length == 0 ? [] : TelegramText.SplitEscaped(row.Text);
        var textGoesAlone = files.Count == 0 || !captionFits || files.Count > 1;
        if (textGoesAlone)
        {
            for (var i = 0; i < textChunks.Count; i++)
            {
                var chunk = textChunks[i];
                var markup = i == textChunks.Count - 1 && files.Count == 0 ? keyboard : null;
                parts.Add((bot, ct) => bot.SendMessageAsync(chat, chunk, ParseMode.Html, markup, disableLinkPreview: true, cancellationToken: ct));
            }
        }

        var caption = textGoesAlone || row.Text.Length == 0 ? null : TelegramText.Caption(row.Text);
        if (files.Count == 1)
        {
            var file = files[0];
            var input = new InputFile(file.FileName, file.Content);
            var markup = keyboard;
            parts.Add(IsPicture(file)
                ? (bot, ct) => bot.SendPhotoAsync(chat, input, caption, ParseMode.Html, markup, ct)
                : (bot, ct) => bot.SendDocumentAsync(chat, input, caption, ParseMode.Html, markup, ct));
        }
        else if (files.Count > 1)
        {
            // An album holds 2-10 items of one kind: pictures together, other files together.
            foreach (var group in files.GroupBy(IsPicture))
            {
                foreach (var album in group.Chunk(10))
                {
                    var media = album.Select(f => group.Key
                        ? InputMedia.Photo(new InputFile(f.FileName, f.Content))
                        : InputMedia.Document(new InputFile(f.FileName, f.Content))).ToList();
                    parts.Add(media.Count == 1
                        ? SingleFile(chat, album[0], group.Key)
                        : (bot, ct) => bot.SendMediaGroupAsync(chat, media, ct));
                }
            }
        }

        return parts;
    }

    /// <summary>Sends the next part not yet sent; true when the whole reply is out.</summary>
    internal async Task<bool> SendNextPartAsync(PendingReply reply, CancellationToken ct)
    {
        reply.Parts ??= Parts(reply.Row, pictures.AsShown([.. reply.Row.Files.Select(f => new ReplyFile(f.FileName, f.MediaType, f.Content))]));
        if (reply.PartsSent < reply.Parts.Count)
        {
            await reply.Parts[reply.PartsSent](api, ct);
            reply.PartsSent++;
        }

        return reply.PartsSent >= reply.Parts.Count;
    }

    private static Func<IBotApi, CancellationToken, Task> SingleFile(long chat, ReplyFile file, bool picture)
    {
        var input = new InputFile(file.FileName, file.Content);
        return picture
            ? (bot, ct) => bot.SendPhotoAsync(chat, input, cancellationToken: ct)
            : (bot, ct) => bot.SendDocumentAsync(chat, input, cancellationToken: ct);
    }

    private static bool IsPicture(ReplyFile file) => file.MediaType is ChartPictures.PngMediaType or "image/jpeg";
}
