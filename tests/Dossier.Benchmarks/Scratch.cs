using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Dossier.Generators.Inference;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Dossier.Generators.Emission;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Benchmarks;

internal static class Scratch
{
    public static void Run()
    {
        var files = Synthetic.Files(DataFormat.JsonFiles, DataShape.Flat, 1000);
        var options = new DossierOptions("/project/data/", "/project/", "Sample.Data", "Dataset", null, null);
        var parsed = files.Select(f => { var info = DataFileClassifier.Classify("/project/" + f.Path, options, out _)!; return JsonDataParser.Parse(info, SourceText.From(f.Content, Encoding.UTF8), CancellationToken.None); }).ToArray();
        var shapes = parsed.Select(p => new FileParseResult(p, CollectionInference.ReadShape(p, CancellationToken.None), p.Diagnostics)).ToImmutableArray();
        var dataset = DatasetInference.Infer(shapes, ImmutableArray<DeclaredTypeSpec>.Empty, options, CancellationToken.None);
        var bound = parsed.Select(p => (BoundFile?)CollectionInference.Bind(p, dataset.Collections[0], CancellationToken.None)).ToImmutableArray();
        var records = RecordAssembly.Assemble(bound, dataset, CancellationToken.None);
        Time("infer", () => DatasetInference.Infer(shapes, ImmutableArray<DeclaredTypeSpec>.Empty, options, CancellationToken.None));
        Time("infer again", () => DatasetInference.Infer(shapes, ImmutableArray<DeclaredTypeSpec>.Empty, options, CancellationToken.None));
        Time("dataset equals", () => dataset.Equals(DatasetInference.Infer(shapes, ImmutableArray<DeclaredTypeSpec>.Empty, options, CancellationToken.None)));
        Time("assemble", () => RecordAssembly.Assemble(bound, dataset, CancellationToken.None));
        Time("pair", () => Dossier.Generators.DossierGenerator.Pair(dataset.Collections, records.Collections));
        Time("split", () => Dossier.Generators.DossierGenerator.SplitBlocks(dataset.Collections, records.Collections));
        var blocks = Dossier.Generators.DossierGenerator.SplitBlocks(dataset.Collections, records.Collections);
        Time("emit block", () => DataEmitter.EmitBlock(blocks[3]));
        Time("emit main", () => CollectionEmitter.Emit(Dossier.Generators.DossierGenerator.Pair(dataset.Collections, records.Collections)[0]));
        Time("parse one", () => JsonDataParser.Parse(parsed[5].File, SourceText.From(files[5].Content, Encoding.UTF8), CancellationToken.None));
        Time("shape one", () => CollectionInference.ReadShape(parsed[5], CancellationToken.None));
        Time("bind one", () => CollectionInference.Bind(parsed[5], dataset.Collections[0], CancellationToken.None));
    }

    private static void Time(string name, Func<object> action)
    {
        for (var i = 0; i < 20; i++) action();
        var watch = Stopwatch.StartNew();
        var n = 0;
        while (watch.ElapsedMilliseconds < 1000) { action(); n++; }
        Console.WriteLine($"{name,-16} {watch.Elapsed.TotalMilliseconds * 1000 / n,10:F1} us");
    }
}
internal static class Scratch2
{
    public static void Run()
    {
        var b = new IncrementalBenchmarks { Shape = DataShape.Flat };
        b.Setup();
        for (var i = 0; i < 300; i++) b.EditOneDataFile();
        var f = typeof(IncrementalBenchmarks).GetField("_warm", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var warm = (Microsoft.CodeAnalysis.GeneratorDriver)f.GetValue(b)!;
        var orig = (Microsoft.CodeAnalysis.AdditionalText)typeof(IncrementalBenchmarks).GetField("_original", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(b)!;
        var edited = (Microsoft.CodeAnalysis.AdditionalText)typeof(IncrementalBenchmarks).GetField("_edited", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(b)!;
        var comp = (Microsoft.CodeAnalysis.Compilation)typeof(IncrementalBenchmarks).GetField("_compilation", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(b)!;
        double total = 0, gen = 0, replace = 0; var n = 200;
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            var d = warm.ReplaceAdditionalText(orig, edited);
            replace += sw.Elapsed.TotalMilliseconds;
            d = d.RunGenerators(comp);
            total += sw.Elapsed.TotalMilliseconds;
            gen += d.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds;
        }
        Console.WriteLine($"total {total / n:F3} ms, generator {gen / n:F3} ms, replace {replace / n:F3} ms");
    }
}
