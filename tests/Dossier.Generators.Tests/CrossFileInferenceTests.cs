using System;
using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// Inference across the files of one collection. Each file's shape is read on its own and the
/// shapes are merged (so that an edit re-reads one file): these cases check that the merge
/// gives what inference over all the records at once gives, and that errors found only when
/// files meet point at the right file, line and column.
/// </summary>
public sealed class CrossFileInferenceTests
{
    [Fact]
    public void AKeyMissingFromOneFileIsNullable()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/notes/a.json", "{ \"n\": 1, \"title\": \"A\" }"),
            new DataFile("data/notes/b.json", "{ \"n\": 2 }"));
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(data.Type("Note"), "Title"));
        Assert.Null(CompiledDataset.Get(data.Record("Notes", "b"), "Title"));
        Assert.Equal("A", CompiledDataset.Get(data.Record("Notes", "a"), "Title"));
        Assert.Contains("public string? Title", data.Result.Sources["Dataset.Notes.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersWidenAcrossFilesWithoutChangingAValue()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/notes/a.json", "{ \"n\": 1 }"),
            new DataFile("data/notes/b.json", "{ \"n\": 2.5 }"),
            new DataFile("data/notes/c.json", "{ \"n\": 12345678901 }"));
        Assert.Equal(typeof(decimal), CompiledDataset.PropertyType(data.Type("Note"), "N"));
        Assert.Equal(1m, CompiledDataset.Get(data.Record("Notes", "a"), "N"));
        Assert.Equal(2.5m, CompiledDataset.Get(data.Record("Notes", "b"), "N"));
        Assert.Equal(12345678901m, CompiledDataset.Get(data.Record("Notes", "c"), "N"));
    }

    [Fact]
    public void ADateInOneFileAndTextInAnotherIsAString()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/notes/a.json", "{ \"when\": \"2025-04-26\" }"),
            new DataFile("data/notes/b.json", "{ \"when\": \"spring\" }"));
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(data.Type("Note"), "When"));
        Assert.Equal("2025-04-26", CompiledDataset.Get(data.Record("Notes", "a"), "When"));
    }

    [Fact]
    public void NestedObjectsAndListsMergeKeyByKey()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/notes/a.json", "{ \"venue\": { \"city\": \"Almaty\" }, \"tags\": [] }"),
            new DataFile("data/notes/b.json", "{ \"venue\": { \"city\": \"Astana\", \"hall\": \"B\" }, \"tags\": [{ \"x\": 1 }] }"),
            new DataFile("data/notes/c.json", "{ \"venue\": null, \"tags\": [{ \"x\": null }] }"));
        var venue = CompiledDataset.Get(data.Record("Notes", "b"), "Venue")!;
        Assert.Equal("B", CompiledDataset.Get(venue, "Hall"));
        Assert.Null(CompiledDataset.Get(CompiledDataset.Get(data.Record("Notes", "a"), "Venue")!, "Hall"));
        Assert.Null(CompiledDataset.Get(data.Record("Notes", "c"), "Venue"));
        var tag = ((System.Collections.IEnumerable)CompiledDataset.Get(data.Record("Notes", "c"), "Tags")!).Cast<object>().Single();
        Assert.Null(CompiledDataset.Get(tag, "X"));
        Assert.Equal(typeof(int?), CompiledDataset.PropertyType(tag.GetType(), "X"));
    }

    [Fact]
    public void ConflictingKindsInTwoFilesPointAtTheLaterFile()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"n\": 1 }"),
            new DataFile("data/notes/b.json", "{\n  \"n\": \"one\" }"));
        DiagnosticAssert.Single(result, "DOS201", "data/notes/b.json", 2, 8, "notes.n", "a string here but a number", "a.json:1:8");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ConflictsDeepInsideListsKeepTheirPath()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"tags\": [{ \"x\": true }] }"),
            new DataFile("data/notes/b.json", "{ \"tags\": [{ \"x\": [1] }] }"));
        DiagnosticAssert.Single(result, "DOS201", "data/notes/b.json", 1, 19, "notes.tags[].x", "an array here but a boolean");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysThatCollideAcrossFilesAreReportedAtTheLaterKey()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"valid_from\": 1 }"),
            new DataFile("data/notes/b.json", "{ \"validFrom\": 2 }"));
        DiagnosticAssert.Single(result, "DOS203", "data/notes/b.json", 1, 3, "'valid_from'", "'validFrom'", "'ValidFrom'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnErrorInOneFileWithholdsTheRecordsOfEveryFileButKeepsTheTypes()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"n\": 1 }"),
            new DataFile("data/notes/b.json", "{ \"n\": 1e400 }"));
        DiagnosticAssert.Single(result, "DOS202", "data/notes/b.json", 1, 8, "1e400");
        var source = result.Sources["Dataset.Notes.g.cs"];
        Assert.Contains("public required int N { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("new global::Sample.Data.Note[0]", source, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOrderFilesArriveInChangesNothing()
    {
        var files = Enumerable.Range(0, 40)
            .Select(i => new DataFile($"data/notes/{i:D2}.json", i % 3 == 0 ? $"{{ \"n\": {i}, \"extra\": \"e{i}\" }}" : $"{{ \"n\": {i}.5 }}"))
            .ToArray();
        var forward = GeneratorHarness.Run(files);
        var backward = GeneratorHarness.Run(files.Reverse().ToArray());
        Assert.Empty(forward.Diagnostics);
        Assert.Equal(forward.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), backward.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void AdditionalFilesOfNoDataFormatAreNotRead()
    {
        // Other additional files (a project may pass any) are skipped without a word, in the data
        // folder or out of it; they do not even get a warning, unlike a .json file placed too deep.
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"n\": 1 }"),
            new DataFile("data/notes/b.txt", "not data"),
            new DataFile("data/notes.xml", "<n>1</n>"),
            new DataFile("docs/c.yaml", "n: 1"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Dataset.Notes.g.cs", "Dataset.g.cs" }, result.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void DiagnosticsComeInTheSameOrderWhateverOrderFilesArriveIn()
    {
        var files = new[]
        {
            new DataFile("data/notes/a.json", "{ \"n\": }"),
            new DataFile("data/notes/b.json", "{ \"n\": 1, \"n\": 2 }"),
            new DataFile("data/notes/c.json", "{ \"n\": \"x\" }"),
            new DataFile("data/items.json", "[{ \"id\": 7 }]"),
            new DataFile("data/deep/er/d.json", "{}"),
        };
        // The driver's own order, not the test runner's (which sorts).
        static string Describe(params DataFile[] files) => string.Join(
            "\n",
            DossierGeneratorRunner.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Diagnostics.Select(d => d.ToString()));
        var forward = Describe(files);
        Assert.Equal(forward, Describe(files.Reverse().ToArray()));
        Assert.Equal(forward, Describe(files[2], files[4], files[0], files[3], files[1]));
        Assert.Contains("DOS101", forward, StringComparison.Ordinal);
        Assert.Contains("DOS111", forward, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueOfTheCollectionsKindIsNotAnErrorBecauseItsFileStartedWithAnotherKind()
    {
        // b.json's own first item is a number, but the collection's items are strings (a.json):
        // only the number is wrong, and "y" is not reported.
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"tags\": [\"x\"] }"),
            new DataFile("data/notes/b.json", "{ \"tags\": [1, \"y\"] }"));
        DiagnosticAssert.Single(result, "DOS201", "data/notes/b.json", 1, 12, "notes.tags[]", "a number here but a string", "a.json:1:12");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void WithinOneFileEveryOtherKindIsStillAnError()
    {
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.json", "{ \"tags\": [\"x\", 1, true, 2] }"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "DOS201"));
        Assert.Contains(result.Diagnostics, d => d.Id == "DOS201" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("a number here but a string", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "DOS201" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("a boolean here but a string", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCollectionsSpellingOfAKeyIsNotAnErrorBecauseAFileStartedWithAnother()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"validFrom\": 1 }"),
            new DataFile("data/notes/b.json", "{ \"valid_from\": 1 }"),
            new DataFile("data/notes/c.json", "{ \"valid_from\": 2, \"validFrom\": 3 }"));
        var collisions = result.Diagnostics.Where(d => d.Id == "DOS203").ToList();
        Assert.Equal(2, collisions.Count);
        Assert.All(collisions, d => Assert.Contains("'valid_from'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(new[] { "/project/data/notes/b.json", "/project/data/notes/c.json" }, collisions.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRecordInErrorIsReportedOnceAndNoneAsAnInternalError()
    {
        // Every record misfits a declared type: one DOS211 each, and no record's failure to be
        // written is taken for a bug of ours (DOS100). (That binding stays linear in the errors,
        // counting diagnostics rather than recounting them per record, is a property of the code
        // that a test without timing cannot show; 20,000 errors keep it visible in the run time.)
        var json = "[" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{ \"id\": \"r{i}\", \"status\": \"odd\" }}")) + "]";
        var result = DossierGeneratorRunner.Run(
            GeneratorHarness.CreateCompilation("namespace App; public enum Status { Held } [Dossier.DossierCollection(\"items\")] public partial record Item { public Status Status { get; init; } }"),
            new[] { new DataFile("data/items.json", json) },
            new DossierRunOptions());
        Assert.Equal(20_000, result.Diagnostics.Count(d => d.Id == "DOS211"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DOS100");
    }
}
