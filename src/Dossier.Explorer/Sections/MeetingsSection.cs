using System.Linq;
using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>The meetings in date order; the planned meeting, which has no date yet, comes last.</summary>
internal static class MeetingsSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(["Meeting", "Details", Cells.SourceHeader]);

        // Titles wrap well; a narrow first column leaves the participant lines room to stay whole.
        table.Columns[0].Width(24);
        foreach (var meeting in Dataset.Meetings.Chronologically())
        {
            var participants = meeting.Participants.Select(Describe.Official).ToList();
            table.AddRow(
                Cells.Bold(meeting.Title),
                Cells.Fields(
                    ("Date", Cells.Plain(Describe.Date(meeting.Date, "not announced"))),
                    ("Place", Cells.Plain(meeting.City ?? "not announced")),
                    ("Format", Cells.Plain(meeting.Format ?? "not announced")),
                    ("Status", Cells.Plain(Describe.Status(meeting.Status))),
                    ("Participants", Cells.Lines(participants, "none named"))),
                Cells.Dim(Describe.Source(meeting.Source)));
        }

        Cells.WriteSection(console, "Meetings", table);
    }
}
