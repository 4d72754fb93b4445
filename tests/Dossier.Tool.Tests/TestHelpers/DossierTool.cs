using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace Dossier.Tool.Tests.TestHelpers;

/// <summary>What one in-process run of the tool printed and returned.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the tool in this process, as a redirected (non-terminal) command line would.</summary>
internal static class DossierTool
{
    public static ToolResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, CancellationToken.None, args);

    public static ToolResult Run(string workingDirectory, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = DossierCli.Run(args, new ToolEnvironment(workingDirectory, output, error, IsTerminal: false, cancellationToken));
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>The repository's folders.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The seed data's project (the repository's data/ folder, with its C# declarations).</summary>
    public static string SeedProject => Path.Combine(Root, "src", "Dossier.CentralAsiaChina", "Dossier.CentralAsiaChina.csproj");

    public static string SeedData => Path.Combine(Root, "data");

    /// <summary>A fixture folder copied next to the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run from the repository.");
    }
}

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossier-tool-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies a folder (a fixture, the seed data) into this one, under <paramref name="name"/>.</summary>
    public string Copy(string source, string name)
    {
        var target = System.IO.Path.Combine(Path, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open; the temporary folder is cleaned by the system.
        }
    }
}

/// <summary>Diagnostic lines in the compiler's format, parsed for comparison.</summary>
internal static class DiagnosticLines
{
    private static readonly System.Text.RegularExpressions.Regex Line = new(
        @"^(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DOS\d+): (?<message>.*?)( \[[^\]]+\])?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Every DOS diagnostic line in <paramref name="output"/>, with its path made relative to <paramref name="baseDirectory"/>; distinct and sorted.</summary>
    public static List<string> Parse(string output, string baseDirectory) =>
        output.Split('\n')
            .Select(l => Line.Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m =>
            {
                var path = m.Groups["path"].Value;
                var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, path));
                var relative = System.IO.Path.GetRelativePath(baseDirectory, full).Replace('\\', '/');
                return $"{relative}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}: {m.Groups["message"].Value}";
            })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
