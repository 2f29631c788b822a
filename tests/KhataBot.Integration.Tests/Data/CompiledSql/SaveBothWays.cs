using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>
/// The two ways KhataDbContext.SaveChangesAsync writes: DirectSave (inside a transaction on a kept-open
/// connection with auto-savepoints off, as the engine's writer saves) and EF's own SaveChanges. EF raises SavingChanges only on its
/// own path, which tells the two apart: a test that meant DirectSave must not pass on EF's path by accident.
/// </summary>
internal static class SaveBothWays
{
    /// <param name="afterSave">Looks at the context after the save, before the commit.</param>
    public static async Task<T> DirectAsync<T>(ScratchBook book, Func<KhataDbContext, Task<T>> change, Action<KhataDbContext>? afterSave = null)
    {
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        // As the engine's writer: it takes the whole transaction back when a save fails.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var made = await change(db);
        Assert.False(await SavedByEfAsync(db), "Expected DirectSave to write this, but EF's SaveChanges did.");
        afterSave?.Invoke(db);
        await transaction.CommitAsync();
        return made;
    }

    public static async Task<T> ThroughEfAsync<T>(ScratchBook book, Func<KhataDbContext, Task<T>> change)
    {
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var made = await change(db);
        Assert.True(await SavedByEfAsync(db), "Expected EF's SaveChanges to write this.");
        return made;
    }

    /// <summary>Saves the context's changes; true when EF's own SaveChanges did it.</summary>
    public static async Task<bool> SavedByEfAsync(KhataDbContext db)
    {
        var byEf = false;
        EventHandler<SavingChangesEventArgs> saving = (_, _) => byEf = true;
        // The context comes from a pool: the handler must not outlive this save.
        db.SavingChanges += saving;
        try
        {
            await db.SaveChangesAsync();
        }
        finally
        {
            db.SavingChanges -= saving;
        }

        return byEf;
    }
}
