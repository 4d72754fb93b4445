using System.Linq;
using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>
/// The meetings on a line in date order: the held ones at their dates, the planned one after them,
/// marked as announced with no date, since the article gives it none.
/// </summary>
internal static class TimelineSection
{
    /// <summary>A held meeting is a filled point on the line; an announced one an open point.</summary>
    public const string HeldMark = "●";

    public const string AnnouncedMark = "○";

    private const string Line = "│";

    public static void Write(IAnsiConsole console) => Cells.WriteSection(console, "Timeline of meetings", Build());

    /// <summary>
    /// One point per meeting: its date, a mark on the line, the meeting and its status, and under
    /// them the data file and line it comes from. The source sits under the meeting rather than in
    /// a column of its own so that the line stays readable in a narrow terminal.
    /// </summary>
    public static Grid Build()
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(1));
        grid.AddColumn(new GridColumn().NoWrap().PadRight(1));
        grid.AddColumn();

        var meetings = Dataset.Meetings.Chronologically().ToList();
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            var last = i == meetings.Count - 1;
            var held = meeting.Status == MeetingStatus.Held;
            grid.AddRow(
                Cells.Plain(Describe.Date(meeting.Date, "no date")),
                held ? Cells.Bold(HeldMark) : Cells.Plain(AnnouncedMark),
                Point(meeting));
            grid.AddRow(Text.Empty, last ? Text.Empty : Cells.Dim(Line), Cells.Dim(Describe.Source(meeting.Source)));
            if (!last)
            {
                grid.AddRow(Text.Empty, Cells.Dim(Line), Text.Empty);
            }
        }

        return grid;
    }

    /// <summary>What the timeline says of a meeting's status: held, or announced (with its date if it has one).</summary>
    public static string Status(Meeting meeting) => meeting.Status switch
    {
        MeetingStatus.Held => "held",
        _ when meeting.Date is null => "announced, date not given",
        _ => "announced",
    };

    /// <summary>"Sixth meeting …, Almaty · held": the title, the city where the article gives one, the status.</summary>
    private static Markup Point(Meeting meeting)
    {
        var place = meeting.City is { } city ? ", " + Markup.Escape(city) : string.Empty;
        return new Markup($"[bold]{Markup.Escape(meeting.Title)}[/]{place} · {Markup.Escape(Status(meeting))}");
    }
}
