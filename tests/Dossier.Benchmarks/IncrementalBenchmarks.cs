using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Benchmarks;

/// <summary>
/// 2. Incremental edits, as in an editor: 1,000 one-record-per-file data files, a driver that has
/// run once, then one data file edited (or an unrelated C# file) and the generator run again,
/// against a cold run over the same files. A <see cref="GeneratorDriver"/> is immutable, so every
/// invocation starts from the same warm driver. <see cref="CountSteps"/> counts what re-ran.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    public const int FileCount = 1_000;
    public const int EditedIndex = FileCount / 2;

    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(DataShape.Flat, DataShape.Nested)]
    public DataShape Shape { get; set; }

    [GlobalSetup]
    public void Setup() => (_texts, _compilation, _editedCompilation, _warm, _original, _edited) = Prepare(Shape, trackSteps: false);

    [Benchmark(Baseline = true, Description = "Cold run, 1,000 files")]
    public int ColdRun() => GeneratorHost.CreateDriver(_texts).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "One data file edited")]
    public int EditOneDataFile() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Unrelated C# file edited")]
    public int EditUnrelatedCSharp() => _warm.RunGenerators(_editedCompilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>Repeats the data edit (or the cold run) for a while, and prints the mean time of one: a workload for a profiler.</summary>
    public static void Loop(bool edit, DataShape shape, double seconds)
    {
        var benchmarks = new IncrementalBenchmarks { Shape = shape };
        benchmarks.Setup();
        for (var i = 0; i < 50; i++)
        {
            _ = edit ? benchmarks.EditOneDataFile() : benchmarks.ColdRun(); // past tiered compilation's first tiers
        }

        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        var generator = TimeSpan.Zero;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var driver = edit
                ? benchmarks._warm.ReplaceAdditionalText(benchmarks._original, benchmarks._edited).RunGenerators(benchmarks._compilation)
                : GeneratorHost.CreateDriver(benchmarks._texts).RunGenerators(benchmarks._compilation);
            generator += driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime;
            runs++;
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(
            $"{(edit ? "edit" : "cold")} {shape}: {elapsed / runs:F3} ms per run ({generator.TotalMilliseconds / runs:F3} ms in the generator's steps, the rest the driver's) over {runs} runs, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs / 1024.0:F0} KB allocated per run; " +
            $"collections per 100 runs: gen0 {(GC.CollectionCount(0) - gcs.Item1) * 100.0 / runs:F0}, gen1 {(GC.CollectionCount(1) - gcs.Item2) * 100.0 / runs:F0}, gen2 {(GC.CollectionCount(2) - gcs.Item3) * 100.0 / runs:F0}");
    }

    /// <summary>Runs the generator three times with step tracking and counts, per step, the outputs that were not cached.</summary>
    public static StepCounts CountSteps(DataShape shape)
    {
        var (_, compilation, editedCompilation, warm, original, edited) = Prepare(shape, trackSteps: true);
        var afterDataEdit = warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results[0];
        var afterCSharpEdit = warm.RunGenerators(editedCompilation).GetRunResult().Results[0];
        return new StepCounts(Count(afterDataEdit), Count(afterCSharpEdit));
    }

    private static (ImmutableArray<AdditionalText>, CSharpCompilation, CSharpCompilation, GeneratorDriver, AdditionalText, AdditionalText) Prepare(DataShape shape, bool trackSteps)
    {
        var texts = GeneratorHost.Texts(Synthetic.Files(DataFormat.JsonFiles, shape, FileCount));
        var compilation = GeneratorHost.CreateCompilation(extraSource: "namespace Sample { public class Unrelated { public int A; } }");
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Extra.cs");
        var editedCompilation = compilation.ReplaceSyntaxTree(
            tree,
            CSharpSyntaxTree.ParseText("namespace Sample { public class Unrelated { public int A; public int B; } }", GeneratorHost.ParseOptions, "Extra.cs"));
        var warm = GeneratorHost.CreateDriver(texts, trackSteps).RunGenerators(compilation);
        var original = texts[EditedIndex];
        var edited = DossierGeneratorRunner.CreateAdditionalText(new DataFile(
            "data/" + Synthetic.Collection + "/" + Synthetic.Id(EditedIndex) + ".json",
            Synthetic.EditedJsonObject(shape, EditedIndex)));
        if (edited.Path != original.Path || edited.GetText()!.ToString() == original.GetText()!.ToString())
        {
            throw new InvalidOperationException("The edit does not change the file.");
        }

        return (texts, compilation, editedCompilation, warm, original, edited);
    }

    /// <summary>Per tracked step: how many times it ran in all, how many of those did work (not served from the cache), and how many outputs changed.</summary>
    private static IReadOnlyList<StepCount> Count(GeneratorRunResult result) =>
        result.TrackedSteps
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new StepCount(
                s.Key,
                s.Value.Length,
                s.Value.Count(step => step.Outputs.Any(o => o.Reason != IncrementalStepRunReason.Cached)),
                s.Value.Sum(step => step.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Removed))))
            .ToList();
}

/// <summary>One tracked step on a re-run: its executions, those that did work rather than come from the cache, and its outputs that changed.</summary>
public sealed record StepCount(string Step, int Executions, int Executed, int Changed);

/// <summary>The steps that re-ran after a data edit and after an unrelated C# edit.</summary>
public sealed record StepCounts(IReadOnlyList<StepCount> AfterDataEdit, IReadOnlyList<StepCount> AfterCSharpEdit);
