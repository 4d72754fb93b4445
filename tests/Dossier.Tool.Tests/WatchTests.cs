using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>`dossier check --watch`: re-checks on edits and new files, and stops cleanly when cancelled (Ctrl+C).</summary>
public sealed class WatchTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PicksUpAnEditAndANewFile()
    {
        using var temp = new TempFolder();
        temp.Write("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }]""");
        temp.Write("data/officials.json", """[{ "id": "a", "country": "kz" }]""");
        var output = new SyncWriter();
        using var cancellation = new CancellationTokenSource();
        var environment = new ToolEnvironment(temp.Path, output, new StringWriter(), IsTerminal: false, cancellation.Token);
        var run = Task.Run(() => DossierCli.Run(new[] { "check", "--data", "data", "--watch" }, environment));

        await output.WaitFor("dossier watch: first check took", Timeout);
        Assert.Contains("dossier check: 0 errors, 0 warnings in 2 data files.", output.Text, StringComparison.Ordinal);

        // An edit that breaks a reference.
        temp.Write("data/officials.json", """[{ "id": "a", "country": "cn" }]""");
        await output.WaitFor("dossier check: 1 error, 0 warnings in 2 data files.", Timeout);
        Assert.Contains("dossier watch: changed data/officials.json", output.Text, StringComparison.Ordinal);
        Assert.Contains("data/officials.json(1,26): error DOS210:", output.Text, StringComparison.Ordinal);

        // A new file that mends it.
        temp.Write("data/countries/cn.json", """{ "name": "China" }""");
        await output.WaitFor("dossier check: 0 errors, 0 warnings in 3 data files.", Timeout);
        Assert.Contains("dossier watch: added data/countries/cn.json", output.Text, StringComparison.Ordinal);

        cancellation.Cancel();
        Assert.Equal(0, await run.WaitAsync(Timeout));
    }

    [Fact]
    public async Task PicksUpADeclarationAddedToTheProject()
    {
        using var temp = new TempFolder();
        temp.Write("App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        temp.Write("App/data/notes/a.json", """{ "count": "many" }""");
        var output = new SyncWriter();
        using var cancellation = new CancellationTokenSource();
        var environment = new ToolEnvironment(Path.Combine(temp.Path, "App"), output, new StringWriter(), IsTerminal: false, cancellation.Token);
        var run = Task.Run(() => DossierCli.Run(new[] { "check", "--watch" }, environment));

        await output.WaitFor("dossier watch: first check took", Timeout);
        Assert.Contains("dossier check: 0 errors, 0 warnings in 1 data file.", output.Text, StringComparison.Ordinal);

        // A C# declaration that the data does not fit.
        temp.Write("App/Note.cs", """[Dossier.DossierCollection("notes")] public partial record Note { public required int Count { get; init; } }""");
        await output.WaitFor("dossier check: 2 errors, 0 warnings in 1 data file.", Timeout);
        Assert.Contains("dossier watch: added Note.cs", output.Text, StringComparison.Ordinal);
        Assert.Contains("data/notes/a.json(1,12): error DOS211:", output.Text, StringComparison.Ordinal);
        Assert.Contains("Note.cs(1,87): error DOS213:", output.Text, StringComparison.Ordinal);

        cancellation.Cancel();
        Assert.Equal(0, await run.WaitAsync(Timeout));
    }
}
