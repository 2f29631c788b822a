using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>Uploads as multipart/form-data, the way exports and charts leave the bot.</summary>
public sealed class FileTests : StandInTests
{
    [Fact]
    public async Task A_multipart_document_is_recorded_with_its_bytes()
    {
        var csv = Encoding.UTF8.GetBytes("date,customer,amount\n2026-11-21,Suresh,500\n");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Ramesh.ToString()), "chat_id" },
            { new StringContent("Khata for <b>November</b>"), "caption" },
            { new StringContent("HTML"), "parse_mode" },
            { File(csv, "text/csv"), "document", "khata-2026-11.csv" },
        };

        var answer = await Api.SendAsync("sendDocument", form);

        Assert.True(answer.Ok, answer.Description);
        Assert.Equal("khata-2026-11.csv", answer.Result["document"]!["file_name"]!.GetValue<string>());
        Assert.Equal("Khata for November", answer.Result["caption"]!.GetValue<string>());
        var sent = Assert.Single(StandIn.SentTo(Ramesh));
        Assert.Equal(SentKind.Document, sent.Kind);
        var file = Assert.Single(sent.Files);
        Assert.Equal(("document", "khata-2026-11.csv", "text/csv"), (file.FieldName, file.FileName, file.ContentType));
        Assert.Equal(csv, file.Bytes);
    }

    [Fact]
    public async Task A_caption_over_1024_characters_is_refused()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Ramesh.ToString()), "chat_id" },
            { new StringContent(new string('x', 1025)), "caption" },
            { File(Png, "image/png"), "photo", "chart.png" },
        };

        var answer = await Api.SendAsync("sendPhoto", form);

        Assert.Equal("Bad Request: message caption is too long", answer.Description);
        Assert.Empty(StandIn.SentTo(Ramesh));
    }

    [Fact]
    public async Task A_media_group_takes_its_files_from_attach_parts()
    {
        var media = new JsonArray(
            new JsonObject { ["type"] = "photo", ["media"] = "attach://week", ["caption"] = "This week" },
            new JsonObject { ["type"] = "photo", ["media"] = "attach://month" });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Ramesh.ToString()), "chat_id" },
            { new StringContent(media.ToJsonString()), "media" },
            { File(Png, "image/png"), "week", "week.png" },
            { File(Png, "image/png"), "month", "month.png" },
        };

        var answer = await Api.SendAsync("sendMediaGroup", form);

        Assert.True(answer.Ok, answer.Description);
        Assert.Equal(2, answer.Result.AsArray().Count);
        var sent = Assert.Single(StandIn.SentTo(Ramesh));
        Assert.Equal(SentKind.MediaGroup, sent.Kind);
        Assert.Equal(["week.png", "month.png"], sent.Files.Select(file => file.FileName));
        Assert.Equal("This week", sent.PlainText);
    }

    [Fact]
    public async Task A_photo_that_is_not_a_picture_telegram_can_decode_is_refused()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Ramesh.ToString()), "chat_id" },
            { File("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "image/svg+xml"), "photo", "chart.svg" },
        };

        var answer = await Api.SendAsync("sendPhoto", form);

        Assert.Equal("Bad Request: IMAGE_PROCESS_FAILED", answer.Description);
        Assert.Empty(StandIn.SentTo(Ramesh));
    }

    /// <summary>The start of a PNG: the stand-in, like Telegram, takes photos only in formats it decodes.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
