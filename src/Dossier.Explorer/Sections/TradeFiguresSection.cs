using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>The trade and project figures; a figure the article does not give is shown as a dash.</summary>
internal static class TradeFiguresSection
{
    public static void Write(IAnsiConsole console)
    {
        var table = Cells.NewTable(
            ["Indicator", "Amount (USD)", "Projects", "Year", "Approximate", Cells.SourceHeader],
            "Amount (USD)");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (var figure in Dataset.TradeFigures)
        {
            table.AddRow(
                Cells.Bold(figure.Indicator),
                Cells.Plain(Describe.Usd(figure.AmountUsd)),
                Cells.Plain(Describe.Number(figure.ProjectCount)),
                Cells.Plain(Describe.Number(figure.Year)),
                Cells.Plain(figure.Approximate ? "yes" : "no"),
                Cells.Dim(Describe.Source(figure.Source)));
        }

        Cells.WriteSection(console, "Trade figures", table);
    }
}
