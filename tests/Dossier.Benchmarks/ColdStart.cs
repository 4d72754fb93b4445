using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Dossier.Benchmarks;

/// <summary>
/// Start-up in fresh processes: each measurement is a new process that makes one first query,
/// over compiled-in data or over JSON loaded at run time, and prints the time from before the
/// first call to after the answer, and the bytes it allocated meanwhile. Nothing is warm but the
/// operating system's file cache (every file has been read before). The process's own start
/// is the same for both and is not counted.
/// </summary>
public static class ColdStart
{
    /// <summary>The median of <paramref name="runs"/> fresh processes: milliseconds and allocated bytes.</summary>
    public static (double Milliseconds, long Bytes) Measure(string kind, DataShape shape, int size, int runs)
    {
        CompiledDatasets.AssemblyPath(shape, size); // built before any timing
        var results = new List<(double, long)>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(ColdStart).Assembly.Location); // run as "dotnet Dossier.Benchmarks.dll"
            }

            foreach (var argument in new[] { "coldstart", kind, shape.ToString(), size.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var parts = output.Trim().Split(' ');
            if (process.ExitCode != 0 || parts.Length != 2)
            {
                throw new InvalidOperationException($"coldstart {kind} {shape} {size} failed: {output}");
            }

            results.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture)));
        }

        var sorted = results.OrderBy(r => r.Item1).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>In the child process: one first query, timed; prints milliseconds and allocated bytes.</summary>
    public static void Child(string kind, DataShape shape, int size)
    {
        var path = CompiledDatasets.AssemblyPath(shape, size);
        var id = Synthetic.Id(size / 2);
        Func<string, object> first = kind == "compiled"
            ? StartupBenchmarks.Load(path).First
            : candidate => StartupBenchmarks.LoadJson(path + ".json", candidate);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var found = first(id);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(found);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F3} {allocated}"));
    }
}
