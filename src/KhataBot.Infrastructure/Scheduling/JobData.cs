namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Names in a job's data map that mean the same for every job.</summary>
public static class JobData
{
    /// <summary>The shop a job works for (as a string: job data is strings only). Its owner sees the job
    /// in the chat's `jobs`, with its errors.</summary>
    public const string ShopId = "shopId";
}
