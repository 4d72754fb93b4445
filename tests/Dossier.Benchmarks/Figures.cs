using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Dossier.Benchmarks;

/// <summary>
/// A short run of every benchmark (in this process, few iterations, the quick datasets unless
/// <c>--full</c>), then one line per figure: the measurement, its ratio, the goal and whether it
/// is met. BenchmarkDotNet's own log and tables go to <c>BenchmarkDotNet.Artifacts</c>.
/// </summary>
public static class Figures
{
    private static readonly List<string> Lines = [];

    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // the figures read the same everywhere
        var full = args.Contains("--full");
        if (!full)
        {
            Environment.SetEnvironmentVariable("DOSSIER_BENCH_QUICK", "1");
        }

        var artifacts = Path.GetFullPath("BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(artifacts);
        using var log = new StreamWriter(Path.Combine(artifacts, "figures.log"));
        var logger = new StreamLogger(log);
        Say($"# Dossier benchmarks ({(full ? "full" : "quick")} run), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; log: {Path.Combine(artifacts, "figures.log")}");

        // --only=throughput,incremental,compile,startup,queries runs those groups alone.
        var only = args.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?.Substring("--only=".Length).Split(',');
        bool Runs(string group) => only is null || only.Contains(group);

        // Milliseconds to seconds per operation: BenchmarkDotNet's overhead evaluation adds nothing.
        if (Runs("throughput"))
        {
            // The largest size with fewer iterations, one invocation each: a cold run over 100,000
            // records is itself seconds long (markdown and YAML files the most), so three of them
            // vary little next to the machine's noise, and five would make this group alone take
            // most of half an hour.
            var sizes = BenchmarkSizes.ThroughputSizes;
            var smaller = Throughput(string.Join(",", sizes.Where(s => s < 100_000)), () => Summarize<GeneratorThroughputBenchmarks>(logger, iterations: 5, warmups: 1));
            var largest = Throughput(string.Join(",", sizes.Where(s => s >= 100_000)), () => Summarize<GeneratorThroughputBenchmarks>(logger, iterations: 3, warmups: 1, singleInvocation: true));
            Throughput(smaller.Concat(largest));
        }

        if (Runs("incremental"))
        {
            Incremental(Summarize<IncrementalBenchmarks>(logger, iterations: 7, warmups: 2));
        }

        if (Runs("compile"))
        {
            Compile(Summarize<CompileBenchmarks>(logger, iterations: 3, warmups: 1));
        }

        if (Runs("startup"))
        {
            Startup(Summarize<StartupBenchmarks>(logger, iterations: 7, warmups: 2, singleInvocation: true), runs: full ? 5 : 3);
        }

        // Nanoseconds to microseconds: more warm-up, so that tiered compilation has settled.
        if (Runs("queries"))
        {
            Lookups(Summarize<LookupBenchmarks>(logger, iterations: 7, warmups: 4, evaluateOverhead: true));
            UniqueKeyLookups(Summarize<UniqueKeyBenchmarks>(logger, iterations: 7, warmups: 4, evaluateOverhead: true));
            ListOperators(Summarize<ListOperatorBenchmarks>(logger, iterations: 7, warmups: 4, evaluateOverhead: true));
            foreach (var summary in new[]
            {
                Summarize<BetweenBenchmarks>(logger, 7, 4), Summarize<InYearBenchmarks>(logger, 7, 4), Summarize<OnOrAfterBenchmarks>(logger, 7, 4),
                Summarize<ChronologicallyBenchmarks>(logger, 7, 4), Summarize<LatestBenchmarks>(logger, 7, 4),
            })
            {
                DateHelpers(summary);
            }
        }

        File.WriteAllLines(Path.Combine(artifacts, "figures.txt"), Lines);
        return 0;
    }

    private static Summary Summarize<T>(ILogger logger, int iterations, int warmups, bool singleInvocation = false, bool evaluateOverhead = false)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithEvaluateOverhead(evaluateOverhead)
            .WithId("Quick");
        if (singleInvocation)
        {
            job = job.WithInvocationCount(1).WithUnrollFactor(1);
        }

        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(logger)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<T>(config);
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
        {
            Say($"! {typeof(T).Name}: some benchmarks failed; see the log.");
        }

