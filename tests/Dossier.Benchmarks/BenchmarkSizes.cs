using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dossier.Benchmarks;

/// <summary>A dataset to benchmark: its format, its records' shape and how many there are.</summary>
public sealed record DatasetCase(DataFormat Format, DataShape Shape, int Size)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format}/{Shape}/{Size}");
}

/// <summary>
/// The datasets each benchmark runs over. The full set is 100 to 100,000 records in every format
/// and shape; <c>run.sh</c> sets <c>DOSSIER_BENCH_QUICK=1</c> for a subset that runs in minutes.
/// </summary>
public static class BenchmarkSizes
{
    public static readonly int[] All = [100, 1_000, 10_000, 100_000];

    public static bool Quick => Environment.GetEnvironmentVariable("DOSSIER_BENCH_QUICK") == "1";

    /// <summary>The throughput group's sizes: every one in a full run; in a quick one the two the goals are read at.</summary>
    public static int[] ThroughputSizes => Quick ? [10_000, 100_000] : All;

    /// <summary>
    /// The throughput cases: every layout and shape <see cref="Synthetic"/> offers, at
    /// <see cref="ThroughputSizes"/>. <c>DOSSIER_BENCH_FORMATS=YamlArray,YamlFiles</c> keeps those
    /// formats only, to measure one format without the others' minutes; <c>DOSSIER_BENCH_SIZES=10000</c>
    /// keeps those sizes only (<c>figures</c> sets it to run the largest size with fewer iterations).
    /// </summary>
    public static IEnumerable<DatasetCase> ThroughputCases()
    {
        var formats = Environment.GetEnvironmentVariable("DOSSIER_BENCH_FORMATS");
        var sizes = Environment.GetEnvironmentVariable("DOSSIER_BENCH_SIZES");
        return AllThroughputCases()
            .Where(c => string.IsNullOrEmpty(formats) || formats.Split(',').Contains(c.Format.ToString(), StringComparer.OrdinalIgnoreCase))
            .Where(c => string.IsNullOrEmpty(sizes) || sizes.Split(',').Contains(c.Size.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal));
    }

    private static IEnumerable<DatasetCase> AllThroughputCases()
    {
        foreach (var format in Enum.GetValues<DataFormat>())
        {
            foreach (var shape in Enum.GetValues<DataShape>())
            {
                if (!Synthetic.Supports(format, shape))
                {
                    continue;
                }

                foreach (var size in ThroughputSizes)
                {
                    yield return new DatasetCase(format, shape, size);
                }
            }
        }
    }

    public static IEnumerable<DatasetCase> StartupCases()
    {
        foreach (var shape in new[] { DataShape.Flat, DataShape.Nested })
        {
            foreach (var size in All)
            {
                yield return new DatasetCase(DataFormat.JsonArray, shape, size);
            }
        }
    }

    public static IEnumerable<DatasetCase> CompileCases()
    {
        foreach (var shape in new[] { DataShape.Flat, DataShape.Nested })
        {
            yield return new DatasetCase(DataFormat.JsonArray, shape, 10_000);
            yield return new DatasetCase(DataFormat.JsonArray, shape, 100_000);
        }
    }

    public static IEnumerable<int> QuerySizes() => Quick ? [1_000, 100_000] : All;
}
