using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Dossier.Tool.Workspace;

/// <summary>A project's data folder and the build properties the generator reads, found without building.</summary>
/// <param name="ProjectFile">The .csproj, or null when only a data folder was given.</param>
/// <param name="DataRoot">The data folder, absolute, without a trailing separator.</param>
/// <param name="Properties">The MSBuild properties the generator reads (<c>DossierNamespace</c>, ...), as the compiler would see them.</param>
/// <param name="SourceFiles">The project's .cs files outside bin/ and obj/, sorted.</param>
/// <param name="GlobalUsings">The project's <c>Using</c> items (implicit usings included), as C# lines.</param>
/// <param name="NullableEnabled">The project's <c>Nullable</c> setting is enable.</param>
internal sealed record ProjectContext(
    string? ProjectFile,
    string ProjectDirectory,
    string DataRoot,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<string> GlobalUsings,
    bool NullableEnabled,
    IReadOnlyList<string> PreprocessorSymbols)
{
    /// <summary>The data files read ahead while the project was evaluated, if any.</summary>
    public DataPrefetch? Prefetch { get; init; }

    /// <summary>Whether C# declarations ([DossierCollection] types) are seen: only with a project.</summary>
    public bool SeesDeclarations => ProjectFile is not null;
}

/// <summary>Finds the project (--project, or the one .csproj in the current folder) and reads its properties with `dotnet msbuild -getProperty`.</summary>
internal static class ProjectLocator
{
    /// <summary>The properties read from the project: those the generator reads, and those that shape the compilation of its declarations.</summary>
    private static readonly string[] PropertyNames =
    {
        "DossierDataRoot", "DossierNamespace", "DossierClassName", "RootNamespace", "MSBuildProjectDirectory",
        "Nullable", "DefineConstants", "DossierIncludeDataFiles",
        // For the evaluation cache's stamp: the SDK the evaluation used.
        "NETCoreSdkVersion", "MSBuildExtensionsPath",
    };

    public static ProjectContext Locate(string? project, string? data, ToolEnvironment environment)
    {
        if (project is null && data is not null)
        {
            var dataRoot = FullPath(environment.WorkingDirectory, data);
            if (!Directory.Exists(dataRoot))
            {
                throw new ToolException($"the data folder '{data}' does not exist ({dataRoot}).");
            }

            var parent = Path.GetDirectoryName(dataRoot) ?? dataRoot;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MSBuildProjectDirectory"] = parent,
                ["DossierDataRoot"] = dataRoot,
            };
            return new ProjectContext(null, parent, dataRoot, properties, Array.Empty<string>(), Array.Empty<string>(), true, Array.Empty<string>());
        }

        var projectFile = FindProjectFile(project, environment.WorkingDirectory);
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        var likelyRoot = data is not null ? FullPath(environment.WorkingDirectory, data) : Path.Combine(projectDirectory, "data");
        var prefetch = Directory.Exists(likelyRoot) ? DataWorkspace.Prefetch(likelyRoot, environment.Cancellation) : null;
        var (read, usings) = ReadProperties(projectFile, environment);
        var dataRootProperty = read.TryGetValue("DossierDataRoot", out var root) && root.Length > 0 ? root : "data";
        var dataFolder = data is not null ? FullPath(environment.WorkingDirectory, data) : FullPath(projectDirectory, dataRootProperty);
        if (!Directory.Exists(dataFolder))
        {
            throw new ToolException($"the project {Relative(environment.WorkingDirectory, projectFile)} has no data folder: {dataFolder} does not exist (DossierDataRoot is '{dataRootProperty}'). Create it, or set DossierDataRoot in the project.");
        }

