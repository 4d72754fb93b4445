using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.TestHelpers;

/// <summary>
/// Runs the generator over in-memory data, compiles its output against the real .NET 10
/// reference assemblies and the Dossier runtime, and loads the result so that tests can read
/// the compiled-in values back.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly MetadataReference[] References =
        Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(RecordSet<>).Assembly.Location))
            .ToArray();

    public static DossierRunResult Run(params DataFile[] files) => Run(new DossierRunOptions(), files);

    public static DossierRunResult Run(DossierRunOptions options, params DataFile[] files) =>
        DossierGeneratorRunner.Run(CreateCompilation(), files, options);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        DossierGeneratorRunner.CreateCompilation(
            References,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))));

    /// <summary>Runs the generator, requires no diagnostics, compiles the output with no errors or warnings, and loads it.</summary>
    public static CompiledDataset Compile(params DataFile[] files) => Compile(new DossierRunOptions(), files);

    public static CompiledDataset Compile(DossierRunOptions options, params DataFile[] files)
    {
        var result = Run(options, files);
        Assert.True(result.Diagnostics.IsEmpty, "Unexpected generator diagnostics:\n" + string.Join("\n", result.Diagnostics));
        return Load(result);
    }

    /// <summary>Emits the output compilation (no errors, no warnings) and loads it into a collectible context.</summary>
    public static CompiledDataset Load(DossierRunResult result)
    {
        using var peStream = new MemoryStream();
        var emit = result.OutputCompilation.Emit(peStream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(
            emit.Success && problems.Count == 0,
            "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)) + "\n\n" + string.Join("\n\n", result.Sources.Values).Substring(0, Math.Min(4000, result.Sources.Values.Sum(s => s.Length))));
        peStream.Position = 0;
        var context = new AssemblyLoadContext("dossier-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (ctx, name) => name.Name == "Dossier" ? typeof(RecordSet<>).Assembly : null;
        return new CompiledDataset(context.LoadFromStream(peStream), result);
    }

    public static List<Diagnostic> CompilationErrors(DossierRunResult result) =>
        result.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}

/// <summary>A compiled dataset, read through reflection.</summary>
internal sealed class CompiledDataset(Assembly assembly, DossierRunResult result)
{
    public Assembly Assembly { get; } = assembly;

    public DossierRunResult Result { get; } = result;

    public Type Type(string name) =>
        Assembly.GetTypes().SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"No generated type {name}.");

    /// <summary>The records of a collection, as objects, in order (<c>Dataset.Name</c>).</summary>
    public IReadOnlyList<object> Collection(string propertyName, string className = "Dataset")
    {
        var entry = Type(className);
        var property = entry.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"No collection {propertyName}.");
        return ((System.Collections.IEnumerable)property.GetValue(null)!).Cast<object>().ToList();
    }

    public object Record(string propertyName, string id) =>
        Collection(propertyName).Single(r => (string)Get(r, "Id")! == id);

    public static object? Get(object record, string property) =>
        (record.GetType().GetProperty(property) ?? throw new InvalidOperationException($"{record.GetType().Name} has no property {property}.")).GetValue(record);

    public static Type PropertyType(Type type, string property) =>
        (type.GetProperty(property) ?? throw new InvalidOperationException($"{type.Name} has no property {property}.")).PropertyType;
}
