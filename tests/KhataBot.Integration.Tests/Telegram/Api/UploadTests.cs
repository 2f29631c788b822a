using System.Text;
using System.Text.Json;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Integration.Tests.Telegram.Api;

/// <summary>Photos, documents and albums go up as multipart/form-data, the only way Telegram takes new files.</summary>
public sealed class UploadTests
{
    private const string SentMessage = """{"message_id":7,"chat":{"id":42,"type":"private"},"date":1700000000}""";

    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("date,name,amount\n2026-11-21,Ramesh,500\n");

    [Fact]
    public async Task Send_document_uploads_the_bytes_and_name_with_the_keyboard_as_a_json_text_field()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendDocument", SentMessage);
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallback("Share", "share:csv")]]);

        var sent = await telegram.Client().SendDocumentAsync(
            6097692400, new InputFile("khata-2026-11.csv", Csv), "<b>November</b>", ParseMode.Html, keyboard);

        var call = telegram.Single("sendDocument");
        Assert.StartsWith("multipart/form-data", call.ContentType);
        Assert.Equal("6097692400", call.Fields["chat_id"]);
        Assert.Equal("<b>November</b>", call.Fields["caption"]);
        Assert.Equal("HTML", call.Fields["parse_mode"]);
        using var markup = JsonDocument.Parse(call.Fields["reply_markup"]);
        Assert.Equal("share:csv", markup.RootElement.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        var file = Assert.Single(call.Files);
        Assert.Equal("document", file.Name);
        Assert.Equal("khata-2026-11.csv", file.FileName);
        Assert.Equal(Csv, file.Content);
        Assert.Equal(7, sent.MessageId);
    }

    [Fact]
    public async Task Send_photo_without_extras_sends_only_the_chat_and_the_file()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendPhoto", SentMessage);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 255];

        await telegram.Client().SendPhotoAsync(42, new InputFile("chart.png", png));

        var call = telegram.Single("sendPhoto");
        Assert.Equal(["chat_id"], call.Fields.Keys);
        var file = Assert.Single(call.Files);
        Assert.Equal("photo", file.Name);
        Assert.Equal(png, file.Content);
    }

    [Fact]
    public async Task A_hindi_file_name_arrives_as_written()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendDocument", SentMessage);

        await telegram.Client().SendDocumentAsync(42, new InputFile("खाता नवंबर.csv", Csv), caption: "नवंबर का खाता");

        var call = telegram.Single("sendDocument");
        Assert.Equal("खाता नवंबर.csv", Assert.Single(call.Files).FileName);
        Assert.Equal("नवंबर का खाता", call.Fields["caption"]);
        // Telegram expects the name as raw UTF-8 inside filename="...", not in the encoded forms.
        var raw = Encoding.UTF8.GetString(call.RawBody);
        Assert.Contains("filename=\"खाता नवंबर.csv\"", raw);
        Assert.DoesNotContain("filename*=", raw);
    }

    [Fact]
    public async Task Send_media_group_points_each_item_at_its_own_uploaded_part()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendMediaGroup", $"[{SentMessage},{SentMessage},{SentMessage}]");
        byte[][] images = [[1, 1, 1], [2, 2], [3]];

        var sent = await telegram.Client().SendMediaGroupAsync(42,
        [
            InputMedia.Photo(new InputFile("spending.png", images[0]), "November"),
            InputMedia.Photo(new InputFile("dues.png", images[1])),
            InputMedia.Photo(new InputFile("budget.png", images[2])),
        ]);

        var call = telegram.Single("sendMediaGroup");
        Assert.Equal("42", call.Fields["chat_id"]);
        using var media = JsonDocument.Parse(call.Fields["media"]);
        var items = media.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(3, call.Files.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal("photo", items[i].GetProperty("type").GetString());
            var reference = items[i].GetProperty("media").GetString()!;
            Assert.StartsWith("attach://", reference);
            var part = Assert.Single(call.Files, f => f.Name == reference["attach://".Length..]);
            Assert.Equal(images[i], part.Content);
        }
        Assert.Equal("November", items[0].GetProperty("caption").GetString());
        Assert.False(items[1].TryGetProperty("caption", out _));
        Assert.Equal(["spending.png", "dues.png", "budget.png"], call.Files.Select(f => f.FileName));
        Assert.Equal(3, sent.Count);
    }

    [Fact]
    public async Task Albums_telegram_would_refuse_are_refused_before_anything_is_sent()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        var api = telegram.Client();
        var photo = InputMedia.Photo(new InputFile("a.png", new byte[] { 1 }));
        var document = InputMedia.Document(new InputFile("a.csv", Csv));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => api.SendMediaGroupAsync(42, [photo]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => api.SendMediaGroupAsync(42, Enumerable.Repeat(photo, 11).ToList()));
        await Assert.ThrowsAsync<ArgumentException>(() => api.SendMediaGroupAsync(42, [photo, document]));

        Assert.Empty(telegram.Calls);
    }
}
