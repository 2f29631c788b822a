using System.ComponentModel.DataAnnotations;

namespace KhataBot.ConsoleChat;

public sealed class ConsoleChatOptions
{
    public const string Section = "Console";

    /// <summary>The book the console chat keeps; the same id always opens the same book.</summary>
    public long ChatId { get; set; } = 1;

    /// <summary>Recorded on every entry as who made it.</summary>
    [Required]
    public string UserName { get; set; } = Environment.UserName;

    /// <summary>Where files the bot would send (exports, charts) are written.</summary>
    [Required]
    public string FilesDirectory { get; set; } = "files";
}
