using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Dossier.PackageTests;

/// <summary>
/// A fresh console project made with `dotnet new console` that uses Dossier from the folder feed,
/// restoring into its own NuGet package folder (NUGET_PACKAGES) so that no other copy of the
/// package, stale or not, can be used.
/// </summary>
internal sealed class ConsumerProject
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, string?> _environment;
    private readonly List<CliResult> _log;

    private ConsumerProject(string folder, string projectDirectory, string packagesFolder, List<CliResult> log)
    {
        Folder = folder;
        ProjectDirectory = projectDirectory;
        PackagesFolder = packagesFolder;
        _log = log;
        _environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packagesFolder };
    }

    /// <summary>The test case's folder (the project is in its <c>app</c> subfolder).</summary>
    public string Folder { get; }

    /// <summary>The project folder, holding Consumer.csproj.</summary>
    public string ProjectDirectory { get; }

    /// <summary>This project's own NuGet package folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>Where the package was extracted in <see cref="PackagesFolder"/>.</summary>
    public string ExtractedPackage(PackageFeed feed) => Path.Combine(PackagesFolder, "dossier", feed.Version.ToLowerInvariant());

    /// <summary>Creates the project, a nuget.config that lists only the folder feed (Dossier has no
    /// dependencies), and adds the package.</summary>
    public static ConsumerProject Create(PackageFeed feed, string caseName, List<CliResult> log)
    {
        var folder = Path.Combine(feed.Root, "cases", caseName);
        var project = new ConsumerProject(folder, Path.Combine(folder, "app"), Path.Combine(feed.Root, "packages", caseName), log);
        Directory.CreateDirectory(folder);
        project.Dotnet(folder, "new", "console", "--name", "Consumer", "--output", project.ProjectDirectory, "--no-restore").ShouldSucceed();
        project.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="dossier-test-feed" value="{feed.FeedDirectory}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);
        project.Dotnet(project.ProjectDirectory, "add", "package", "Dossier", "--version", feed.Version).ShouldSucceed();
        return project;
    }

    /// <summary>Writes a file, with a path relative to the project folder.</summary>
    public void WriteFile(string relativePath, string content)
    {
        var path = Path.GetFullPath(Path.Combine(ProjectDirectory, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"), Utf8NoBom);
    }

    /// <summary>Adds MSBuild properties to Consumer.csproj.</summary>
    public void SetProperties(IReadOnlyDictionary<string, string> properties)
    {
        var path = Path.Combine(ProjectDirectory, "Consumer.csproj");
        var text = File.ReadAllText(path);
        var group = new StringBuilder("  <PropertyGroup>\n");
        foreach (var pair in properties)
        {
            group.Append("    <").Append(pair.Key).Append('>').Append(pair.Value).Append("</").Append(pair.Key).Append(">\n");
        }

        group.Append("  </PropertyGroup>\n");
        var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(path, text[..end] + group + text[end..], Utf8NoBom);
    }

    public CliResult Build() => Dotnet(ProjectDirectory, "build", "-nodeReuse:false");

    /// <summary>Runs the built program.</summary>
    public CliResult Run() => Dotnet(ProjectDirectory, Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"));

    public CliResult Dotnet(string workingDirectory, params string[] arguments)
    {
        var result = DotnetCli.Run(workingDirectory, _environment, StepTimeout, arguments);
        _log.Add(result);
        return result;
    }
}

internal static class CliResultExtensions
{
    public static CliResult ShouldSucceed(this CliResult result) =>
        result.Succeeded ? result : throw new Xunit.Sdk.XunitException("A step failed. " + result.Describe());
}
