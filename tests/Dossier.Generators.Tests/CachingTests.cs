using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests;

/// <summary>
/// The pipeline's incrementality: unchanged input re-runs nothing, an unrelated C# edit re-runs
/// no data step, and an edit to one data file re-parses that file only. No step output holds
/// compilation objects, which would defeat the cache and keep compilations alive.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] DataSteps =
    [
        TrackingNames.ParsedFiles, TrackingNames.Dataset, TrackingNames.Schemas, TrackingNames.BindingSchemas, TrackingNames.BindingInputs, TrackingNames.BoundFiles,
        TrackingNames.Records, TrackingNames.CollectionRecords, TrackingNames.Collections, TrackingNames.DataBlocks,
        TrackingNames.EntryClass, TrackingNames.DatasetDiagnostics, TrackingNames.RecordDiagnostics,
    ];

    private static readonly DataFile[] Files =
    [
        new("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }, { "id": "cn", "name": "China" }]"""),
        new("data/meetings/almaty.md", "---\ndate: 2025-04-26\n---\n# Almaty\n"),
        new("data/meetings/astana.md", "---\ndate: 2025-04-25\n---\n# Astana\n"),
        new("data/figures.md", "| id | n |\n|----|---|\n| a | 1 |\n"),

        // Enough records for several blocks of data, so that the per-block step has outputs to check.
        new("data/readings.json", "[" + string.Join(",", Enumerable.Range(0, 300).Select(i => $"{{ \"id\": \"r{i}\", \"v\": {i} }}")) + "]"),
    ];

    [Fact]
    public void ASecondRunOnAClonedCompilationCachesEveryStep()
    {
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        var driver = DossierGeneratorRunner.CreateDriver(Files).RunGenerators(compilation);
        var first = driver.GetRunResult();

        driver = driver.RunGenerators(compilation.Clone());
        var second = driver.GetRunResult();

        AssertAllCached(second, TrackingNames.Options);
        AssertAllCached(second, DataSteps);
        AssertNoCompilationObjects(first);
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), second.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void EditingUnrelatedCSharpRerunsNoDataStep()
    {
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        var driver = DossierGeneratorRunner.CreateDriver(Files).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("public class A { public int B; }", (CSharpParseOptions)compilation.SyntaxTrees.Single().Options));
        driver = driver.RunGenerators(edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }")));

        AssertAllCached(driver.GetRunResult(), DataSteps);
    }

    [Fact]
    public void EditingCSharpThatDeclaresNoDossierTypeRerunsNoDataStep()
    {
        var declaration = CSharpSyntaxTree.ParseText(
            "[Dossier.DossierCollection(\"countries\")] public partial record Country { public required string Name { get; init; } }",
            new CSharpParseOptions(LanguageVersion.Latest));
        var other = CSharpSyntaxTree.ParseText("public class A { }", new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(declaration, other);
        var driver = DossierGeneratorRunner.CreateDriver(Files).RunGenerators(compilation);
        Assert.Contains("partial record Country", string.Join("\n", driver.GetRunResult().GeneratedTrees.Select(t => t.ToString())));

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("public class A { public int B; }", new CSharpParseOptions(LanguageVersion.Latest))));

        AssertAllCached(driver.GetRunResult(), [TrackingNames.Declarations, .. DataSteps]);
    }

    [Fact]
    public void EditingOneDataFileReparsesOnlyThatFile()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var texts = Files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        var driver = DossierGeneratorRunner.CreateDriver(texts).RunGenerators(compilation);

        var oldText = texts.Single(t => t.Path.EndsWith("astana.md", StringComparison.Ordinal));
        var newText = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/meetings/astana.md", "---\ndate: 2025-04-24\n---\n# Astana\n"));
        driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];

        var parsed = result.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Files.Length, parsed.Count);
        var reparsed = Assert.Single(parsed, o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(IncrementalStepRunReason.Modified, reparsed.Reason);

        // The edit keeps the schema (a date is still a date): the schema step re-runs over the
        // files' shapes but its output is unchanged, so only the edited file is bound again.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(result.TrackedSteps[TrackingNames.Dataset].SelectMany(s => s.Outputs)).Reason);
        var schemas = Assert.Single(result.TrackedSteps[TrackingNames.Schemas].SelectMany(s => s.Outputs));
        Assert.True(schemas.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, schemas.Reason.ToString());
        var bound = result.TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Files.Length, bound.Count);
        var rebound = Assert.Single(bound, o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(IncrementalStepRunReason.Modified, rebound.Reason);

        // Only the meetings collection is re-emitted: the others come out of the cache unchanged.
        var collections = result.TrackedSteps[TrackingNames.Collections].SelectMany(s => s.Outputs).ToList();
        Assert.Single(collections, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(collections.Count - 1, collections.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("|2025-04-24|", result.GeneratedSources.Single(s => s.HintName == "Dataset.Meetings.g.cs").SourceText.ToString());
    }

    [Theory]
    [InlineData("change a value", 150, false)]
    [InlineData("add a record", 150, true)]
    [InlineData("remove a record", 150, true)]
    [InlineData("add a record first", 0, true)]
    [InlineData("add a record last", 299, true)]
    public void AnEditReemitsAtMostTwoSlotsOfData(string edit, int at, bool changesCount)
    {
        // One record per file, many blocks of data, each slot of blocks a source of its own.
        const int Count = 300;
        var files = Enumerable.Range(0, Count)
            .Select(i => new DataFile($"data/items/{i:D4}.json", $$"""{ "n": {{i}}, "on": true, "label": "{{Label(i)}}" }"""))
            .ToList();
        var texts = files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = DossierGeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        var slotsBefore = driver.GetRunResult().Results[0].GeneratedSources.Count(s => s.HintName.StartsWith("Dataset.Items.Data", StringComparison.Ordinal));
        Assert.True(slotsBefore > 4, $"{slotsBefore} slots of data");

        var after = files.ToList();
        switch (edit)
        {
            case "change a value":
                var changed = new DataFile(files[at].Path, $$"""{ "n": {{at}}, "on": false, "label": "{{Label(at)}}" }""");
                driver = driver.ReplaceAdditionalText(texts[at], DossierGeneratorRunner.CreateAdditionalText(changed));
                after[at] = changed;
                break;
            case "remove a record":
                driver = driver.RemoveAdditionalTexts([texts[at]]);
                after.RemoveAt(at);
                break;
            default:
                var added = new DataFile(at == 0 ? "data/items/0000-first.json" : $"data/items/{at:D4}-next.json", """{ "n": -1, "on": true, "label": "added" }""");
                driver = driver.AddAdditionalTexts([DossierGeneratorRunner.CreateAdditionalText(added)]);
                after.Add(added);
                break;
        }

        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];

        var bound = result.TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs).ToList();
        Assert.True(bound.Count(o => o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Removed) <= 1);
        var slots = result.TrackedSteps[TrackingNames.DataBlocks].SelectMany(s => s.Outputs).ToList();
        var reemitted = slots.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.InRange(reemitted, 1, 2);
        var main = Assert.Single(result.TrackedSteps[TrackingNames.Collections].SelectMany(s => s.Outputs));
        Assert.Equal(changesCount ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Unchanged, main.Reason);

        // The same sources as a cold run over the edited files.
        var cold = DossierGeneratorRunner.CreateDriver(after).RunGenerators(compilation).GetRunResult();
        Assert.Equal(
            cold.GeneratedTrees.Select(t => t.ToString()).Order(StringComparer.Ordinal),
            driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>A label of 300 characters or so: blocks of about thirty records.</summary>
    private static string Label(int i) => $"item number {i}, " + new string('x', 280);

    [Fact]
    public void AnEditThatChangesTheSchemaRebindsThatCollectionsFilesOnly()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var texts = Files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        var driver = DossierGeneratorRunner.CreateDriver(texts).RunGenerators(compilation);

        // A new key: the meetings gain a nullable property, and both meetings are bound against
        // the new schema. Every other collection's binding schema is unchanged: their files stay cached.
        var oldText = texts.Single(t => t.Path.EndsWith("astana.md", StringComparison.Ordinal));
        var newText = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/meetings/astana.md", "---\ndate: 2025-04-25\nvenue: Akorda\n---\n# Astana\n"));
        driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];

        var schemas = Assert.Single(result.TrackedSteps[TrackingNames.Schemas].SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Modified, schemas.Reason);
        var bound = result.TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Files.Length, bound.Count);
        Assert.All(bound, o => Assert.Equal(
            ((Model.BoundFile)o.Value).Collection == "meetings" ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached,
            o.Reason));
        var source = result.GeneratedSources.Single(s => s.HintName == "Dataset.Meetings.g.cs").SourceText.ToString();
        Assert.Contains("public string? Venue { get; init; }", source);
        Assert.Contains("|Akorda", source);
    }

    [Fact]
    public void AnErrorInAnotherFileOfTheCollectionWithholdsItsRecordsAndEditingItBackRestoresThem()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var texts = Files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        var driver = DossierGeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        var oldText = texts.Single(t => t.Path.EndsWith("astana.md", StringComparison.Ordinal));

        // A date that is not a date in one file: the property becomes a string in the schema, and
        // a value of the wrong kind in that file is an error that withholds every meeting.
        var broken = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/meetings/astana.md", "---\ndate: [2025]\n---\n# Astana\n"));
        driver = driver.ReplaceAdditionalText(oldText, broken).RunGenerators(compilation);
        var run = driver.GetRunResult();
        Assert.Contains(run.Diagnostics, d => d.Id == "DOS201");
        Assert.DoesNotContain("Read(Data0", run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Dataset.Meetings.g.cs", StringComparison.Ordinal)).ToString());

        var fixedText = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/meetings/astana.md", "---\ndate: 2025-04-25\n---\n# Astana\n"));
        driver = driver.ReplaceAdditionalText(broken, fixedText).RunGenerators(compilation);
        run = driver.GetRunResult();
        Assert.Empty(run.Diagnostics);
        var fresh = DossierGeneratorRunner.CreateDriver(Files).RunGenerators(compilation).GetRunResult();
        Assert.Equal(fresh.GeneratedTrees.Select(t => t.ToString()), run.GeneratedTrees.Select(t => t.ToString()));
    }

    private static void AssertAllCached(GeneratorDriverRunResult run, params string[] steps)
    {
        var tracked = run.Results[0].TrackedSteps;
        foreach (var step in steps)
        {
            Assert.True(tracked.ContainsKey(step), $"Step {step} did not run at all.");
            foreach (var output in tracked[step].SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {step} re-ran ({output.Reason}).");
            }
        }
    }

    /// <summary>Walks every tracked step output and rejects Roslyn objects that tie a cache entry to one compilation.</summary>
    private static void AssertNoCompilationObjects(GeneratorDriverRunResult run)
    {
        foreach (var (name, steps) in run.Results[0].TrackedSteps)
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Visit(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void Visit(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 40)
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"Step {step} outputs a {value.GetType().Name}.");
        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, step, seen, depth + 1);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("Dossier", StringComparison.Ordinal) != true && !value.GetType().Name.StartsWith("ValueTuple", StringComparison.Ordinal))
        {
            return; // Roslyn value types such as TextSpan, DiagnosticDescriptor
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
