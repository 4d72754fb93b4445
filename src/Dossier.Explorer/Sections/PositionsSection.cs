using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>What the talks stressed: who, what in the article's words, and at which meeting.</summary>
internal static class PositionsSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(["Who", "Stressed", "Meeting", Cells.SourceHeader]);
        foreach (var position in Dataset.Positions)
        {
            table.AddRow(
                Cells.Bold(Describe.Holder(position)),
                Cells.Plain($"{position.Verb} {position.Statement}"),
                Cells.Plain(Describe.Meeting(position.Meeting)),
                Cells.Dim(Describe.Source(position.Source)));
        }

        Cells.WriteSection(console, "Positions", table);
    }
}
