using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Reports.Pictures;

/// <summary>
/// Draws report pictures as PNG files. Returns no files when pictures cannot be drawn on this machine or
/// drawing fails, so every report still answers with its text: a picture is a bonus, never a reason to fail.
/// </summary>
public interface IReportPictures
{
    /// <summary>One PNG per picture, in order. Pictures drawn together share their category colours.</summary>
    IReadOnlyList<ReplyFile> Draw(IReadOnlyList<ReportPicture> pictures);
}

/// <summary>Where no chart renderer is wired in (tests, tools): reports are text only.</summary>
internal sealed class NoReportPictures : IReportPictures
{
    public IReadOnlyList<ReplyFile> Draw(IReadOnlyList<ReportPicture> pictures) => [];
}
