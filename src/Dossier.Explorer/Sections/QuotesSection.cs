using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>The direct quotations, verbatim, with who said them and where.</summary>
internal static class QuotesSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(["Quote", "Speaker", "Meeting", Cells.SourceHeader]);
        foreach (var quote in Dataset.Quotes)
        {
            table.AddRow(
                Cells.Plain($"“{quote.Text}”"),
                Cells.Bold(Describe.Official(quote.Official)),
                Cells.Plain(Describe.Meeting(quote.Meeting)),
                Cells.Dim(Describe.Source(quote.Source)));
        }

        Cells.WriteSection(console, "Quotes", table);
    }
}
