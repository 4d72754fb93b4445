using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Model;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests;

/// <summary>
/// The edits data authors make, each applied to a warm driver: the files it did not touch are
/// neither parsed nor bound again (their steps are served from the cache, not re-run with an equal
/// output), and the generated sources are byte-identical to a cold run over the edited files.
/// </summary>
public sealed class EditCachingTests
{
    private const int ItemCount = 40;

    /// <summary>
    /// One-record JSON files that refer to another collection, an array file large enough for
    /// several blocks of data, markdown records, a markdown table, a CSV file, one-record YAML files
    /// and a YAML array file.
    /// </summary>
    private static List<DataFile> Dataset()
    {
        var files = new List<DataFile>
        {
            new("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }, { "id": "cn", "name": "China" }]"""),
            new("data/meetings/almaty.md", "---\ndate: 2025-04-26\ncountries: [kz, cn]\n---\n# Almaty\n"),
            new("data/meetings/astana.md", "---\ndate: 2025-04-25\ncountries: [kz]\n---\n# Astana\n"),
            new("data/figures.md", "| id | n |\n|----|---|\n| a | 1 |\n| b | 2 |\n"),
            new("data/routes.csv", "id,from,km\nalmaty-urumqi,Almaty,1000\nkhorgos,\"Khorgos, KZ\",\n"),
            new("data/readings.json", "[" + string.Join(",", Enumerable.Range(0, 300).Select(Reading)) + "]"),
        };
        files.AddRange(Enumerable.Range(0, ItemCount).Select(i => Item(i, $"item {i}", i % 2 == 0 ? "kz" : "cn")));
        files.AddRange(Enumerable.Range(0, 10).Select(i => Place(i, $"place {i}")));
        files.Add(Ports(20));
        return files;
    }

    private static DataFile Place(int i, string name) =>
        new($"data/places/{i:D2}.{(i % 2 == 0 ? "yaml" : "yml")}", $"name: {name}\nrank: {i}\ncountry: kz\ntags: [a, b]\n");

    private static DataFile Ports(int count) =>
        new("data/ports.yaml", string.Concat(Enumerable.Range(0, count).Select(i => $"- id: p{i:D2}\n  depth: {i}.5\n")));

    private static DataFile Item(int i, string name, string country, string extra = "") =>
        new($"data/items/{i:D4}.json", $$"""{ "name": "{{name}}", "rank": {{i}}, "country": "{{country}}"{{extra}} }""");

    private static string Reading(int i) => $$"""{ "id": "r{{i:D3}}", "v": {{i}} }""";

    public static TheoryData<string> Edits => new(EditCases.Keys.Order(StringComparer.Ordinal));

