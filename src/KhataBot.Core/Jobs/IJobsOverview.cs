namespace KhataBot.Core.Jobs;

/// <summary>What the scheduler holds, as the book may show it. The scheduler itself lives in Infrastructure.</summary>
public interface IJobsOverview
{
    Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>Where no scheduler runs (tests of the book alone): nothing is scheduled.</summary>
internal sealed class NoJobs : IJobsOverview
{
    public Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JobSummary>>([]);
}
