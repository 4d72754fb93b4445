using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// The generator keeps per-thread caches (the JSON parser's reused lists and keys, the key-name
/// cache). A compiler host runs generators for many projects on many threads at once: each run
/// must give the same output as it does alone, whatever ran before it on its thread.
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void ManyThreadsGeneratingAtOnceProduceWhatEachRunProducesAlone()
    {
        // Datasets whose keys collide in spelling but not in case or position, so that a cache
        // shared or left stale across runs would give one dataset another's names or values.
        var datasets = Enumerable.Range(0, 6).Select(Dataset).ToList();
        var alone = datasets.Select(Generate).ToList();

        var results = new string[datasets.Count * 8];
        var failures = new Exception?[8];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var round = 0; round < datasets.Count; round++)
                {
                    var which = (t + round) % datasets.Count;
                    results[(t * datasets.Count) + round] = Generate(datasets[which]);
                }
            }
            catch (Exception exception)
            {
                failures[t] = exception;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(failures, f => Assert.Null(f));

        for (var t = 0; t < 8; t++)
        {
            for (var round = 0; round < datasets.Count; round++)
            {
                Assert.Equal(alone[(t + round) % datasets.Count], results[(t * datasets.Count) + round]);
            }
        }
    }

    private static DataFile[] Dataset(int n)
    {
        var keys = n % 2 == 0 ? new[] { "first_name", "FirstName2", "rank" } : new[] { "firstName", "first-name-2", "Rank" };
        var array = "[" + string.Join(",", Enumerable.Range(0, 40).Select(i => $$"""{ "id": "r{{i}}", "{{keys[0]}}": "v{{n}}-{{i}}", "{{keys[1]}}": {{i * n}}, "{{keys[2]}}": {{(i % 2 == 0 ? "true" : "false")}} }""")) + "]";

        // Records with hundreds of keys of their own, so that the caches fill, spill and clear while other threads read them.
        var wide = "[" + string.Join(",", Enumerable.Range(0, 5).Select(i => "{ \"id\": \"w" + i + "\", " + string.Join(", ", Enumerable.Range(0, 300).Select(k => $"\"key_{n}_{k}_x\": {k}")) + " }")) + "]";
        var files = new List<DataFile> { new($"data/set{n}.json", array), new($"data/wide{n}.json", wide) };
        files.AddRange(Enumerable.Range(0, 30).Select(i => new DataFile($"data/items{n}/{i:D2}.json", $$"""{ "{{keys[(i + n) % 3]}}": "x{{i}}", "nested": { "{{keys[n % 3]}}": {{i}} } }""")));
        return [.. files];
    }

    private static string Generate(DataFile[] files)
    {
        var result = DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(), files);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return string.Join("\n\n", result.Sources.Select(s => s.Key + "\n" + s.Value));
    }
}
