using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using System.Xml.Linq;

namespace Dossier.Tool.Workspace;

/// <summary>What `dotnet msbuild` said of a project: the properties asked for and the Using items.</summary>
internal sealed record ProjectEvaluation(Dictionary<string, string> Properties, List<string> Usings);

/// <summary>
/// Keeps a project's evaluation in its <c>obj/</c> folder, so that a check does not pay for
/// `dotnet msbuild` (most of a small check's time) while nothing that can change the properties
/// has changed. Conservative: the stamp holds every file the properties can come from (the
/// project, its explicit imports and theirs, Directory.Build.*, Directory.Packages.props and
/// global.json up the tree, NuGet's generated props and targets), the SDKs installed, the tool's
/// version and the environment variables of the same names; a project that imports through any
/// other property is never cached.
/// </summary>
internal static class EvaluationCache
{
    private const string FileName = "dossier.evaluation.json";

    private static readonly string[] AncestorFiles = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" };

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static ProjectEvaluation? TryRead(string projectFile, IReadOnlyList<string> propertyNames)
    {
        var path = CachePath(projectFile);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path), Options);
            if (entry is null)
            {
                return null;
            }

            var stamp = Stamp(projectFile, propertyNames, entry.Evaluation.Properties);
            return stamp is not null && stamp == entry.Stamp ? entry.Evaluation : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public static void Write(string projectFile, IReadOnlyList<string> propertyNames, ProjectEvaluation evaluation)
    {
        var path = CachePath(projectFile);
        var stamp = path is null ? null : Stamp(projectFile, propertyNames, evaluation.Properties);
        if (path is null || stamp is null)
        {
            return;
        }

        try
        {
            File.WriteAllText(path, JsonSerializer.Serialize(new Entry(stamp, evaluation), Options), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next check an evaluation, nothing more.
        }
    }

    /// <summary>The cache's place: the project's obj/ folder, when the project has one (it has been restored or built).</summary>
    private static string? CachePath(string projectFile)
    {
        var obj = Path.Combine(Path.GetDirectoryName(projectFile)!, "obj");
        return Directory.Exists(obj) ? Path.Combine(obj, FileName) : null;
    }

    /// <summary>Everything the evaluation depends on, as one string; null when the project cannot be cached.</summary>
    private static string? Stamp(string projectFile, IReadOnlyList<string> propertyNames, IReadOnlyDictionary<string, string> properties)
    {
        var stamp = new StringBuilder();
        stamp.Append("tool ").Append(typeof(EvaluationCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion).Append('\n');
        foreach (var name in propertyNames.Append("ImplicitUsings"))
        {
            stamp.Append("env ").Append(name).Append('=').Append(Environment.GetEnvironmentVariable(name)).Append('\n');
        }

        // A newly installed SDK may be the one global.json or roll-forward picks.
        if (properties.TryGetValue("NETCoreSdkVersion", out var sdk) && properties.TryGetValue("MSBuildExtensionsPath", out var extensions))
        {
            var sdkFolder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(extensions));
            stamp.Append("sdk ").Append(sdk).Append(' ');
            if (sdkFolder is not null && Directory.Exists(sdkFolder))
            {
                stamp.AppendJoin(',', Directory.GetDirectories(sdkFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            }

            stamp.Append('\n');
        }

        var inputs = new SortedSet<string>(StringComparer.Ordinal);
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        for (var folder = new DirectoryInfo(projectDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var name in AncestorFiles)
            {
                inputs.Add(Path.Combine(folder.FullName, name));
            }
        }

        var obj = Path.Combine(projectDirectory, "obj");
        inputs.Add(Path.Combine(obj, "project.assets.json"));
        foreach (var generated in Directory.EnumerateFiles(obj, "*.nuget.g.*"))
        {
            inputs.Add(generated);
        }

        // The project's explicit imports, and theirs.
        var pending = new Queue<string>(inputs.Where(p => p.EndsWith(".props", StringComparison.Ordinal) || p.EndsWith(".targets", StringComparison.Ordinal)).Append(projectFile));
        inputs.Add(projectFile);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var file = pending.Dequeue();
            if (!seen.Add(file) || !File.Exists(file) || file.Contains(".nuget.g.", StringComparison.Ordinal))
            {
                continue;
            }

            var imports = ExplicitImports(file, projectDirectory);
            if (imports is null)
            {
                return null;
            }

            foreach (var import in imports)
            {
                inputs.Add(import);
                pending.Enqueue(import);
            }
        }

        foreach (var input in inputs)
        {
            var info = new FileInfo(input);
            stamp.Append(input).Append(' ');
            stamp.Append(info.Exists ? $"{info.LastWriteTimeUtc.Ticks} {info.Length}" : "absent").Append('\n');
        }

        return stamp.ToString();
    }

    /// <summary>The files a project file imports by path; null when an import depends on a property other than the file's own folders.</summary>
    private static List<string>? ExplicitImports(string file, string projectDirectory)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(file);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var imports = new List<string>();
        var folder = Path.GetDirectoryName(file)!;
        foreach (var import in document.Descendants().Where(e => e.Name.LocalName == "Import"))
        {
            var project = import.Attribute("Project")?.Value;
            if (project is null)
            {
                continue;
            }

            // The SDK's own imports (Sdk="..." on an Import) come with the SDK, which the stamp names.
            if (import.Attribute("Sdk") is not null)
            {
                continue;
            }

            var resolved = project
                .Replace("$(MSBuildThisFileDirectory)", folder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                .Replace("$(MSBuildProjectDirectory)", projectDirectory, StringComparison.OrdinalIgnoreCase);
            if (resolved.Contains("$(", StringComparison.Ordinal) || resolved.Contains('*', StringComparison.Ordinal))
            {
                // GetPathOfFileAbove and the like resolve to Directory.Build.* files, which the stamp
                // holds already; any other property makes the import unknowable without MSBuild.
                if (resolved.Contains("GetPathOfFileAbove", StringComparison.Ordinal) || resolved.Contains("GetDirectoryNameOfFileAbove", StringComparison.Ordinal))
                {
                    continue;
                }

                return null;
            }

            imports.Add(Path.GetFullPath(Path.Combine(folder, resolved)));
        }

        return imports;
    }

    private sealed record Entry(string Stamp, ProjectEvaluation Evaluation);
}
