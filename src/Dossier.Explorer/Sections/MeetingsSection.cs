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
            // Null participants means the article does not say who takes part, not that nobody does.
            var participants = meeting.Participants is { } named
                ? Cells.Lines(named.Select(Describe.Official).ToList(), "none named")
                : Cells.Dim("not stated");
            table.AddRow(
                Cells.Bold(meeting.Title),
                Cells.Fields(
                    ("Date", Cells.Plain(Describe.Date(meeting.Date, "not announced"))),
                    ("Place", Cells.Plain(meeting.City ?? "not announced")),
                    ("Format", Cells.Plain(meeting.Format ?? "not announced")),
                    ("Status", Cells.Plain(Describe.Status(meeting.Status))),
                    ("Participants", participants)),
                Cells.Dim(Describe.Source(meeting.Source)));
        }

        Cells.WriteSection(console, "Meetings", table);
    }
}
