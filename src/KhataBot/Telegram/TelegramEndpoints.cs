using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Infrastructure.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Telegram;

/// <summary>The HTTP side of the Telegram host: the webhook (Telegram:Mode=Webhook) and /healthz.</summary>
public static class TelegramEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static WebApplication MapTelegramEndpoints(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.Mode == TelegramMode.Webhook)
        {
            app.MapPost(options.WebhookPath, ReceiveAsync);
        }

        app.MapGet("/healthz", HealthAsync);
        return app;
    }

    /// <summary>How long a webhook post waits for its update to be committed before it answers 503 and lets
    /// Telegram post it again (the work goes on meanwhile; the repeat waits for the same work).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    /// <summary>Answers 200 once the update is committed to the book (or recognised as seen before, or its chat
    /// told it was not saved), so Telegram retries anything that did not land: 503 while the book cannot be
    /// written, 500 when even the chat could not be told. A request without the secret changes nothing.</summary>
    private static async Task<IResult> ReceiveAsync(HttpRequest request, UpdateRouter router, TelegramHealth health, IOptions<TelegramOptions> options,
        IHostApplicationLifetime lifetime, ILogger<UpdateRouter> logger, TimeProvider time, CancellationToken ct)
    {
        if (!HasSecret(request, options.Value.SecretToken))
        {
            return Results.Unauthorized();
        }

        JsonElement json;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        health.Contacted();
        // One we cannot read is logged by id and taken (200): Telegram would otherwise post it, and hold
        // every update behind it, for a day.
        if (UpdateReader.Read(json, logger, out _) is not { } update)
        {
            return Results.Ok();
        }

        // Not bound to this request: the update is handled to the end even after we answered 503.
        var work = router.HandleAsync(update, lifetime.ApplicationStopping);
        if (await Task.WhenAny(work, Task.Delay(LongestWait, time, ct)) != work)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            await work;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Update {UpdateId} was neither saved nor could its chat be told; Telegram will post it again", update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        return Results.Ok();
    }

    private static bool HasSecret(HttpRequest request, string? secret)
    {
        if (secret is null || !request.Headers.TryGetValue(SecretHeader, out var given) || given.Count != 1)
        {
            return false;
        }

        // Constant time, so the secret cannot be guessed a character at a time from response times.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[0] ?? ""), Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Whether the database answers, which provider it is, and which instance answered: behind a
    /// proxy with several instances, the name says which one is unwell.</summary>
    private static async Task<IResult> HealthAsync(KhataDbContext db, TelegramHealth health, InstanceRoster roster, CancellationToken ct)
    {
        var database = await db.Database.CanConnectAsync(ct);
        var body = new
        {
            status = database ? "ok" : "unhealthy",
            database = database ? "ok" : "unreachable",
            databaseProvider = DatabaseProviderName(db),
            instance = roster.Me,
            instances = roster.Count,
            telegramLastContact = health.LastContact,
        };
        return Results.Json(body, statusCode: database ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>"Sqlite" or "Postgres", as Database:Provider names them.</summary>
    private static string DatabaseProviderName(KhataDbContext db) =>
        db.Database.ProviderName switch
        {
            { } name when name.Contains("Npgsql", StringComparison.Ordinal) => "Postgres",
            { } name when name.Contains("Sqlite", StringComparison.Ordinal) => "Sqlite",
            var other => other ?? "unknown",
        };
}
