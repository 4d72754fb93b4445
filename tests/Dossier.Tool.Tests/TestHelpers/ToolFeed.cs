using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Dossier.PackageTests;

namespace Dossier.Tool.Tests.TestHelpers;

/// <summary>
/// Once for all tests of <see cref="ToolFeedTests"/>: packs Dossier and Dossier.Tool with a version
/// unique to this run into a folder feed, installs the tool from it with `dotnet tool install
/// --tool-path`, and creates one consumer project (a fresh console app using the Dossier package)
/// holding the broken fixture's data, built once with `dotnet build`. Everything restores into its
/// own NuGet package folder, so no stale copy is used. Set DOSSIER_KEEP_PACKAGE_TEST_FILES=1 to keep it.
/// </summary>
public sealed class ToolFeed : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    public ToolFeed()
    {
        Version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-tooltest.{DateTime.UtcNow:yyyyMMddHHmmss}.{System.Environment.ProcessId}");
        Root = Path.Combine(Path.GetTempPath(), "dossier-tool-feed-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedDirectory);
        Environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        try
        {
            // Built in a private artifacts folder: the repository's bin/ and obj/ are not touched.
            var artifacts = Path.Combine(Root, "artifacts");
            foreach (var project in new[] { "src/Dossier/Dossier.csproj", "src/Dossier.Tool/Dossier.Tool.csproj" })
            {
                Step(Repository.Root, "pack", Path.Combine(Repository.Root, project), "--configuration", "Release", "--output", FeedDirectory, "--artifacts-path", artifacts, "-p:Version=" + Version, "-nodeReuse:false");
            }

            ToolPath = Path.Combine(Root, "tools");
            Step(Root, "tool", "install", "Dossier.Tool", "--tool-path", ToolPath, "--add-source", FeedDirectory, "--version", Version);

            ConsumerDirectory = Path.Combine(Root, "consumer");
            Step(Root, "new", "console", "--name", "Consumer", "--output", ConsumerDirectory, "--no-restore");
            File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="dossier-tool-test-feed" value="{FeedDirectory}" />
                  </packageSources>
                </configuration>
                """);
            Step(ConsumerDirectory, "add", "package", "Dossier", "--version", Version);
            CopyFolder(Repository.Fixture("broken/data"), Path.Combine(ConsumerDirectory, "data"));
            ConsumerBuild = Dotnet(ConsumerDirectory, "build", "-nodeReuse:false", "-clp:NoSummary");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Version { get; }

    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>Where `dotnet tool install --tool-path` put the tool.</summary>
    public string ToolPath { get; } = string.Empty;

    /// <summary>The consumer project's folder (Consumer.csproj, data/ from the broken fixture).</summary>
    public string ConsumerDirectory { get; } = string.Empty;

    /// <summary>What `dotnet build` of the consumer printed (it fails: its data is broken).</summary>
    internal CliResult ConsumerBuild { get; } = null!;

    public Dictionary<string, string?> Environment { get; }

    /// <summary>Every step and how long it took, for the tests' output.</summary>
    internal List<CliResult> Log { get; } = new();

    public string ToolPackage => Path.Combine(FeedDirectory, $"Dossier.Tool.{Version}.nupkg");

    public string DossierPackage => Path.Combine(FeedDirectory, $"Dossier.{Version}.nupkg");

    internal CliResult Dotnet(string workingDirectory, params string[] arguments)
    {
        var result = DotnetCli.Run(workingDirectory, Environment, StepTimeout, arguments);
        lock (Log)
        {
            Log.Add(result);
        }

        return result;
    }

    /// <summary>Runs the installed tool (the apphost `dossier` in the tool path).</summary>
    internal CliResult RunInstalledTool(string workingDirectory, params string[] arguments)
    {
        var executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "dossier.exe" : "dossier");
        // The apphost finds the runtime through DOTNET_ROOT when dotnet is not where it looks by default.
        var environment = new Dictionary<string, string?>(Environment);
        var dotnet = DotnetCli.Executable == "dotnet" ? FindOnPath("dotnet") : DotnetCli.Executable;
        if (dotnet is not null && System.Environment.GetEnvironmentVariable("DOTNET_ROOT") is null)
        {
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet);
        }

        var result = DotnetCli.RunExecutable(executable, workingDirectory, environment, StepTimeout, arguments);
        lock (Log)
        {
            Log.Add(result);
        }

        return result;
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("DOSSIER_KEEP_PACKAGE_TEST_FILES") == "1")
        {
            return;
        }

        for (var attempt = 1; attempt <= 5 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200 * attempt); // a child process may still be letting go of a file
            }
        }
    }

    private void Step(string workingDirectory, params string[] arguments)
    {
        var result = Dotnet(workingDirectory, arguments);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("A set-up step failed. " + result.Describe());
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
