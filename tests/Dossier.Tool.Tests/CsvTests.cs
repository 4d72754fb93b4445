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
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        using var cancellation = new CancellationTokenSource();
        var environment = new ToolEnvironment(temp.Path, synchronized, new StringWriter(), IsTerminal: false, cancellation.Token);
        var run = Task.Run(() => DossierCli.Run(new[] { "check", "--data", "data", "--watch" }, environment));

        await WaitFor(synchronized, output, "dossier check: 0 errors, 0 warnings in 1 data file.");
        temp.Write("data/figures.csv", "id,n\na,1\nb,\"open\n");
        await WaitFor(synchronized, output, "dossier check: 1 error, 0 warnings in 1 data file.");
        Assert.Contains("dossier watch: changed data/figures.csv", Text(synchronized, output), StringComparison.Ordinal);
        Assert.Contains("data/figures.csv(3,3): error DOS117:", Text(synchronized, output), StringComparison.Ordinal);

        cancellation.Cancel();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>The output so far, read under the lock that <see cref="TextWriter.Synchronized"/> writes under (the wrapper itself).</summary>
    private static string Text(TextWriter gate, StringWriter output)
    {
        lock (gate)
        {
            return output.ToString();
        }
    }

    private static async Task WaitFor(TextWriter gate, StringWriter output, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!Text(gate, output).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for '{text}'. Output:\n{Text(gate, output)}");
            await Task.Delay(50);
        }
    }
}
