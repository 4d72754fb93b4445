using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Dossier.Benchmarks;

/// <summary>
/// 4. Start-up: the time to the first query, <c>Dataset.Items.Get(id)</c> over compiled-in data,
/// against loading the same JSON file at run time with System.Text.Json's source-generated
/// deserializer and finding the record, with the memory each allocates.
/// </summary>
/// <remarks>
/// <para>
/// Method. First access is what start-up means, and it happens once per process, but a benchmark
/// runs many iterations. So every iteration loads the compiled dataset afresh, from its file, into
/// a new <see cref="AssemblyLoadContext"/> (in <see cref="IterationSetup"/>, not timed), and the
/// measured invocation (one per iteration) makes the first call into it: the type initializer that
/// builds the records, the JIT of the generated readers, the pages of the data section read in,
/// the id index built by the first <c>Get</c>. The JSON side reads the file (from the same warm
/// file cache), deserializes it and scans for the id, the cheapest way to one query.
/// </para>
/// <para>
/// Both sides alike: the JSON side too gets a fresh copy of its program-specific code every
/// iteration (this assembly, with its <see cref="JsonItemContext"/>, loaded into a new context), so
/// that the deserializer's generated code is JIT-compiled and its metadata built afresh, as the
/// generated readers are on the other side. What stays warm on both sides is the libraries that
/// every iteration shares (Dossier's runtime, System.Text.Json, the BCL). <c>run.sh</c> also
/// times both in fresh processes (<c>coldstart</c>), where nothing is warm: the start-up a user
/// sees, with a process's noise.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private string _assemblyPath = null!;
    private string _id = null!;
    private AssemblyLoadContext? _context;
    private Func<string, object>? _first;
    private Func<string, string, object>? _loadJson;

    [ParamsSource(nameof(Cases))]
    public DatasetCase Case { get; set; } = null!;

    public static IEnumerable<DatasetCase> Cases() => BenchmarkSizes.StartupCases();

    [GlobalSetup]
    public void Setup()
    {
        _assemblyPath = CompiledDatasets.AssemblyPath(Case.Shape, Case.Size);
        _id = Synthetic.Id(Case.Size / 2);
    }

    [IterationSetup(Target = nameof(CompiledIn))]
    public void LoadFreshAssembly() => (_context, _first) = Load(_assemblyPath);

    [IterationSetup(Target = nameof(SystemTextJson))]
    public void LoadFreshDeserializer() => (_context, _loadJson) = LoadDeserializer();

    [IterationCleanup]
    public void Unload()
    {
        _first = null;
        _loadJson = null;
        _context?.Unload();
        _context = null;
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json, source-generated")]
    public object SystemTextJson() => _loadJson!(_assemblyPath + ".json", _id);

    [Benchmark(Description = "Dossier, compiled in")]
    public object CompiledIn() => _first!(_id);

    /// <summary>Loads a compiled dataset into a new collectible context and returns its probe, not yet called.</summary>
    public static (AssemblyLoadContext Context, Func<string, object> First) Load(string assemblyPath)
    {
        var context = new AssemblyLoadContext("dossier-startup-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += static (_, name) => name.Name == "Dossier" ? typeof(RecordSet<>).Assembly : null;
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        var method = assembly.GetType("Probe", throwOnError: true)!.GetMethod("First", BindingFlags.Public | BindingFlags.Static)!;
        return (context, method.CreateDelegate<Func<string, object>>());
    }

    /// <summary>Loads a fresh copy of this assembly (its deserializer included) and returns its <see cref="LoadJson"/>, not yet called.</summary>
    public static (AssemblyLoadContext Context, Func<string, string, object> LoadJson) LoadDeserializer()
    {
        // Only this assembly is loaded again: its dependencies (System.Text.Json) come from the default context.
        var context = new AssemblyLoadContext("dossier-startup-json-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromAssemblyPath(typeof(StartupBenchmarks).Assembly.Location);
        var method = assembly.GetType(typeof(StartupBenchmarks).FullName!, throwOnError: true)!.GetMethod(nameof(LoadJson), BindingFlags.Public | BindingFlags.Static)!;
        return (context, method.CreateDelegate<Func<string, string, object>>());
    }

    /// <summary>What a program that loads its data at run time does before its first query.</summary>
    public static object LoadJson(string path, string id)
    {
        var items = JsonSerializer.Deserialize(File.ReadAllBytes(path), JsonItemContext.Default.JsonItemArray)
            ?? throw new InvalidDataException("No items.");
        return Array.Find(items, item => item.Id == id) ?? throw new InvalidDataException("No item " + id.ToString(CultureInfo.InvariantCulture) + ".");
    }
}
