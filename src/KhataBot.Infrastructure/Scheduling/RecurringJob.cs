using Quartz;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>A job that runs every <paramref name="Interval"/> for as long as the bot runs, registered in DI
/// and put in the store at start. After downtime it runs once at once, then keeps its interval.</summary>
public sealed record RecurringJob(JobKey Key, Type JobType, TimeSpan Interval, string Description)
{
    public IJobDetail Detail() => JobBuilder.Create(JobType).WithIdentity(Key).WithDescription(Description).StoreDurably().Build();

    public ITrigger Trigger() => TriggerBuilder.Create()
        .WithIdentity(Key.Name, Key.Group)
        .ForJob(Key)
        .StartNow()
        .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever().WithMisfireHandlingInstructionNowWithExistingCount())
        .Build();
}