        return summary;
    }

    /// <summary>Runs the throughput benchmarks at these sizes (comma-separated), if any of their cases is selected.</summary>
    private static IEnumerable<BenchmarkReport> Throughput(string sizes, Func<Summary> run)
    {
        // The user's DOSSIER_BENCH_SIZES, if set, still chooses among these sizes.
        var before = Environment.GetEnvironmentVariable("DOSSIER_BENCH_SIZES");
        if (!string.IsNullOrEmpty(before))
        {
            sizes = string.Join(",", sizes.Split(',', StringSplitOptions.RemoveEmptyEntries).Intersect(before.Split(','), StringComparer.Ordinal));
        }

        Environment.SetEnvironmentVariable("DOSSIER_BENCH_SIZES", sizes);
        try
        {
            return sizes.Length > 0 && BenchmarkSizes.ThroughputCases().Any() ? run().Reports : [];
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOSSIER_BENCH_SIZES", before);
        }
    }

    private static void Throughput(IEnumerable<BenchmarkReport> reports)
    {
        foreach (var group in reports
            .Where(r => r.Success && r.ResultStatistics is not null)
            .GroupBy(r => (DatasetCase)r.BenchmarkCase.Parameters["Case"])
            .OrderBy(g => g.Key.Format).ThenBy(g => g.Key.Shape).ThenBy(g => g.Key.Size))
        {
            var json = Mean(group, nameof(GeneratorThroughputBenchmarks.JsonDocumentParse));
            var generator = Mean(group, nameof(GeneratorThroughputBenchmarks.GeneratorColdRun));
            var parse = Mean(group, nameof(GeneratorThroughputBenchmarks.ParseGeneratedSource));
            var ratio = generator / json;
            var records = group.Key.Size;
            var goal = ThroughputGoal(group.Key.Format);
            var perRecord = string.Create(CultureInfo.InvariantCulture, $"allocated per record: generator {Allocated(group, nameof(GeneratorThroughputBenchmarks.GeneratorColdRun)) / records:N0} B, JsonDocument.Parse {Allocated(group, nameof(GeneratorThroughputBenchmarks.JsonDocumentParse)) / records:N0} B");
            Say($"1. throughput {group.Key}: generator cold run {Time(generator)} vs JsonDocument.Parse {Time(json)} = {ratio:F1}x "
                + $"(with the compiler's parse of the output, which a build pays when it compiles: {(generator + parse) / json:F1}x; {perRecord}) | goal <= {goal}x: {Verdict(ratio <= goal)}");
        }
    }

    /// <summary>
    /// The goal of a layout's cold run, as a multiple of <c>JsonDocument.Parse</c> of the same records:
    /// JSON has the baseline's own syntax; markdown, YAML and CSV go through a richer syntax (or a
    /// second parser, for the front matter) to reach the same values.
    /// </summary>
    private static int ThroughputGoal(DataFormat format) => format is DataFormat.JsonArray or DataFormat.JsonFiles ? 3 : 10;

    private static void Incremental(Summary summary)
    {
        foreach (var group in summary.Reports
            .Where(r => r.Success && r.ResultStatistics is not null)
            .GroupBy(r => ((int)r.BenchmarkCase.Parameters["Files"], (DataEdit)r.BenchmarkCase.Parameters["Edit"]))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2))
        {
            var (files, edit) = group.Key;
            var cold = Mean(group, nameof(IncrementalBenchmarks.ColdRun));
            var time = Mean(group, nameof(IncrementalBenchmarks.ApplyEdit));
            // Step tracking costs minutes a run at 10,000 files (it records every step's inputs), so
            // the counts come from 1,000 files: what re-runs depends on the edit, not the size.
            var work = string.Join(", ", IncrementalBenchmarks.CountWork(Math.Min(files, 1_000), edit).Select(s => $"{s.Step} {s.DidWork}/{s.Outputs}"))
                + (files > 1_000 ? " (counted at 1,000 files)" : string.Empty);
            var goal = files >= 10_000 ? $" | goal <= 5% at 10,000 files: {Verdict(time <= cold * 0.05)}" : string.Empty;
            Say($"2. incremental {edit}, {files:N0} files: {Time(time)} vs cold run {Time(cold)} = {100 * time / cold:F1}%; per-file steps that did work: {work}{goal}");
        }
    }

    private static void Compile(Summary summary)
    {
        var groups = ByParameter(summary, "Case").ToList();
        foreach (var shape in new[] { DataShape.Flat, DataShape.Nested })
        {
            var small = groups.SingleOrDefault(g => g.Key == new DatasetCase(DataFormat.JsonArray, shape, 10_000).ToString());
            var large = groups.SingleOrDefault(g => g.Key == new DatasetCase(DataFormat.JsonArray, shape, 100_000).ToString());
            if (small is null || large is null)
            {
                continue;
            }

            var baseline = Mean(small, nameof(CompileBenchmarks.EmitWithoutData));
            var smallTime = Mean(small, nameof(CompileBenchmarks.EmitWithData));
            var largeTime = Mean(large, nameof(CompileBenchmarks.EmitWithData));
            var ratio = largeTime / smallTime;
            Say($"3. compile {shape}: Emit with 100,000 records {Time(largeTime)} / with 10,000 {Time(smallTime)} = {ratio:F1}x "
                + $"(the data's own cost, less the empty project's {Time(baseline)}: {(largeTime - baseline) / Math.Max(1, smallTime - baseline):F1}x) | goal <= 12x: {Verdict(ratio <= 12)}");
        }
    }

    private static void Startup(Summary summary, int runs)
    {
        foreach (var group in ByParameter(summary, "Case"))
        {
            var json = Mean(group, nameof(StartupBenchmarks.SystemTextJson));
            var compiled = Mean(group, nameof(StartupBenchmarks.CompiledIn));
            var jsonBytes = Allocated(group, nameof(StartupBenchmarks.SystemTextJson));
            var compiledBytes = Allocated(group, nameof(StartupBenchmarks.CompiledIn));
            Say($"4. start-up {group.Key}, warm process: compiled-in {Time(compiled)}, {Bytes(compiledBytes)} vs System.Text.Json {Time(json)}, {Bytes(jsonBytes)} = {compiled / json:F2}x time, {(double)compiledBytes / jsonBytes:F2}x memory | goal < 1x: {Verdict(compiled < json)}");
        }

        foreach (var @case in BenchmarkSizes.StartupCases())
        {
            var (compiled, compiledBytes) = ColdStart.Measure("compiled", @case.Shape, @case.Size, runs);
            var (json, jsonBytes) = ColdStart.Measure("json", @case.Shape, @case.Size, runs);
            Say($"4. start-up {@case}, fresh process (median of {runs}): compiled-in {compiled:F1} ms, {Bytes(compiledBytes)} vs System.Text.Json {json:F1} ms, {Bytes(jsonBytes)} = {compiled / json:F2}x time, {(double)compiledBytes / jsonBytes:F2}x memory | goal < 1x: {Verdict(compiled < json)}");
        }
    }

    private static void Lookups(Summary summary)
    {
        foreach (var group in ByParameter(summary, "Size"))
        {
            var linear = Mean(group, nameof(LookupBenchmarks.FirstOrDefault));
            var get = Mean(group, nameof(LookupBenchmarks.Get));
            Say($"5. query Get(id), {group.Key} records: {Time(get)} vs FirstOrDefault {Time(linear)} = {get / linear:F4}x | goal <= 1x: {Verdict(get <= linear)}");
        }
    }

    private static void UniqueKeyLookups(Summary summary)
    {
        foreach (var group in ByParameter(summary, "Size"))
        {
            var single = Mean(group, nameof(UniqueKeyBenchmarks.Single));
            var get = Mean(group, nameof(UniqueKeyBenchmarks.Get));
            Say($"5. query unique key ByName.Get(key), {group.Key} records: {Time(get)} vs Single(r => r.Name == key) {Time(single)} = {get / single:F5}x | goal O(1), <= 1x: {Verdict(get <= single)}");
        }
    }

    private static void ListOperators(Summary summary)
    {
        foreach (var group in summary.Reports
            .Where(r => r.Success && r.ResultStatistics is not null)
            .GroupBy(r => ((int)r.BenchmarkCase.Parameters["Size"], (string)r.BenchmarkCase.Parameters["Operator"])))
        {
            var before = Mean(group, nameof(ListOperatorBenchmarks.ReadOnlyList));
            var after = Mean(group, nameof(ListOperatorBenchmarks.RecordSet));
            Say($"5. query LINQ {group.Key.Item2}, {group.Key.Item1:N0} records: on a RecordSet<T> (IList<T>) {Time(after)} vs on the same records as IReadOnlyList<T> only {Time(before)} = {after / before:F3}x");
        }
    }

    private static void DateHelpers(Summary summary)
    {
        foreach (var group in ByParameter(summary, "Size"))
        {
            var linq = group.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Linq");
            var helper = group.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Helper");
            var ratio = Mean(helper) / Mean(linq);
            Say($"5. query {helper.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}, {group.Key} records: {Time(Mean(helper))} vs {linq.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} {Time(Mean(linq))} = {ratio:F2}x | goal <= 1x (within 5% noise): {Verdict(ratio <= 1.05)}");
        }
    }

    private static IEnumerable<IGrouping<string, BenchmarkReport>> ByParameter(Summary summary, string parameter) =>
        summary.Reports
            .Where(r => r.Success && r.ResultStatistics is not null)
            .GroupBy(r => Convert.ToString(r.BenchmarkCase.Parameters[parameter], CultureInfo.InvariantCulture) ?? string.Empty);

    private static double Mean(IEnumerable<BenchmarkReport> reports, string method) =>
        Mean(reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method));

    private static double Mean(BenchmarkReport report) => report.ResultStatistics!.Mean;

    private static long Allocated(IEnumerable<BenchmarkReport> reports, string method)
    {
        var report = reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F1} ms"),
        >= 1e3 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F1} us"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F1} ns"),
    };

    private static string Bytes(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB");

    private static void Say(string line)
    {
        Lines.Add(line);
        Console.WriteLine(line);
    }
}
