using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Charts;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Sends one outbox message as Telegram messages: text in HTML parse mode (escaped, split at 4,096),
/// buttons under the last part, one file as a document (or photo) with the text as caption when it fits,
/// several pictures as one album. Each part is one call to Telegram and so one unit of pacing. Chart
/// pictures are drawn to PNG here, on the sender's threads, not inside the book's writer.
/// </summary>
public sealed class ReplyTransmitter(ITelegramBotClient bot, ChartPictures pictures)
{
    internal static IReadOnlyList<Func<ITelegramBotClient, CancellationToken, Task>> Parts(OutboxMessage row, IReadOnlyList<ReplyFile> files)
    {
        var chat = row.ChatId;
        var keyboard = OutboxButtons.Keyboard(row.ButtonsJson);
        var captionFits = row.Text.Length <= TelegramText.MaxCaptionLength;
        var parts = new List<Func<ITelegramBotClient, CancellationToken, Task>>();

        var textChunks = row.Text.Length == 0 ? [] : TelegramText.SplitEscaped(row.Text);
        var textGoesAlone = files.Count == 0 || !captionFits || files.Count > 1;
        if (textGoesAlone)
        {
            for (var i = 0; i < textChunks.Count; i++)
            {
                var chunk = textChunks[i];
                var markup = i == textChunks.Count - 1 && files.Count == 0 ? keyboard : null;
                parts.Add((bot, ct) => bot.SendMessage(chatId: chat, text: chunk, parseMode: ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: ct));
            }
        }

        var caption = textGoesAlone || row.Text.Length == 0 ? null : TelegramText.Caption(row.Text);
        if (files.Count == 1)
        {
            var file = files[0];
            var markup = keyboard;
            parts.Add(IsPicture(file)
                ? (bot, ct) => bot.SendPhoto(chatId: chat, photo: Input(file), caption: caption, parseMode: ParseMode.Html, replyMarkup: markup, cancellationToken: ct)
                : (Func<ITelegramBotClient, CancellationToken, Task>)((bot, ct) => bot.SendDocument(chatId: chat, document: Input(file), caption: caption, parseMode: ParseMode.Html, replyMarkup: markup, cancellationToken: ct)));
        }
        else if (files.Count > 1)
        {
            // An album holds 2-10 items of one kind: pictures together, other files together.
            foreach (var group in files.GroupBy(IsPicture))
            {
                foreach (var album in group.Chunk(10))
                {
                    var picturesOnly = group.Key;
                    parts.Add(album.Length == 1
                        ? SingleFile(chat, album[0], picturesOnly)
                        : (bot, ct) => bot.SendMediaGroup(chatId: chat, media: Album(album, picturesOnly), cancellationToken: ct) as Task);
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
            await reply.Parts[reply.PartsSent](bot, ct);
            reply.PartsSent++;
        }

        return reply.PartsSent >= reply.Parts.Count;
    }

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private static Func<ITelegramBotClient, CancellationToken, Task> SingleFile(long chat, ReplyFile file, bool picture) =>
        picture
            ? (bot, ct) => bot.SendPhoto(chatId: chat, photo: Input(file), cancellationToken: ct)
            : (Func<ITelegramBotClient, CancellationToken, Task>)((bot, ct) => bot.SendDocument(chatId: chat, document: Input(file), cancellationToken: ct));

    /// <summary>A fresh stream on every try: Telegram.Bot reads the stream it is given, so a retried part
    /// needs its own.</summary>
    private static InputFileStream Input(ReplyFile file) => InputFile.FromStream(new MemoryStream(file.Content, writable: false), file.FileName);

    private static IAlbumInputMedia[] Album(ReplyFile[] album, bool pictures) =>
        [.. album.Select(f => pictures ? (IAlbumInputMedia)new InputMediaPhoto(Input(f)) : new InputMediaDocument(Input(f)))];

    private static bool IsPicture(ReplyFile file) => file.MediaType is ChartPictures.PngMediaType or "image/jpeg";
}
