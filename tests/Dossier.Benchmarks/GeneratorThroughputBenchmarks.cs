using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Benchmarks;

/// <summary>
/// 1. Generator throughput: a cold run of the generator (a new driver, nothing cached) over a
/// dataset, against <see cref="JsonDocument.Parse(System.ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes (for markdown and CSV, of the same records as JSON, the cost of merely
/// parsing them). The run is the generator's part of a build: the driver and Dossier's parse, inference
/// and emission. The driver (Roslyn 4.14) parses the generated source lazily, when the
/// compilation first needs it, so the run does not include that parse; <see cref="ParseGeneratedSource"/>
/// measures it alone, the cost a build adds when it compiles the output.
/// </summary>
[MemoryDiagnoser]
public class GeneratorThroughputBenchmarks
{
    private byte[][] _json = [];
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private string[] _generated = [];

    [ParamsSource(nameof(Cases))]
    public DatasetCase Case { get; set; } = null!;

    public static IEnumerable<DatasetCase> Cases() => BenchmarkSizes.ThroughputCases();

    // The three benchmarks of a case share its inputs, made once for them. Only the current case's
    // are kept: every case's inputs kept alive (100,000 records' texts and output in some layouts)
    // would grow the heap that later cases' collections trace.
    private static (DatasetCase Case, byte[][] Json, ImmutableArray<AdditionalText> Texts, string[] Generated)? _inputs;

    // The layouts (format and shape) already run warm in this process.
    private static readonly HashSet<(DataFormat, DataShape)> Warm = [];

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorHost.CreateCompilation();
        if (_inputs?.Case != Case)
        {
            _inputs = null;
            var files = Synthetic.Files(Case.Format, Case.Shape, Case.Size);
            var json = Case.Format is DataFormat.JsonArray or DataFormat.JsonFiles
                ? files.Select(f => Encoding.UTF8.GetBytes(f.Content)).ToArray()
                : [Encoding.UTF8.GetBytes(Synthetic.JsonArray(Case.Shape, Case.Size))];
            var texts = GeneratorHost.Texts(files);
            var (driver, _) = GeneratorHost.RunAndCheck(texts, GeneratorHost.CreateCompilation());
            _inputs = (Case, json, texts, driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray());
        }

        (_, _json, _texts, _generated) = _inputs.Value;

        // A cold run is one long call: the few warm-up iterations of a short job can end before
        // tiered compilation has optimised the parser's methods (the first, smallest case then read
        // three times its steady time). Running both sides for a second first measures them warm,
        // as they are in the long-lived compiler server. Once per layout: its other sizes and
        // benchmarks run the same code, already optimised.
        if (!Warm.Add((Case.Format, Case.Shape)))
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 1000)
        {
            JsonDocumentParse();
            GeneratorColdRun();
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        var count = 0;
        foreach (var bytes in _json)
        {
            using var document = JsonDocument.Parse(bytes);
            count += document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 1;
        }

        return count;
    }

    [Benchmark(Description = "Generator, cold run")]
    public int GeneratorColdRun() =>
        GeneratorHost.CreateDriver(_texts).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Compiler's parse of the output")]
    public int ParseGeneratedSource()
    {
        var count = 0;
        foreach (var source in _generated)
        {
            count += CSharpSyntaxTree.ParseText(source, GeneratorHost.ParseOptions).Length;
        }

        return count;
    }
}
