using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Benchmarks;

/// <summary>The edits a data author makes, as the incremental benchmark applies them to a warm driver.</summary>
public enum DataEdit
{
    /// <summary>A value of one record file changed, its type kept.</summary>
    ChangeValue,

    /// <summary>The first record (whose values are the docs' examples) changed.</summary>
    ChangeFirstRecord,

    /// <summary>A record file added, sorting in the middle.</summary>
    AddFile,

    /// <summary>A record file removed.</summary>
    RemoveFile,

    /// <summary>A record file renamed.</summary>
    RenameFile,

    /// <summary>A record added to the other collection's array file.</summary>
    AddRecordToArrayFile,

    /// <summary>A record removed from the other collection's array file.</summary>
    RemoveRecordFromArrayFile,

    /// <summary>A new key in the other collection: its schema changes.</summary>
    ChangeOtherCollectionSchema,

    /// <summary>A C# file that declares no Dossier type edited.</summary>
    UnrelatedCSharp,
}

/// <summary>
/// 2. Incremental edits, as in an editor: one-record-per-file data files plus a second collection
/// in an array file, a driver that has run once, then one edit and the generator run again,
/// against a cold run over the same files in the same run. A <see cref="GeneratorDriver"/> is
/// immutable, so every invocation starts from the same warm driver. <see cref="CountWork"/>
/// counts the per-file steps that did work.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private const string OtherCollectionPath = "data/others.json";
    private const int OtherRecords = 100;

    private static readonly string[] PerFileSteps = ["ParsedFiles", "BindingInputs", "BoundFiles"];

    private Setup _setup = null!;

    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; }

    [ParamsAllValues]
    public DataEdit Edit { get; set; }

    public static IEnumerable<int> FileCounts() => [1_000, 10_000];

    [GlobalSetup]
    public void GlobalSetup() => _setup = Prepare(Files, Edit, trackSteps: false);

    [Benchmark(Baseline = true, Description = "Cold run")]
    public int ColdRun() => GeneratorHost.CreateDriver(_setup.Texts).RunGenerators(_setup.Compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Edit")]
    public int ApplyEdit() => _setup.Apply(_setup.Warm).RunGenerators(_setup.EditedCompilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>Repeats an edit (or the cold run) for a while, and prints the mean time of one: a workload for a profiler.</summary>
    /// <param name="format">The records' layout, for a cold run; the edits are of one-record JSON files.</param>
    public static void Loop(DataEdit? edit, int files, double seconds, DataFormat format = DataFormat.JsonFiles)
    {
        var setup = Prepare(files, edit ?? DataEdit.ChangeValue, trackSteps: false, format);
        GeneratorDriver Run() => edit is null
            ? GeneratorHost.CreateDriver(setup.Texts).RunGenerators(setup.Compilation)
            : setup.Apply(setup.Warm).RunGenerators(setup.EditedCompilation);

        for (var i = 0; i < 20; i++)
        {
            _ = Run(); // past tiered compilation's first tiers
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        var generator = TimeSpan.Zero;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            generator += Run().GetTimingInfo().GeneratorTimes[0].ElapsedTime;
            runs++;
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{edit?.ToString() ?? "cold"} over {files} records: {elapsed / runs:F3} ms per run ({generator.TotalMilliseconds / runs:F3} ms in the generator's steps, the rest the driver's) over {runs} runs, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs / 1024.0:F0} KB allocated per run"));
    }

    /// <summary>Applies the edit to a warm, step-tracking driver and counts, per per-file step, the outputs that did work (not served from the cache).</summary>
    public static IReadOnlyList<StepCount> CountWork(int files, DataEdit edit)
    {
        var setup = Prepare(files, edit, trackSteps: true);
        var result = setup.Apply(setup.Warm).RunGenerators(setup.EditedCompilation).GetRunResult().Results[0];
        return PerFileSteps
            .Select(step =>
            {
                var outputs = result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs).ToList() : [];
                return new StepCount(step, outputs.Count, outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged));
            })
            .ToList();
    }

    private static Setup Prepare(int count, DataEdit edit, bool trackSteps, DataFormat format = DataFormat.JsonFiles)
    {
        var files = Synthetic.Files(format, DataShape.Flat, count).Append(new DataFile(OtherCollectionPath, Others(OtherRecords, extraKey: false))).ToList();
        var texts = GeneratorHost.Texts(files);
        var compilation = GeneratorHost.CreateCompilation(extraSource: "namespace Sample { public class Unrelated { public int A; } }");
        var warm = GeneratorHost.CreateDriver(texts, trackSteps).RunGenerators(compilation);
        AdditionalText Text(string path) => texts.Single(t => t.Path.EndsWith("/" + path, StringComparison.Ordinal));
        AdditionalText Record(int index, string content, string? name = null) =>
            DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/" + Synthetic.Collection + "/" + (name ?? Synthetic.Id(index)) + ".json", content));
        string RecordPath(int index) => "data/" + Synthetic.Collection + "/" + Synthetic.Id(index) + ".json";
        var middle = count / 2;
        var edited = compilation;
        Func<GeneratorDriver, GeneratorDriver> apply;
        switch (edit)
        {
            case DataEdit.ChangeValue:
                var changed = Record(middle, Synthetic.EditedJsonObject(DataShape.Flat, middle));
                apply = d => d.ReplaceAdditionalText(Text(RecordPath(middle)), changed);
                break;
            case DataEdit.ChangeFirstRecord:
                var first = Record(0, Synthetic.EditedJsonObject(DataShape.Flat, 0));
                apply = d => d.ReplaceAdditionalText(Text(RecordPath(0)), first);
                break;
            case DataEdit.AddFile:
                var added = Record(middle, Synthetic.EditedJsonObject(DataShape.Flat, middle), Synthetic.Id(middle) + "-added");
                apply = d => d.AddAdditionalTexts([added]);
                break;
            case DataEdit.RemoveFile:
                var removed = Text(RecordPath(middle));
                apply = d => d.RemoveAdditionalTexts([removed]);
                break;
            case DataEdit.RenameFile:
                var renamed = Record(middle, Text(RecordPath(middle)).GetText()!.ToString(), Synthetic.Id(middle) + "-renamed");
                apply = d => d.ReplaceAdditionalText(Text(RecordPath(middle)), renamed);
                break;
            case DataEdit.AddRecordToArrayFile:
                var more = DossierGeneratorRunner.CreateAdditionalText(new DataFile(OtherCollectionPath, Others(OtherRecords + 1, extraKey: false)));
                apply = d => d.ReplaceAdditionalText(Text(OtherCollectionPath), more);
                break;
            case DataEdit.RemoveRecordFromArrayFile:
                var fewer = DossierGeneratorRunner.CreateAdditionalText(new DataFile(OtherCollectionPath, Others(OtherRecords - 1, extraKey: false)));
                apply = d => d.ReplaceAdditionalText(Text(OtherCollectionPath), fewer);
                break;
            case DataEdit.ChangeOtherCollectionSchema:
                var wider = DossierGeneratorRunner.CreateAdditionalText(new DataFile(OtherCollectionPath, Others(OtherRecords, extraKey: true)));
                apply = d => d.ReplaceAdditionalText(Text(OtherCollectionPath), wider);
                break;
            default:
                var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Extra.cs");
                edited = compilation.ReplaceSyntaxTree(
                    tree,
                    CSharpSyntaxTree.ParseText("namespace Sample { public class Unrelated { public int A; public int B; } }", GeneratorHost.ParseOptions, "Extra.cs"));
                apply = d => d;
                break;
        }

        return new Setup(texts, compilation, edited, warm, apply);
    }

    /// <summary>The second collection: records in one array file, with a key more when <paramref name="extraKey"/>.</summary>
    private static string Others(int count, bool extraKey) =>
        "[" + string.Join(",\n", Enumerable.Range(0, count).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{ "id": "other-{{i:D4}}", "label": "Other {{i}}", "weight": {{i}}{{(extraKey && i == 0 ? ", \"note\": \"new\"" : string.Empty)}} }"""))) + "]";

    private sealed record Setup(ImmutableArray<AdditionalText> Texts, CSharpCompilation Compilation, CSharpCompilation EditedCompilation, GeneratorDriver Warm, Func<GeneratorDriver, GeneratorDriver> Apply);
}

/// <summary>One per-file step after an edit: its outputs, and those that did work rather than come from the cache.</summary>
public sealed record StepCount(string Step, int Outputs, int DidWork);
