using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Testing;

/// <summary>
/// Runs the Dossier generator in memory, as the compiler would in a build, over data files and
/// options given by the caller.
/// </summary>
/// <example>
/// <code>
/// var result = DossierGeneratorRunner.Run(new[] { new DataFile("data/countries.json", "[{\"id\":\"kz\"}]") });
/// Assert.Empty(result.Diagnostics);
/// var source = result.Sources["Dataset.Countries.g.cs"];
/// </code>
/// </example>
public static class DossierGeneratorRunner
{
    /// <summary>Runs the generator over <paramref name="files"/> in an otherwise empty compilation.</summary>
    public static DossierRunResult Run(IEnumerable<DataFile> files, DossierRunOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(CreateCompilation(), files, options, cancellationToken);

    /// <summary>Runs the generator over <paramref name="files"/> with <paramref name="compilation"/> as the project's code.</summary>
    public static DossierRunResult Run(Compilation compilation, IEnumerable<DataFile> files, DossierRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(files);
        options ??= new DossierRunOptions();
        var driver = CreateDriver(files, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, cancellationToken);
        return ToResult(driver, output);
    }

    /// <summary>Creates a driver that tracks incremental steps, for tests of caching behaviour.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<DataFile> files, DossierRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new DossierRunOptions();
        return CreateDriver(files.Select(f => CreateAdditionalText(f, options)), options);
    }

    /// <summary>Creates a driver over additional texts made with <see cref="CreateAdditionalText"/>, so that a test can later replace one of them.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, DossierRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new DossierRunOptions();
        return CSharpGeneratorDriver.Create(
            generators: new[] { new DossierGenerator().AsSourceGenerator() },
            additionalTexts: texts.ToImmutableArray(),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            optionsProvider: new OptionsProvider(ToProperties(options)),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Creates the additional text the driver sees for a data file (for editing a driver's inputs).</summary>
    public static AdditionalText CreateAdditionalText(DataFile file, DossierRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new InMemoryAdditionalText(ToAbsolute((options ?? new DossierRunOptions()).ProjectDirectory, file.Path), file.Content);
    }

    /// <summary>Collects a driver's results into a <see cref="DossierRunResult"/>.</summary>
    public static DossierRunResult ToResult(GeneratorDriver driver, Compilation outputCompilation)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var run = driver.GetRunResult();
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in run.Results.SelectMany(r => r.GeneratedSources))
        {
            sources[source.HintName] = source.SourceText.ToString();
        }

        var diagnostics = run.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new DossierRunResult(sources, diagnostics, outputCompilation, driver);
    }

    /// <summary>An empty C# library compilation with no references (add your own to compile the output).</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<MetadataReference>? references = null, IEnumerable<SyntaxTree>? syntaxTrees = null) =>
        CSharpCompilation.Create(
            "Dossier.Generated",
            syntaxTrees ?? Array.Empty<SyntaxTree>(),
            references ?? Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    private static string ToAbsolute(string projectDirectory, string path) =>
        path.StartsWith('/') || (path.Length > 1 && path[1] == ':') ? path : projectDirectory.TrimEnd('/') + "/" + path;

    private static Dictionary<string, string> ToProperties(DossierRunOptions options)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.MSBuildProjectDirectory"] = options.ProjectDirectory,
        };
        Add(properties, "RootNamespace", options.RootNamespace);
        Add(properties, "DossierDataRoot", options.DataRoot);
        Add(properties, "DossierNamespace", options.Namespace);
        Add(properties, "DossierClassName", options.ClassName);
        return properties;
    }

    private static void Add(Dictionary<string, string> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties["build_property." + name] = value;
        }
    }

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
