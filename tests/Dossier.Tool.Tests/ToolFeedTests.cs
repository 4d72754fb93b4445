using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Dossier.Tool.Tests.TestHelpers;
using Xunit.Abstractions;

namespace Dossier.Tool.Tests;

/// <summary>
/// The tool as a user gets it: packed beside Dossier, installed from the folder feed, run against a
/// consumer project whose real `dotnet build` reports the same lines for the same data. One class,
/// so that the steps run one after another on the machine's two cores; the packing, installing and
/// the one consumer build happen once, in <see cref="ToolFeed"/>.
/// </summary>
public sealed class ToolFeedTests : IClassFixture<ToolFeed>, IDisposable
{
    private readonly ToolFeed _feed;
    private readonly ITestOutputHelper _output;

    public ToolFeedTests(ToolFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    public void Dispose()
    {
        lock (_feed.Log)
        {
            foreach (var step in _feed.Log)
            {
                _output.WriteLine($"{step.Elapsed.TotalSeconds,6:0.0} s  {step.CommandLine}  -> {step.ExitCode}");
            }
        }
    }

    [Fact]
    public void TheToolPackageCarriesTheSameGeneratorAsTheDossierPackage()
    {
        using var tool = ZipFile.OpenRead(_feed.ToolPackage);
        using var dossier = ZipFile.OpenRead(_feed.DossierPackage);

        var settings = tool.GetEntry("tools/net10.0/any/DotnetToolSettings.xml");
        Assert.NotNull(settings);
        using (var reader = new StreamReader(settings.Open()))
        {
            Assert.Contains("Name=\"dossier\"", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        // Byte for byte the analyzer the build runs: the tool's diagnostics are the build's.
        Assert.Equal(Bytes(dossier, "analyzers/dotnet/cs/Dossier.Generators.dll"), Bytes(tool, "tools/net10.0/any/Dossier.Generators.dll"));
    }

    [Fact]
    public void CheckPrintsTheLinesTheBuildPrintsForTheSameData()
    {
        Assert.NotEqual(0, _feed.ConsumerBuild.ExitCode);
        var built = DiagnosticLines.Parse(_feed.ConsumerBuild.Output, _feed.ConsumerDirectory);
        Assert.True(built.Count == 5, "The build should report the fixture's five diagnostics. " + _feed.ConsumerBuild.Describe());

        var installed = _feed.RunInstalledTool(_feed.ConsumerDirectory, "check");
        Assert.True(installed.ExitCode == 1, installed.Describe());
        Assert.Equal(built, DiagnosticLines.Parse(installed.Output, _feed.ConsumerDirectory));

        var inProcess = DossierTool.Run(_feed.ConsumerDirectory, "check");
        Assert.Equal(1, inProcess.ExitCode);
        Assert.Equal(built, DiagnosticLines.Parse(inProcess.Output, _feed.ConsumerDirectory));
    }

    [Fact]
    public void TheInstalledToolChecksTheSeedDataAndPrintsJson()
    {
        var seed = _feed.RunInstalledTool(Repository.Root, "check", "--project", Repository.SeedProject);
        Assert.True(seed.ExitCode == 0, seed.Describe());
        Assert.Contains("dossier check: 0 errors, 0 warnings", seed.Output, StringComparison.Ordinal);

        var json = _feed.RunInstalledTool(_feed.ConsumerDirectory, "check", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        // The captured output interleaves stdout and stderr line by line, in no fixed order: the
        // JSON is what remains once the tool's own stderr lines (the summary, notes) are left out.
        var jsonText = string.Join('\n', json.Output.Split('\n').Where(line => !line.StartsWith("dossier", StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(jsonText);
        Assert.Equal(5, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void InstallsAsALocalToolWithAManifest()
    {
        var folder = Path.Combine(_feed.Root, "local-tool");
        Directory.CreateDirectory(Path.Combine(folder, "data", "notes"));
        File.WriteAllText(Path.Combine(folder, "data", "notes", "a.json"), """{ "text": "hello" }""");

        Assert.True(_feed.Dotnet(folder, "new", "tool-manifest").Succeeded);
        var install = _feed.Dotnet(folder, "tool", "install", "Dossier.Tool", "--add-source", _feed.FeedDirectory, "--version", _feed.Version);
        Assert.True(install.Succeeded, install.Describe());
        var run = _feed.Dotnet(folder, "tool", "run", "dossier", "check", "--data", "data");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("dossier check: 0 errors, 0 warnings in 1 data file.", run.Output, StringComparison.Ordinal);
    }

    private static byte[] Bytes(ZipArchive archive, string entry)
    {
        var found = archive.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"{entry} is not in the package.");
        using var stream = found.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
