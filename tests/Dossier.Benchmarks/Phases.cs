using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Dossier.Generators.Emission;
using Dossier.Generators.Inference;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Benchmarks;

/// <summary>
/// Where a cold generator run spends its time, stage by stage (<c>phases FORMAT SHAPE SIZE</c>):
/// a diagnostic for finding what to make faster, not a benchmark. Calls the generator's stages
/// directly (the generator lets this assembly see its internals).
/// </summary>
internal static class Phases
{
    public static void Run(DataFormat format, DataShape shape, int size)
    {
        var files = Synthetic.Files(format, shape, size);
        // The baseline parses the same bytes; for markdown, the same records as JSON (as the benchmark does).
        var bytes = format is DataFormat.JsonArray or DataFormat.JsonFiles
            ? files.Select(f => Encoding.UTF8.GetBytes(f.Content)).ToArray()
            : [Encoding.UTF8.GetBytes(Synthetic.JsonArray(shape, size))];
        var options = new DossierOptions("/project/data/", "/project/", "Sample.Data", "Dataset", null, null);
        var texts = files.Select(f => SourceText.From(f.Content, Encoding.UTF8)).ToArray();
        Console.WriteLine($"{format} {shape} {size}: {files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Content)):N0} bytes in {files.Length} file(s)");
        var best = (Json: double.MaxValue, Parse: double.MaxValue, Infer: double.MaxValue, Bind: double.MaxValue, Emit: double.MaxValue);
        const int Reps = 7;

        // Warm-up repetitions, not shown, for at least a second: a small dataset's repetitions are
        // over before tiered compilation has optimised the parser, and would time its first tier.
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        var warmUps = 0;
        for (var rep = 0; rep < Reps + warmUps; rep++)
        {
            var isWarmUp = rep == warmUps && warmUp.ElapsedMilliseconds < 1000;
            if (isWarmUp)
            {
                warmUps++;
            }

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            foreach (var b in bytes)
            {
                using var document = JsonDocument.Parse(b);
            }

            var json = Lap(watch);
            var pauseBefore = GC.GetTotalPauseDuration();
            var parsed = new List<FileParseResult>(files.Length);
            for (var i = 0; i < files.Length; i++)
            {
                var info = DataFileClassifier.Classify("/project/" + files[i].Path, options, out _)!;
                var file = DataFileParser.Parse(info, texts[i], CancellationToken.None);
                parsed.Add(new FileParseResult(info.FilePath, file, null, file.Diagnostics));
            }

            var parse = Lap(watch);
            var parsePause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var shapes = parsed.Select(p => p with { Shape = ShapeReader.Read(p.File!, CancellationToken.None) }).ToImmutableArray();
            var shapeRead = Lap(watch);
            var dataset = DatasetInference.Infer(shapes, ImmutableArray<DeclaredTypeSpec>.Empty, options, CancellationToken.None);
            var schema = Lap(watch);
            var infer = shapeRead + schema;
            var schemas = dataset.Bindings.ToDictionary(c => c.Collection, StringComparer.Ordinal);
            var bound = parsed.Select(p => (BoundFile?)RecordBinder.Bind(p.File!, schemas[p.File!.File.Collection], CancellationToken.None)).ToImmutableArray();
            var bindFiles = Lap(watch);
            var records = CollectionAssembler.Assemble(bound, dataset, CancellationToken.None);
            var assemble = Lap(watch);
            var bind = bindFiles + assemble;
            var sources = Dossier.Generators.DossierGenerator.CollectionOutputs(dataset.Collections, records.Collections).Select(CollectionEmitter.Emit)
                .Concat(Dossier.Generators.DossierGenerator.SplitBlocks(dataset.Collections, records.Collections).SelectMany(set => DataEmitter.Slots(set)).Where(s => s.Blocks.Count > 0).Select(DataEmitter.EmitSlot))
                .ToList();
            var emit = Lap(watch);
            var stagesPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s, Encoding.UTF8), GeneratorHost.ParseOptions)).ToList();
            var roslynParse = Lap(watch);
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
            var collections = GC.CollectionCount(0) - collectionsBefore;
            var total = parse + infer + bind + emit;
            if (isWarmUp)
            {
                continue;
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  JsonDocument {json,8:F1} ms | parse {parse,8:F1}  shape+schema {infer,8:F1}  bind {bind,8:F1}  emit {emit,8:F1}  = {total,8:F1} ms ({total / json,5:F1}x) | Roslyn parse of output {roslynParse,8:F1} ms, {sources.Sum(s => s.Length):N0} chars, {dataset.Diagnostics.Count + records.Diagnostics.Count} diagnostics | {allocated:F0} MB allocated, {collections} GCs (whole rep), GC pauses in the parse {parsePause:F0} ms, in all stages {stagesPause:F0} ms | re-run by every data edit: schema {schema:F1} ms, assemble {assemble:F1} ms"));
            GC.KeepAlive(trees);
            best = (Math.Min(best.Json, json), Math.Min(best.Parse, parse), Math.Min(best.Infer, infer), Math.Min(best.Bind, bind), Math.Min(best.Emit, emit));
        }

        // The machine is noisy: the fastest of the repetitions, phase by phase, is the steadiest figure.
        var sum = best.Parse + best.Infer + best.Bind + best.Emit;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  fastest of {Reps}: JsonDocument {best.Json,8:F1} ms | parse {best.Parse,8:F1}  shape+schema {best.Infer,8:F1}  bind {best.Bind,8:F1}  emit {best.Emit,8:F1}  = {sum,8:F1} ms ({sum / best.Json,5:F1}x)"));
    }

    /// <summary>Compile time of the generated code alone (<c>phases emit SHAPE SIZE</c>), with the garbage collections it causes.</summary>
    public static void Emit(DataShape shape, int size)
    {
        var (_, output) = GeneratorHost.RunAndCheck(GeneratorHost.Texts(Synthetic.Files(DataFormat.JsonArray, shape, size)), GeneratorHost.CreateCompilation());
        Console.WriteLine($"{shape} {size}: {output.SyntaxTrees.Sum(t => (long)t.Length):N0} chars of source");
        for (var rep = 0; rep < 3; rep++)
        {
            var gen2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            using var stream = new System.IO.MemoryStream();
            var result = output.Clone().Emit(stream);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  emit {watch.Elapsed.TotalMilliseconds,8:F0} ms, {stream.Length:N0} bytes, {GC.CollectionCount(2) - gen2} gen2 collections, success {result.Success}"));
        }
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}
