using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Dossier.Generators;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Benchmarks;

/// <summary>
/// Hosts the generator as the compiler does in a build: a <see cref="GeneratorDriver"/> over
/// additional texts and build properties. Step tracking is off unless asked for, as in a build.
/// </summary>
public static class GeneratorHost
{
    /// <summary>The .NET 10 reference assemblies and the Dossier runtime: what the generated code compiles against.</summary>
    public static readonly MetadataReference[] References =
        Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(RecordSet<>).Assembly.Location))
            .ToArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>A project with one small C# file, compiled as a Release library.</summary>
    public static CSharpCompilation CreateCompilation(string assemblyName = "Dossier.Generated", string? extraSource = null)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText("namespace Sample { public static class Marker { } }", ParseOptions, "Marker.cs") };
        if (extraSource is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText(extraSource, ParseOptions, "Extra.cs"));
        }

        return CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
    }

    /// <summary>The additional texts the compiler would see for these data files.</summary>
    public static ImmutableArray<AdditionalText> Texts(IEnumerable<DataFile> files) =>
        files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToImmutableArray();

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            generators: [new DossierGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: ParseOptions,
            optionsProvider: new Dossier.Generators.Tooling.BuildPropertiesProvider(new Dictionary<string, string>
            {
                ["MSBuildProjectDirectory"] = "/project",
                ["RootNamespace"] = "Sample",
            }),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and returns the output compilation, failing on any generator error.</summary>
    public static (GeneratorDriver Driver, Compilation Output) RunAndCheck(ImmutableArray<AdditionalText> texts, CSharpCompilation compilation)
    {
        var driver = CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var errors = diagnostics.Concat(driver.GetRunResult().Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator reported:\n" + string.Join("\n", errors.Take(10)));
        }

        return (driver, output);
    }

    /// <summary>Emits a compilation to PE bytes, failing on any warning or error.</summary>
    public static byte[] EmitOrThrow(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!result.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
        }

        return stream.ToArray();
    }
}
