using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Core.Outbox;
using KhataBot.Core.Shops;
using KhataBot.Core.Shops.Staff;
using KhataBot.Infrastructure.Data.CompiledSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhataBot.Infrastructure.Data;

public sealed class KhataDbContext(DbContextOptions<KhataDbContext> options) : DbContext(options), IKhataDb
{
    public DbSet<Shop> Shops => Set<Shop>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<BudgetAlert> BudgetAlerts => Set<BudgetAlert>();

    public DbSet<ShopCategory> ShopCategories => Set<ShopCategory>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<StaffInvite> StaffInvites => Set<StaffInvite>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedDelivery> ProcessedDeliveries => Set<ProcessedDelivery>();

    public DbSet<Core.Reminders.ReminderLogEntry> ReminderLog => Set<Core.Reminders.ReminderLogEntry>();

    public DbSet<Core.CustomerLinks.CustomerLink> CustomerLinks => Set<Core.CustomerLinks.CustomerLink>();

    public DbSet<Core.Reminders.OneOff.OneOffReminder> OneOffReminders => Set<Core.Reminders.OneOff.OneOffReminder>();

    public DbSet<Core.Reminders.Notices.MonthlyNotice> MonthlyNotices => Set<Core.Reminders.Notices.MonthlyNotice>();

    public DbSet<Core.Questions.PendingQuestion> PendingQuestions => Set<Core.Questions.PendingQuestion>();

    public DbSet<Core.Recurring.RecurringEntry> RecurringEntries => Set<Core.Recurring.RecurringEntry>();

    public DbSet<Core.Dashboard.DashboardSignIn> DashboardSignIns => Set<Core.Dashboard.DashboardSignIn>();

    public DbSet<Telegram.InactiveChat> InactiveChats => Set<Telegram.InactiveChat>();

    public DbSet<Instances.LiveInstance> LiveInstances => Set<Instances.LiveInstance>();

    /// <summary>Inside the engine's transaction, the usual few rows are written by <see cref="DirectSave"/>;
    /// anything else goes through EF's own SaveChanges.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        acceptAllChangesOnSuccess && await DirectSave.TrySaveAsync(this, CompiledSqlShelf.For(Database.GetDbConnection()), cancellationToken) is { } written
            ? written
            : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

    public Task<IDbContextTransaction> BeginBookTransactionAsync(CancellationToken cancellationToken) =>
        Database.IsNpgsql()
            ? Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken)
            : Database.BeginTransactionAsync(cancellationToken);

    public async Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken)
    {
        await Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnection(this);
    }

    /// <summary>Foreign keys get no index of their own: every index costs a page written per insert, so each
    /// table declares the ones its queries use (see the configurations).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Remove(typeof(Microsoft.EntityFrameworkCore.Metadata.Conventions.ForeignKeyIndexConvention));
        if (Database.IsNpgsql())
        {
            // timestamptz keeps the instant, not the offset, and Npgsql refuses any offset but UTC rather
            // than guess: every moment is written as its UTC instant (the shop's clock gives +05:30 ones).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KhataDbContext).Assembly);

    private sealed class OpenConnection(KhataDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
