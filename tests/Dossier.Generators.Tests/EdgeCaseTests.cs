using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests;

/// <summary>
/// Inputs found in review that once crashed the generator, emitted code that did not compile, or
/// dropped a value. Each either compiles with its data or fails with a Dossier error, cleanly.
/// </summary>
public sealed class EdgeCaseTests
{
    private static DossierRunResult RunWith(string source, params DataFile[] files) =>
        DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(source), files, new DossierRunOptions());

    private static void AssertNoGeneratorException(DossierRunResult result) =>
        Assert.All(result.Driver.GetRunResult().Results, r => Assert.Null(r.Exception));

    [Fact]
    public void DeclaredTypesMayHaveComputedPropertiesAndMethods()
    {
        var result = RunWith(
            """
            #pragma warning disable CS1591
            [Dossier.DossierCollection("notes")]
            public partial record Note
            {
                public string Label => Title + "!";
                private int Hidden { get; } = 1;
                public string Shout() => Title.ToUpperInvariant();
            }
            """,
            new DataFile("data/notes/a.md", "# Hello\n"));
        Assert.Empty(result.Diagnostics);
        var note = GeneratorHarness.Load(result).Collection("Notes").Single();
        Assert.Equal("Hello!", CompiledDataset.Get(note, "Label"));
    }

    [Fact]
    public void AGeneratedPropertyMayNotTakeTheNameOfADeclaredMethod()
    {
        var result = RunWith(
            "#pragma warning disable CS1591\n[Dossier.DossierCollection(\"notes\")] public partial record Note { public string Body() => \"\"; }",
            new DataFile("data/notes/a.md", "# Hello\n"));
        Assert.Equal("DOS203", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnInternalDeclaredTypeKeepsEveryMemberThatExposesItInternal()
    {
        var result = RunWith(
            "#pragma warning disable CS1591\n[Dossier.DossierCollection(\"officials\")] internal partial record Official;",
            new DataFile("data/countries.json", """[{ "id": "kz" }]"""),
            new DataFile("data/officials.json", """[{ "id": "a", "country": "kz" }]"""));
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
    }

    [Fact]
    public void NestedTypesThatWouldShareANameAreNumbered()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/meetings.json", """[{ "id": "m", "venue": { "name": "A" }, "venues": [{ "name": "B", "size": 2 }] }]"""));
        Assert.Equal("MeetingVenue", CompiledDataset.Get(data.Record("Meetings", "m"), "Venue")!.GetType().Name);
        Assert.NotNull(data.Type("MeetingVenue2").GetProperty("Size"));
    }

    [Fact]
    public void SectionsInOneRecordAndADataValueInAnotherConflict()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.md", "# A\n"),
            new DataFile("data/notes/b.json", """{ "sections": [{}] }"""));
        AssertNoGeneratorException(result);
        Assert.Contains(result.Diagnostics, d => d.Id == "DOS201");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void CollectionsWhoseNamesDifferOnlyInCaseCollide()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/trade-stats.json", """[{ "id": "a" }]"""),
            new DataFile("data/tradestats.json", """[{ "id": "b" }]"""));
        AssertNoGeneratorException(result);
        Assert.Equal("DOS209", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DeepYamlIsRefusedBeforeItIsBuilt()
    {
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\nx: " + new string('[', 50_000) + "\n---\n"));
        AssertNoGeneratorException(result);
        Assert.Contains(result.Diagnostics, d => d.Id is "DOS103" or "DOS105");
    }

    [Fact]
    public void YamlAliasesAreRefused()
    {
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\na: &a [x, x]\nb: [*a, *a]\n---\n"));
        DiagnosticAssert.Single(result, "DOS105", "data/notes/a.md", 3, 5, "aliases");
    }

    [Fact]
    public void ANavigationMayNotTakeItsRecordTypesName()
    {
        // A declared self-reference "TopicId" would navigate as "Topic", the record's own name (CS0542).
        var result = RunWith(
            "#pragma warning disable CS1591\n[Dossier.DossierCollection(\"topics\")] public partial record Topic { [Dossier.DossierReference(\"topics\")] public string? TopicId { get; init; } }",
            new DataFile("data/topics.json", """[{ "id": "a", "topicId": "b" }, { "id": "b" }]"""));
        Assert.Equal("DOS203", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ADeclaredSelfReferenceNavigates()
    {
        var result = RunWith(
            "#pragma warning disable CS1591\n[Dossier.DossierCollection(\"topics\")] public partial record Topic { [Dossier.DossierReference(\"topics\")] public string? ParentId { get; init; } }",
            new DataFile("data/topics.json", """[{ "id": "a", "parentId": "b" }, { "id": "b" }]"""));
        Assert.Empty(result.Diagnostics);
        var data = GeneratorHarness.Load(result);
        Assert.Same(data.Record("Topics", "b"), CompiledDataset.Get(data.Record("Topics", "a"), "Parent"));
    }

    [Fact]
    public void TableCellsKeepUnicodeLineSeparators()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/figures.md", "| id | note |\n|----|------|\n| a | x\u2028y |\n| b | z |\n"));
        Assert.Equal("x\u2028y", CompiledDataset.Get(data.Record("Figures", "a"), "Note"));
        Assert.Equal(2, data.Collection("Figures").Count);
    }

    [Fact]
    public void ATableInsideAQuoteIsNotTheCollectionsTable()
    {
        var result = GeneratorHarness.Run(new DataFile("data/figures.md", "> | id | n |\n> |----|---|\n> | a | 1 |\n"));
        Assert.Equal("DOS109", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void RepeatedOrEmptyHeaderCellsAreErrors()
    {
        var repeated = GeneratorHarness.Run(new DataFile("data/figures.md", "| id | n | n |\n|----|---|---|\n| a | 1 | 2 |\n"));
        DiagnosticAssert.Single(repeated, "DOS110", "data/figures.md", 1, 12, "'n'");
        var empty = GeneratorHarness.Run(new DataFile("data/figures.md", "| id |  | n |\n|----|---|---|\n| a | 1 | 2 |\n"));
        Assert.Equal("DOS113", Assert.Single(empty.Diagnostics).Id);
    }

    [Fact]
    public void ASecondKeyThatBecomesIdIsAnError()
    {
        var result = GeneratorHarness.Run(new DataFile("data/items.json", """[{ "id": "a", "_id": "legacy-7" }]"""));
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 1, 15, "'id'", "'_id'", "of Item.");
    }

    [Fact]
    public void ADeclarationWithAPrimaryConstructorIsRefused()
    {
        var result = RunWith(
            "#pragma warning disable CS1591\n[Dossier.DossierCollection(\"notes\")] public partial record Note(string Title);",
            new DataFile("data/notes/a.md", "# Hello\n"));
        Assert.Equal("DOS303", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysWithLineBreaksCannotBreakOutOfDocComments()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", "[{ \"id\": \"a\", \"x\\ny\": 1, \"p\\u2028q\": \"v\\u2029w\" }]"));
        Assert.Equal(1, CompiledDataset.Get(data.Record("Items", "a"), "XY"));
    }

    [Fact]
    public void ANetworkShareDataRootIsRead()
    {
        var data = GeneratorHarness.Compile(
            new DossierRunOptions { ProjectDirectory = "//server/share/app" },
            new DataFile("data/items.json", """[{ "id": "a" }]"""));
        Assert.Single(data.Collection("Items"));
    }

    [Fact]
    public void CollidingReferenceKeysGiveOneErrorNotACascade()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/countries.json", """[{ "id": "kz" }]"""),
            new DataFile("data/officials.json", """[{ "id": "a", "country": "kz", "countryId": "kz" }]"""));
        Assert.Equal("DOS203", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DeclaredNamesThatAreKeywordsAreEscaped()
    {
        var result = RunWith(
            """
            #pragma warning disable CS1591
            namespace @event;
            public enum Kind { @default, @class }
            [Dossier.DossierCollection("notes")]
            public partial record @class
            {
                public Kind? @event { get; init; }
            }
            """,
            new DataFile("data/notes/a.md", "---\nevent: class\n---\n"));
        Assert.Empty(result.Diagnostics);
        var note = GeneratorHarness.Load(result).Collection("Notes").Single();
        Assert.Equal("class", CompiledDataset.Get(note, "event")!.ToString());
    }

    [Fact]
    public void FormattingCharactersDoNotMakeTwoKeysLookDifferent()
    {
        var result = GeneratorHarness.Run(new DataFile("data/items.json", "[{ \"id\": \"a\", \"ab\": 1, \"a\\u200Db\": 2 }]"));
        Assert.Equal("DOS203", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AByteOrderMarkLeftInJsonTextIsWhitespace()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", "\uFEFF[{ \"id\": \"a\" }]"));
        Assert.Single(data.Collection("Items"));
    }
}
