using Dossier.CentralAsiaChina.Data;
using Spectre.Console;

namespace Dossier.Explorer.Sections;

/// <summary>
/// The trade and project figures, the aims set against them, and a chart of the figures' amounts.
/// A value the article does not give is shown as a dash.
/// </summary>
internal static class TradeFiguresSection
{
    public static void Write(IAnsiConsole console)
    {
        var figures = Cells.NewTable(
            ["Indicator", "Countries", "Amount (USD)", "Projects", "Year", "Approximate", Cells.SourceHeader],
            "Amount (USD)");
        figures.Columns[2].RightAligned();
        figures.Columns[3].RightAligned();
        figures.Columns[4].RightAligned();
        foreach (var figure in Dataset.TradeFigures)
        {
            figures.AddRow(
                Cells.Bold(figure.Indicator),
                Cells.Plain(Describe.Countries(figure.Countries)),
                Cells.Plain(Describe.Usd(figure.AmountUsd)),
                Cells.Plain(Describe.Number(figure.ProjectCount)),
                Cells.Plain(Describe.Number(figure.Year)),
                Cells.Plain(figure.Approximate ? "yes" : "no"),
                Cells.Dim(Describe.Source(figure.Source)));
        }

        Cells.WriteSection(console, "Trade figures", figures);

        var aims = Cells.NewTable(["Aim", "Countries", "Of", "Factor", "Horizon", "Target year", Cells.SourceHeader]);
        aims.Columns[3].RightAligned();
        foreach (var aim in Dataset.TradeAims)
        {
            aims.AddRow(
                Cells.Bold(aim.Excerpt),
                Cells.Plain(Describe.Countries(aim.Countries)),
                Cells.Plain($"{aim.Baseline.Indicator}, {Describe.Number(aim.Baseline.Year)}: {Describe.Usd(aim.Baseline.AmountUsd)}"),
                Cells.Plain("×" + Describe.Number(aim.Factor)),
                Cells.Plain(aim.Horizon),
                aim.TargetYear is { } year ? Cells.Plain(Describe.Number(year)) : Cells.Dim("not given"),
                Cells.Dim(Describe.Source(aim.Source)));
        }

        Cells.WriteSection(console, "Trade aims", aims);
        Cells.WriteSection(console, "Trade figures, in US dollars", Chart());
    }

    /// <summary>
    /// One bar per figure, its amount in its label. Spectre shortens a bar by the width of a value
    /// printed after it, which would draw the bars out of proportion; in the label they stay to scale.
    /// Aims have no amount of their own, so they are not drawn.
    /// </summary>
    public static BarChart Chart()
    {
        var chart = new BarChart().HideValues();
        foreach (var figure in Dataset.TradeFigures)
        {
            chart.AddItem(Markup.Escape(Label(figure)), (double)figure.AmountUsd, Color.Yellow);
        }

        return chart;
    }

    /// <summary>"Bilateral trade between Kazakhstan and China, 2024: $43.8 billion"; "224 projects: approximately $66.4 billion".</summary>
    public static string Label(TradeFigure figure)
    {
        var label = figure.ProjectCount is { } count ? Describe.Number(count) + " projects" : figure.Indicator;
        if (figure.Year is { } year)
        {
            label += ", " + Describe.Number(year);
        }

        return label + ": " + (figure.Approximate ? "approximately " : string.Empty) + Describe.Usd(figure.AmountUsd);
    }
}
