namespace KhataBot.Infrastructure.Statements;

/// <summary>librsvg or cairo refused to draw a statement; the message says which call and why.</summary>
public sealed class StatementRenderingException(string message) : Exception(message);
