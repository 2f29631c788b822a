namespace KhataBot.Infrastructure.Instances;

/// <summary>Settings under <c>Instance</c>: which of several bot processes on one database this is.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>Shown by /healthz, on every log line, and written on the outbox rows this instance claims.
    /// Defaults to the machine's name and the process id, so a restarted process is a new instance and
    /// never mistakes a dead one's claims for its own.</summary>
    public string Name { get; set; } = DefaultName();

    /// <summary>How often this instance says it is alive.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>An instance not heard from this long is taken for gone: its share of the rate and its chats
    /// go to the others.</summary>
    public TimeSpan GoneAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an outbox row claimed by this instance stays its own without a renewal. A row
    /// claimed by an instance that died is sent by another after this. Renewed every third of it.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    public static string DefaultName() => $"{Environment.MachineName}-{Environment.ProcessId}";
}
