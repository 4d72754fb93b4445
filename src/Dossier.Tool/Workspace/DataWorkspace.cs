using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators;
using Dossier.Generators.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Tool.Workspace;

/// <summary>
/// A project's data files and C# declarations, with a generator driver kept warm over them: the
/// first run costs what a build's generator run costs; after an edit (<see cref="Apply"/>) the next
/// run re-does only what the generator's incremental pipeline re-does for that edit.
/// </summary>
internal sealed class DataWorkspace
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private readonly Dictionary<string, DataFileText> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntaxTree> _trees = new(StringComparer.Ordinal);
    private readonly CSharpParseOptions _parseOptions;
    private readonly DatasetObserver _observer = new();
    private CSharpCompilation _compilation;
    private GeneratorDriver _driver;

    private DataWorkspace(ProjectContext project, CancellationToken cancellationToken)
    {
        Project = project;
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, preprocessorSymbols: project.PreprocessorSymbols);
        // A read-ahead that failed (a folder it could not list) is ignored: the listing below
        // meets the same problem and reports it as the tool's own error.
        if (project.Prefetch is { } prefetch && prefetch.Root == project.DataRoot && CompletedSuccessfully(prefetch.Files, cancellationToken))
        {
            foreach (var file in prefetch.Files.Result)
            {
                _files[file.Path] = file;
            }
        }
        else
        {
            foreach (var path in EnumerateDataFiles(project.DataRoot, cancellationToken))
            {
                _files[path] = new DataFileText(path);
            }
        }

        var trees = new List<SyntaxTree>();
        if (project.GlobalUsings.Count > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(string.Join(Environment.NewLine, project.GlobalUsings), _parseOptions, "GlobalUsings.g.cs", cancellationToken: cancellationToken));
        }

        foreach (var source in project.SourceFiles)
        {
            var tree = ParseSource(source, cancellationToken);
            _trees[source] = tree;
            trees.Add(tree);
        }

        _compilation = CSharpCompilation.Create(
            "Dossier.Tool.Project",
            trees,
            // Without C# there is nothing to bind: the framework's metadata is not worth loading.
            trees.Count == 0 ? ImmutableArray<MetadataReference>.Empty : References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.NullableEnabled ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));
        _driver = CreateDriver();
    }

    public ProjectContext Project { get; }

    /// <summary>How many data files (JSON, YAML, markdown, CSV and TSV under the data folder) the generator is given.</summary>
    public int FileCount => _files.Count;

    /// <summary>Problems reading files (permissions, encodings), by path, after a run.</summary>
    public IEnumerable<(string Path, string Problem)> FileProblems =>
        _files.Values.Where(f => f.Problem is not null).Select(f => (f.Path, f.Problem!)).OrderBy(p => p.Path, StringComparer.Ordinal);

    public static DataWorkspace Open(ProjectContext project, CancellationToken cancellationToken) =>
        new(project, cancellationToken);

    /// <summary>Reads every data file not read yet (each once), so that a run measures the generator, and problems are known.</summary>
    public void LoadFiles(CancellationToken cancellationToken) =>
        Parallel.ForEach(_files.Values, new ParallelOptions { CancellationToken = cancellationToken }, file => file.Load());

    /// <summary>Runs the generator (incrementally, after the first run) and returns its diagnostics, sorted.</summary>
    public ImmutableArray<Diagnostic> Run(CancellationToken cancellationToken)
    {
        _driver = _driver.RunGenerators(_compilation, cancellationToken);
        return _driver.GetRunResult().Diagnostics
            .Select(AsTheBuildReportsIt)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>
    /// A generator that could not load, threw or was dropped (CS8784, CS8785, CS9057) is only a
    /// warning to the compiler, but the Dossier package makes the build fail on it (Dossier.props):
    /// the tool reports it as the build does, as an error, rather than passing data it never read.
    /// </summary>
    internal static Diagnostic AsTheBuildReportsIt(Diagnostic diagnostic) =>
        diagnostic.Id is "CS8784" or "CS8785" or "CS9057" && diagnostic.Severity != DiagnosticSeverity.Error
            ? Diagnostic.Create(
                diagnostic.Id,
                diagnostic.Descriptor.Category,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                DiagnosticSeverity.Error,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                warningLevel: 0,
                title: diagnostic.Descriptor.Title,
                helpLink: diagnostic.Descriptor.HelpLinkUri,
                location: diagnostic.Location)
            : diagnostic;

    /// <summary>The dataset the last run inferred.</summary>
    public DatasetDescription Describe() =>
        DossierEngine.Describe(_observer) ?? throw new InvalidOperationException("The generator has not run.");

    /// <summary>
    /// Starts listing and reading the files of a likely data folder (the default <c>data/</c>) and
    /// loading the framework's metadata, while the project is still being evaluated: a check then
    /// waits for the slower of the two rather than for both.
    /// </summary>
    public static DataPrefetch Prefetch(string dataRoot, CancellationToken cancellationToken)
    {
        _ = Task.Run(() => References.Value, cancellationToken);
        var files = Task.Run<IReadOnlyList<DataFileText>>(
            () =>
            {
                var texts = EnumerateDataFiles(dataRoot, cancellationToken).Select(p => new DataFileText(p)).ToList();
                Parallel.ForEach(texts, new ParallelOptions { CancellationToken = cancellationToken }, t => t.Load());
                return texts;
            },
            cancellationToken);
        return new DataPrefetch(dataRoot, files);
    }

    /// <summary>Applies changed paths (data files and C# files, added, edited or deleted) to the driver's inputs.</summary>
    /// <returns>The changes that concern the generator, as lines to print.</returns>
    public IReadOnlyList<string> Apply(IEnumerable<string> changedPaths, CancellationToken cancellationToken)
    {
        var described = new List<string>();
        foreach (var path in ExpandFolders(changedPaths).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (IsDataFile(Project.DataRoot, path))
            {
                var exists = File.Exists(path);
                if (_files.TryGetValue(path, out var old))
                {
                    if (exists)
                    {
                        var replacement = new DataFileText(path);
                        _files[path] = replacement;
                        _driver = _driver.ReplaceAdditionalText(old, replacement);
                        described.Add("changed " + path);
                    }
                    else
                    {
                        _files.Remove(path);
                        _driver = _driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(old));
                        described.Add("deleted " + path);
                    }
                }
                else if (exists)
                {
                    var added = new DataFileText(path);
                    _files[path] = added;
                    _driver = _driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));
                    described.Add("added " + path);
                }
            }
            else if (Project.SeesDeclarations && path.EndsWith(".cs", StringComparison.Ordinal) && IsProjectSource(path))
            {
                var exists = File.Exists(path);
                if (_trees.TryGetValue(path, out var oldTree))
                {
                    if (exists)
                    {
                        var tree = ParseSource(path, cancellationToken);
                        _trees[path] = tree;
                        _compilation = _compilation.ReplaceSyntaxTree(oldTree, tree);
                        described.Add("changed " + path);
                    }
                    else
                    {
                        _trees.Remove(path);
                        _compilation = _compilation.RemoveSyntaxTrees(oldTree);
                        described.Add("deleted " + path);
                    }
                }
                else if (exists)
                {
                    var tree = ParseSource(path, cancellationToken);
                    _trees[path] = tree;
                    _compilation = (_compilation.References.Any() ? _compilation : _compilation.WithReferences(References.Value)).AddSyntaxTrees(tree);
                    described.Add("added " + path);
                }
            }
        }

        return described;
    }

    /// <summary>A folder that appeared stands for the files in it; one that went away, for the files known under it.</summary>
    private IEnumerable<string> ExpandFolders(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path) || _files.ContainsKey(path) || _trees.ContainsKey(path))
            {
                yield return path;
            }
            else
            {
                var prefix = path + Path.DirectorySeparatorChar;
                foreach (var known in _files.Keys.Concat(_trees.Keys).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
                {
                    yield return known;
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="path"/> is a data file the generator reads: a file with one of
    /// <see cref="Generators.Parsing.DataFileClassifier.Extensions"/> under the data folder (Dossier.targets' glob), with no segment below the data folder starting with
    /// '.' (the generator skips those: <c>.schemas</c>, <c>.obsidian</c>, dot-files).
    /// </summary>
    public static bool IsDataFile(string dataRoot, string path) =>
        path.StartsWith(dataRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && Generators.Parsing.DataFileClassifier.Extensions.Any(extension => path.EndsWith(extension, GlobComparison))
        && !path[(dataRoot.Length + 1)..].Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'));

    /// <summary>Waits for <paramref name="task"/>; whether it ran to completion (a failure is not thrown here).</summary>
    private static bool CompletedSuccessfully(Task task, CancellationToken cancellationToken)
    {
        try
        {
            task.Wait(cancellationToken);
        }
        catch (AggregateException)
        {
            return false;
        }

        return task.IsCompletedSuccessfully;
    }

    private bool IsProjectSource(string path)
    {
        var relative = Path.GetRelativePath(Project.ProjectDirectory, path);
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return !relative.StartsWith("..", StringComparison.Ordinal) && first is not ("bin" or "obj");
    }

    /// <summary>MSBuild's globs match extensions case-sensitively where the file system is case-sensitive.</summary>
    private static StringComparison GlobComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static IEnumerable<string> EnumerateDataFiles(string dataRoot, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(dataRoot);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"cannot list the folder {folder}: {e.Message}");
            }

            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    // Hidden folders (.schemas, .obsidian) hold no data for the generator either.
                    if (!Path.GetFileName(entry).StartsWith('.'))
                    {
                        pending.Push(entry);
                    }
                }
                else if (IsDataFile(dataRoot, entry))
                {
                    files.Add(entry);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private SyntaxTree ParseSource(string path, CancellationToken cancellationToken)
    {
        var text = new DataFileText(path).GetText(cancellationToken) ?? Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty);
        return CSharpSyntaxTree.ParseText(text, _parseOptions, path, cancellationToken);
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            generators: new[] { DossierEngine.CreateGenerator(_observer).AsSourceGenerator() },
            additionalTexts: _files.Values.Cast<AdditionalText>().ToImmutableArray(),
            parseOptions: _parseOptions,
            optionsProvider: new BuildPropertiesProvider(Project.Properties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The shared framework's assemblies (the tool runs on .NET 10) and the Dossier runtime, for binding declarations.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(global::Dossier.IRecord).Assembly.Location));
        return references.ToImmutableArray();
    }
}

/// <summary>Data files being read ahead, for the data folder <paramref name="Root"/>.</summary>
internal sealed record DataPrefetch(string Root, Task<IReadOnlyList<DataFileText>> Files);
