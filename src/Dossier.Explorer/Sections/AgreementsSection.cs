using System.Linq;
using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>The documents adopted or signed, with their parties, the meeting they belong to, and what they reaffirm.</summary>
internal static class AgreementsSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(["Agreement", "Details", Cells.SourceHeader]);
        table.Columns[0].Width(28);
        foreach (var agreement in Dataset.Agreements)
        {
            table.AddRow(
                Cells.Bold(agreement.Title),
                Cells.Fields(
                    ("Kind", Cells.Plain(agreement.Kind)),
                    ("Date", Cells.Plain(Describe.Date(agreement.Date, "not given"))),
                    ("Parties", agreement.Parties is { } parties ? Cells.Plain(Describe.Countries(parties)) : Cells.Dim("not stated")),
                    ("Meeting", Cells.Plain(Describe.Meeting(agreement.Meeting))),
                    ("Years", Cells.Plain(Describe.Years(agreement.FirstYear, agreement.LastYear))),
                    ("Reaffirms", agreement.Reaffirms is { } items ? Cells.Lines(items.ToList(), Describe.Missing) : Cells.Dim("not stated"))),
                Cells.Dim(Describe.Source(agreement.Source)));
        }

        Cells.WriteSection(console, "Agreements", table);
    }
}
