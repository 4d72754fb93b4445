using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Dossier.Benchmarks;

/// <summary>
/// <list type="bullet">
/// <item><c>Dossier.Benchmarks [BenchmarkDotNet arguments]</c>: the benchmarks, full size (<c>--filter '*'</c> for all).</item>
/// <item><c>Dossier.Benchmarks figures</c>: a short run of every benchmark, then one line per figure with its ratio (what <c>run.sh</c> does).</item>
/// <item><c>Dossier.Benchmarks coldstart compiled|json SHAPE SIZE</c>: one first query in this fresh process (used by <c>figures</c>).</item>
/// <item><c>Dossier.Benchmarks loop EDIT|cold FILES SECONDS [FORMAT]</c>: one of the incremental benchmark's edits (a <see cref="DataEdit"/>), or its cold run, in a loop, for a profiler (<c>dotnet-trace collect -- ...</c>); a cold run may take the records in another layout (a <see cref="DataFormat"/>) than one JSON file each.</item>
/// <item><c>Dossier.Benchmarks phases FORMAT SHAPE SIZE</c>: where a cold generator run spends its time, stage by stage; <c>phases emit SHAPE SIZE</c>: the compile time of its output.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : string.Empty)
        {
            case "figures":
                return Figures.Run(args.AsSpan(1).ToArray());
            case "coldstart" when args.Length == 4:
                ColdStart.Child(args[1], Enum.Parse<DataShape>(args[2]), int.Parse(args[3], CultureInfo.InvariantCulture));
                return 0;
            case "loop" when args.Length == 4 || (args.Length == 5 && args[1] == "cold"):
                IncrementalBenchmarks.Loop(
                    args[1] == "cold" ? null : Enum.Parse<DataEdit>(args[1]),
                    int.Parse(args[2], CultureInfo.InvariantCulture),
                    double.Parse(args[3], CultureInfo.InvariantCulture),
                    args.Length == 5 ? Enum.Parse<DataFormat>(args[4]) : DataFormat.JsonFiles);
                return 0;
            case "phases" when args.Length == 4 && args[1] == "emit":
                Phases.Emit(Enum.Parse<DataShape>(args[2]), int.Parse(args[3], CultureInfo.InvariantCulture));
                return 0;
            case "phases" when args.Length == 4:
                Phases.Run(Enum.Parse<DataFormat>(args[1]), Enum.Parse<DataShape>(args[2]), int.Parse(args[3], CultureInfo.InvariantCulture));
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
