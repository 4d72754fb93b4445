using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>CSV and TSV files in each command: checked, inspected, watched, and named (not schematised) by `dossier schema`.</summary>
public sealed class CsvTests
{
    [Fact]
    public void CheckReportsACsvErrorAtItsCellAndCountsTheFile()
    {
        using var temp = new TempFolder();
        temp.Write("data/figures.csv", "id,n\na,1\nb,2,3\n");
        temp.Write("data/routes.tsv", "id\tkm\nx\t10\n");

        var result = DossierTool.Run(temp.Path, "check", "--data", "data");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            new[]
            {
                "data/figures.csv(3,5): error DOS108: A row of the table in 'data/figures.csv' has 3 cells but the header has 2. Remove the extra cells or add a header cell; a separator inside a cell is written '\\|' in a markdown table, and inside quotes in CSV (\"a,b\"). (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos108)",
                "dossier check: 1 error, 0 warnings in 2 data files.",
            },
            result.OutputLines);
    }

    [Fact]
    public void InspectShowsACsvCollection()
    {
        using var temp = new TempFolder();
        temp.Write("data/figures.csv", "id,amount,note\na,1.5,\"x, y\"\nb,2,\n");

        var result = DossierTool.Run(temp.Path, "inspect", "--data", "data");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("figures: Dataset.Figures, RecordSet<Dossier.Data.Figure>, 2 records from data/figures.csv", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ Amount\s+│ decimal\s+│ amount", result.Output);
        Assert.Matches(@"│ Note\s+│ string\?\s+│ note", result.Output);
    }

    [Fact]
    public void SchemaWritesNoneForACsvFileAndSaysWhy()
    {
        using var temp = new TempFolder();
        temp.Write("data/figures.csv", "id,n\na,1\n");
        temp.Write("data/routes.tsv", "id\tkm\nx\t10\n");

        var result = DossierTool.Run(temp.Path, "schema", "--data", "data");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No schema for figures, routes: a markdown table, a CSV or a TSV file is not JSON or YAML", result.Output, StringComparison.Ordinal);
        Assert.Contains("dossier schema: 0 schema files written", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchPicksUpAnEditToACsvFile()
    {
        using var temp = new TempFolder();
        temp.Write("data/figures.csv", "id,n\na,1\n");
        var output = new SyncWriter();
        using var cancellation = new CancellationTokenSource();
        var environment = new ToolEnvironment(temp.Path, output, new StringWriter(), IsTerminal: false, cancellation.Token);
        var run = Task.Run(() => DossierCli.Run(new[] { "check", "--data", "data", "--watch" }, environment));
        var timeout = TimeSpan.FromSeconds(30);

        await output.WaitFor("dossier check: 0 errors, 0 warnings in 1 data file.", timeout);
        temp.Write("data/figures.csv", "id,n\na,1\nb,\"open\n");
        await output.WaitFor("dossier check: 1 error, 0 warnings in 1 data file.", timeout);
        Assert.Contains("dossier watch: changed data/figures.csv", output.Text, StringComparison.Ordinal);
        Assert.Contains("data/figures.csv(3,3): error DOS117:", output.Text, StringComparison.Ordinal);

        cancellation.Cancel();
        Assert.Equal(0, await run.WaitAsync(timeout));
    }
}
