using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>
/// The officials named in the other sections, so that each name printed there has a source too.
/// </summary>
internal static class OfficialsSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(["Official", "Title", "Country", Cells.SourceHeader]);
        foreach (var official in Dataset.Officials)
        {
            table.AddRow(
                official.Name is { } name ? Cells.Bold(name) : Cells.Dim("name not given"),
                Cells.Plain(official.Title),
                Cells.Plain(official.Country.Name),
                Cells.Dim(Describe.Source(official.Source)));
        }

        Cells.WriteSection(console, "Officials", table);
    }
}
