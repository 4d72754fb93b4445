using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Dossier.Benchmarks;

/// <summary>
/// 3. Compile time of the generated code: <c>CSharpCompilation.Emit</c> of the generator's output
/// (already parsed, as in a build), at 10,000 and 100,000 records. Each invocation emits a fresh
/// clone of the compilation, so nothing bound by an earlier emit is reused; the reference
/// assemblies' metadata is shared, as in the compiler server. The project without data is the
/// baseline: the fixed cost of any compilation.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Compilation _withData = null!;
    private Compilation _withoutData = null!;

    [ParamsSource(nameof(Cases))]
    public DatasetCase Case { get; set; } = null!;

    public static IEnumerable<DatasetCase> Cases() => BenchmarkSizes.CompileCases();

    // Generating 100,000 records takes a while: once per process (both benchmarks of a case share it).
    private static readonly ConcurrentDictionary<DatasetCase, Compilation> Outputs = new();

    [GlobalSetup]
    public void Setup()
    {
        _withoutData = GeneratorHost.CreateCompilation();
        _withData = Outputs.GetOrAdd(Case, static c =>
        {
            var (_, output) = GeneratorHost.RunAndCheck(GeneratorHost.Texts(Synthetic.Files(c.Format, c.Shape, c.Size)), GeneratorHost.CreateCompilation());
            GeneratorHost.EmitOrThrow(output); // compiles cleanly, and warms the references' metadata
            return output;
        });
    }

    [Benchmark(Baseline = true, Description = "Emit, project without data")]
    public long EmitWithoutData() => Emit(_withoutData);

    [Benchmark(Description = "Emit, project with data")]
    public long EmitWithData() => Emit(_withData);

    private static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Clone().Emit(stream);
        return result.Success ? stream.Length : -1;
    }
}