    /// <summary>Each edit: the dataset after it, and the files (by path) whose binding must re-run.</summary>
    private static readonly Dictionary<string, Func<List<DataFile>, (List<DataFile> After, string[] Rebound)>> EditCases = new()
    {
        ["change a value, type kept"] = files => Replace(files, Item(5, "renamed", "kz")),
        ["change the first record's values"] = files => Replace(files, Item(0, "a new first name", "cn")),
        ["add a record file"] = files =>
        {
            var added = new DataFile("data/items/0012a.json", """{ "name": "inserted", "rank": 99, "country": "kz" }""");
            return ([.. files, added], [added.Path]);
        },
        ["remove a record file"] = files => ([.. files.Where(f => f.Path != "data/items/0007.json")], []),
        ["rename a record file"] = files =>
        {
            var old = files.Single(f => f.Path == "data/items/0007.json");
            var renamed = new DataFile("data/items/0007-renamed.json", old.Content);
            return ([.. files.Where(f => f != old), renamed], [renamed.Path]);
        },
        ["add a record to an array file"] = files => Replace(files, new DataFile("data/readings.json", "[" + string.Join(",", Enumerable.Range(0, 301).Select(Reading)) + "]")),
        ["remove a record from an array file"] = files => Replace(files, new DataFile("data/readings.json", "[" + string.Join(",", Enumerable.Range(0, 300).Where(i => i != 150).Select(Reading)) + "]")),
        ["add a record to another collection"] = files => Replace(files, new DataFile("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }, { "id": "cn", "name": "China" }, { "id": "uz", "name": "Uzbekistan" }]""")),
        ["change another collection's schema"] = files => Replace(files, new DataFile("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan", "capital": "Astana" }, { "id": "cn", "name": "China" }]""")),
        ["change a value in a CSV file"] = files => Replace(files, new DataFile("data/routes.csv", "id,from,km\nalmaty-urumqi,Almaty,1010\nkhorgos,\"Khorgos, KZ\",\n")),
        ["add a row to a CSV file"] = files => Replace(files, new DataFile("data/routes.csv", "id,from,km\nalmaty-urumqi,Almaty,1000\nkhorgos,\"Khorgos, KZ\",\nurumqi-kashgar,Urumqi,1470\n")),
        ["change a value in a YAML record file"] = files => Replace(files, Place(3, "renamed place")),
        ["add a YAML record file"] = files =>
        {
            var added = new DataFile("data/places/03a.yml", "name: inserted\nrank: 99\ncountry: cn\ntags: []\n");
            return ([.. files, added], [added.Path]);
        },
        ["add a record to a YAML array file"] = files => Replace(files, Ports(21)),
        ["change a markdown record of another collection"] = files => Replace(files, new DataFile("data/meetings/astana.md", "---\ndate: 2025-04-24\ncountries: [kz]\n---\n# Astana\n\nA new body.\n")),
    };

    private static (List<DataFile> After, string[] Rebound) Replace(List<DataFile> files, DataFile replacement) =>
        ([.. files.Select(f => f.Path == replacement.Path ? replacement : f)], [replacement.Path]);

    [Theory]
    [MemberData(nameof(Edits))]
    public void AnEditRebindsOnlyTheFilesItTouched(string edit)
    {
        var before = Dataset();
        var (after, rebound) = EditCases[edit](before);

        var result = RunEdit(before, after, out var warm);

        AssertUntouchedFilesCached(result, before, after);
        Assert.Equal(rebound.Order(StringComparer.Ordinal), FilesThatDidWork(result, TrackingNames.BoundFiles));
        Assert.Equal(rebound.Order(StringComparer.Ordinal), FilesThatDidWork(result, TrackingNames.ParsedFiles));
        AssertSameSourcesAsColdRun(warm, after);
    }

    [Fact]
    public void AnEditThatChangesACollectionsSchemaRebindsThatCollectionsFilesOnly()
    {
        var before = Dataset();
        var after = before.Select(f => f.Path == "data/items/0003.json" ? Item(3, "item 3", "kz", """, "note": "new key" """) : f).ToList();

        var result = RunEdit(before, after, out var warm);

        var itemPaths = after.Where(f => f.Path.StartsWith("data/items/", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal);
        Assert.Equal(itemPaths, FilesThatDidWork(result, TrackingNames.BoundFiles));
        Assert.Equal(["data/items/0003.json"], FilesThatDidWork(result, TrackingNames.ParsedFiles));
        Assert.Contains("public string? Note { get; init; }", Source(warm, "Dataset.Items.g.cs"));
        AssertSameSourcesAsColdRun(warm, after);
    }

    /// <summary>A first run over <paramref name="before"/>, then the edit to <paramref name="after"/> as an editor would make it (replace, add, remove texts).</summary>
    private static GeneratorRunResult RunEdit(List<DataFile> before, List<DataFile> after, out GeneratorDriver driver)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var texts = before.ToDictionary(f => f.Path, f => DossierGeneratorRunner.CreateAdditionalText(f), StringComparer.Ordinal);
        driver = DossierGeneratorRunner.CreateDriver(texts.Values).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var contents = before.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        foreach (var file in after)
        {
            if (contents.TryGetValue(file.Path, out var content) && content != file.Content)
            {
                driver = driver.ReplaceAdditionalText(texts[file.Path], DossierGeneratorRunner.CreateAdditionalText(file));
            }
        }

        var removed = before.Where(f => !after.Any(a => a.Path == f.Path)).Select(f => texts[f.Path]).ToList();
        var added = after.Where(f => !contents.ContainsKey(f.Path)).Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        if (removed.Count == 1 && added.Count == 1)
        {
            // A rename: one text takes the place of another. (Removed and added in one run, Roslyn's
            // input node pairs a same-count change by position, and every text after the removed
            // one would be re-read: a property of the driver, not of this generator.)
            driver = driver.ReplaceAdditionalText(removed[0], added[0]);
        }
        else
        {
            driver = driver.RemoveAdditionalTexts([.. removed]).AddAdditionalTexts([.. added]);
        }

        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        Assert.Empty(result.Diagnostics);
        return result.Results[0];
    }

    /// <summary>Every file present, unchanged, before and after: its parse and its binding come from the cache.</summary>
    private static void AssertUntouchedFilesCached(GeneratorRunResult result, List<DataFile> before, List<DataFile> after)
    {
        var untouched = after.Where(a => before.Any(b => b.Path == a.Path && b.Content == a.Content)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var step in new[] { TrackingNames.ParsedFiles, TrackingNames.BoundFiles })
        {
            foreach (var (path, reason) in Outputs(result, step))
            {
                if (untouched.Contains(path))
                {
                    Assert.True(reason == IncrementalStepRunReason.Cached, $"{step} of untouched {path}: {reason}");
                }
            }
        }
    }

    /// <summary>The files (by data path) whose step ran this time: new, modified, or re-run with an equal output.</summary>
    private static IEnumerable<string> FilesThatDidWork(GeneratorRunResult result, string step) =>
        Outputs(result, step)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged)
            .Select(o => o.Path)
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Path, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Select(o => (Path: PathOf(o.Value), o.Reason))
            .Where(o => o.Path is not null)
            .Select(o => (o.Path!, o.Reason));

    private static string? PathOf(object value) => value switch
    {
        FileParseResult parsed => DataPath(parsed.Path),
        BoundFile bound => bound.DisplayPath,
        _ => null,
    };

    private static string? DataPath(string path)
    {
        var at = path.IndexOf("/data/", StringComparison.Ordinal);
        return at < 0 ? null : path.Substring(at + 1);
    }

    private static void AssertSameSourcesAsColdRun(GeneratorDriver warm, List<DataFile> after)
    {
        var cold = DossierGeneratorRunner.CreateDriver(after).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();
        var warmSources = warm.GetRunResult().Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        var coldSources = cold.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(coldSources, warmSources);
    }

    private static string Source(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results[0].GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