        var generatorProperties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MSBuildProjectDirectory"] = projectDirectory,
            ["DossierDataRoot"] = dataFolder,
        };
        foreach (var name in new[] { "DossierNamespace", "DossierClassName", "RootNamespace" })
        {
            if (read.TryGetValue(name, out var value) && value.Length > 0)
            {
                generatorProperties[name] = value;
            }
        }

        var symbols = read.TryGetValue("DefineConstants", out var defines)
            ? defines.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Array.Empty<string>();
        var nullable = read.TryGetValue("Nullable", out var n) && (n.Equals("enable", StringComparison.OrdinalIgnoreCase) || n.Equals("annotations", StringComparison.OrdinalIgnoreCase));
        return new ProjectContext(projectFile, projectDirectory, dataFolder, generatorProperties, FindSourceFiles(projectDirectory), usings, nullable, symbols) { Prefetch = prefetch };
    }

    private static string FindProjectFile(string? project, string workingDirectory)
    {
        if (project is not null)
        {
            var path = FullPath(workingDirectory, project);
            if (File.Exists(path))
            {
                return path;
            }

            if (!Directory.Exists(path))
            {
                throw new ToolException($"the project '{project}' does not exist ({path}).");
            }

            workingDirectory = path;
        }

        var candidates = Directory.GetFiles(workingDirectory, "*.csproj").Order(StringComparer.Ordinal).ToArray();
        return candidates.Length switch
        {
            1 => candidates[0],
            0 => throw new ToolException($"no .csproj in {workingDirectory}. Name one with --project PATH, or a data folder with --data DIR."),
            _ => throw new ToolException($"{candidates.Length} project files in {workingDirectory}: {string.Join(", ", candidates.Select(Path.GetFileName))}. Name one with --project PATH."),
        };
    }

    /// <summary>
    /// Evaluates the project (no build) for the properties and the Using items. First without the
    /// SDK's workload resolver, which costs a good share of an evaluation and which only projects
    /// that use workloads (MAUI, WebAssembly) need; those fail to evaluate without it, and are
    /// evaluated again with it.
    /// </summary>
    private static (Dictionary<string, string> Properties, IReadOnlyList<string> Usings) ReadProperties(string projectFile, ToolEnvironment environment)
    {
        if (EvaluationCache.TryRead(projectFile, PropertyNames) is { } cached)
        {
            return (cached.Properties, cached.Usings);
        }

        (Dictionary<string, string> Properties, IReadOnlyList<string> Usings) read;
        try
        {
            read = ReadProperties(projectFile, environment, workloads: false);
        }
        catch (ToolException)
        {
            read = ReadProperties(projectFile, environment, workloads: true);
        }

        EvaluationCache.Write(projectFile, PropertyNames, new ProjectEvaluation(read.Properties, read.Usings.ToList()));
        return read;
    }

    private static (Dictionary<string, string> Properties, IReadOnlyList<string> Usings) ReadProperties(string projectFile, ToolEnvironment environment, bool workloads)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(projectFile)!,
        };
        start.ArgumentList.Add("msbuild");
        start.ArgumentList.Add(projectFile);
        start.ArgumentList.Add("-nologo");
        foreach (var name in PropertyNames)
        {
            start.ArgumentList.Add("-getProperty:" + name);
        }

        start.ArgumentList.Add("-getItem:Using");
        // Set when the tool runs inside a build or a test host; they would point this evaluation
        // at that MSBuild instead of the SDK's own.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE" })
        {
            start.Environment.Remove(name);
        }

        if (!workloads)
        {
            start.Environment["MSBuildEnableWorkloadResolver"] = "false";
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";

        string output;
        string error;
        int exitCode;
        try
        {
            using var process = Process.Start(start)!;
            var errorTask = process.StandardError.ReadToEndAsync(environment.Cancellation);
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            error = errorTask.GetAwaiter().GetResult();
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ToolException($"could not run 'dotnet msbuild' to read {projectFile}: {exception.Message}. Use --data DIR to check a data folder without a project.");
        }

        if (exitCode != 0)
        {
            var message = (output + error).Trim();
            throw new ToolException($"'dotnet msbuild' could not read {projectFile}:{Environment.NewLine}{message}");
        }

        try
        {
            using var document = JsonDocument.Parse(output);
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty("Properties", out var list))
            {
                foreach (var property in list.EnumerateObject())
                {
                    properties[property.Name] = property.Value.GetString() ?? string.Empty;
                }
            }

            var usings = new List<string>();
            if (document.RootElement.TryGetProperty("Items", out var items) && items.TryGetProperty("Using", out var usingItems))
            {
                foreach (var item in usingItems.EnumerateArray())
                {
                    usings.Add(ToGlobalUsing(item));
                }
            }

            return (properties, usings);
        }
        catch (JsonException)
        {
            throw new ToolException($"'dotnet msbuild' printed something other than the properties asked for, for {projectFile}:{Environment.NewLine}{output.Trim()}");
        }
    }

    /// <summary>A Using item as the SDK writes it into GlobalUsings.g.cs.</summary>
    private static string ToGlobalUsing(JsonElement item)
    {
        string Get(string name) => item.TryGetProperty(name, out var v) ? v.GetString() ?? string.Empty : string.Empty;
        var identity = Get("Identity");
        var alias = Get("Alias");
        var isStatic = Get("Static").Equals("true", StringComparison.OrdinalIgnoreCase);
        return alias.Length > 0 ? $"global using {alias} = global::{identity};"
            : isStatic ? $"global using static global::{identity};"
            : $"global using global::{identity};";
    }

    /// <summary>The project's C# files, as the SDK's default Compile glob finds them (bin/ and obj/ left out).</summary>
    private static IReadOnlyList<string> FindSourceFiles(string projectDirectory)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(projectDirectory);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            files.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(child);
                var skip = folder == projectDirectory && (name is "bin" or "obj");
                if (!skip && !name.StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string FullPath(string baseDirectory, string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(baseDirectory, path)));

    /// <summary>A path relative to <paramref name="baseDirectory"/> when it is under it; otherwise the full path.</summary>
    public static string Relative(string baseDirectory, string path)
    {
        var relative = Path.GetRelativePath(baseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
