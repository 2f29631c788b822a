using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Spi;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Makes each run of a job in a DI scope of its own, as the engine does for each message: the job gets
/// its own DbContext and scoped services, and they are disposed when the run ends. Jobs need no
/// registration; their constructor's dependencies are resolved from the scope.
/// </summary>
internal sealed class ScopedJobFactory(IServiceScopeFactory scopes) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var job = (IJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, bundle.JobDetail.JobType);
            return new ScopedJob(scope, job);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void ReturnJob(IJob job) => (job as ScopedJob)?.Dispose();

    /// <summary>A job with the scope it was made in. A run disposes the scope when it ends; a run that never
    /// started (a listener vetoed it) leaves that to <see cref="ReturnJob"/>.</summary>
    private sealed class ScopedJob(AsyncServiceScope scope, IJob job) : IJob, IDisposable
    {
        private int _disposed;

        public async Task Execute(IJobExecutionContext context)
        {
            try
            {
                await job.Execute(context);
            }
            finally
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    await scope.DisposeAsync();
                }
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                scope.Dispose();
            }
        }
    }
}
