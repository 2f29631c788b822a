using System.Diagnostics.CodeAnalysis;

namespace KhataBot.Core.Parsing;

/// <summary>A value read from a message, or the reason it could not be read. The reason is already worded
/// for the shopkeeper (problem plus an example), so it can go straight into an <see cref="Unparseable"/>.</summary>
internal readonly struct Parsed<T>
{
    private Parsed(T value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T Value { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    public bool Failed => Error is not null;

    public static Parsed<T> Ok(T value) => new(value, null);

    public static Parsed<T> Fail(string reason) => new(default!, reason);

    public Unparseable AsUnparseable() => new(Error ?? Replies.NotUnderstood);
}
