using KhataBot.Core.Audit;
using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KhataBot.Core.Abstractions;

/// <summary>The book's tables. Handlers query them directly (no repository layer); the database
/// provider lives in Infrastructure.</summary>
public interface IKhataDb
{
    DbSet<Shop> Shops { get; }

    DbSet<Customer> Customers { get; }

    DbSet<Entry> Entries { get; }

    DbSet<Budget> Budgets { get; }

    DbSet<BudgetAlert> BudgetAlerts { get; }

    DbSet<ShopCategory> ShopCategories { get; }

    DbSet<AuditRecord> AuditRecords { get; }

    DbSet<Shops.Staff.StaffMember> StaffMembers { get; }

    DbSet<Shops.Staff.StaffInvite> StaffInvites { get; }

    DbSet<Outbox.OutboxMessage> OutboxMessages { get; }

    DbSet<Outbox.ProcessedDelivery> ProcessedDeliveries { get; }

    DbSet<Reminders.ReminderLogEntry> ReminderLog { get; }

    DbSet<CustomerLinks.CustomerLink> CustomerLinks { get; }

    DbSet<Reminders.OneOff.OneOffReminder> OneOffReminders { get; }

    DbSet<Reminders.Notices.MonthlyNotice> MonthlyNotices { get; }

    DbSet<Questions.PendingQuestion> PendingQuestions { get; }

    DbSet<Recurring.RecurringEntry> RecurringEntries { get; }

    DbSet<Dashboard.DashboardSignIn> DashboardSignIns { get; }

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens the connection and keeps it open until the handle is disposed. The engine's writer
    /// holds it for its lifetime, so SQL compiled once on it serves every later message.</summary>
    Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins the engine's transaction at the isolation the provider needs for several writers: on
    /// PostgreSQL repeatable read, so a row another instance changed since this one read it fails the commit
    /// (and the batch runs again) instead of being overwritten with a stale sum; SQLite's one writer needs
    /// nothing more than its default.</summary>
    Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginBookTransactionAsync(CancellationToken cancellationToken);
}
