using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>The documents adopted or signed, with their parties and the meeting they belong to.</summary>
internal static class AgreementsSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(
            ["Agreement", "Kind", "Date", "Parties", "Meeting", "Years", Cells.SourceHeader],
            "Kind", "Date", "Years");
        foreach (var agreement in Dataset.Agreements)
        {
            table.AddRow(
                Cells.Bold(agreement.Title),
                Cells.Plain(agreement.Kind),
                Cells.Plain(Describe.Date(agreement.Date, "not given")),
                agreement.Parties is null
                    ? Cells.Dim("not stated")
                    : Cells.Plain(Describe.Countries(agreement.Parties)),
                Cells.Plain(Describe.Meeting(agreement.Meeting)),
                Cells.Plain(Describe.Years(agreement.FirstYear, agreement.LastYear)),
                Cells.Dim(Describe.Source(agreement.Source)));
        }

        Cells.WriteSection(console, "Agreements", table);
    }
}
