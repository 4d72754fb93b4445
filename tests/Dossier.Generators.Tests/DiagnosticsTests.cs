using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests;

/// <summary>
/// Every diagnostic: its id, file, line, column and message. Each error also fails the build
/// cleanly: the code that is still generated compiles.
/// </summary>
public sealed class DiagnosticsTests
{
    private static DossierRunResult Run(string path, string content) => GeneratorHarness.Run(new DataFile(path, content));

    [Fact]
    public void DOS101_InvalidJson()
    {
        var result = Run("data/items.json", "[\n  { \"id\": \"a\", },\n]");
        DiagnosticAssert.Single(result, "DOS101", "data/items.json", 2, 16, "'data/items.json' is not valid JSON", "Fix the text at this position");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS101_MessageIsOneLineEvenWhenTheBadTextSpansLines()
    {
        // MSBuild cuts a diagnostic at its first line break; the quoted bad text must not carry one.
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"on\": tru\n}]");
        var diagnostic = DiagnosticAssert.Single(result, "DOS101", "data/items.json", 1, 24);
        Assert.DoesNotContain('\n', diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("data/items.json")]
    [InlineData("data/meetings/almaty.md")]
    [InlineData("data/figures.md")]
    public void DOS114_AFileTheCompilerCannotOpenIsSaidSo_NotCalledInvalidJson(string path)
    {
        var driver = DossierGeneratorRunner.CreateDriver([new UnopenableText("/project/" + path)]);
        var diagnostics = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Diagnostics;

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DOS114", diagnostic.Id);
        Assert.Equal("/project/" + path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal($"'{path}' could not be opened: the compiler got no text for it. Check that the file exists and that the build can read it.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A file the compiler was handed but could not read (deleted mid-build, locked, no permission).</summary>
    private sealed class UnopenableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }

    [Fact]
    public void AProjectWithoutDataGetsNoEntryClass()
    {
        var result = GeneratorHarness.Run();
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void DOS101_TrailingText()
    {
        var result = Run("data/items.json", "[]\n[]");
        DiagnosticAssert.Single(result, "DOS101", "data/items.json", 2, 1);
    }

    [Fact]
    public void DOS102_BareValueIsNotACollection()
    {
        var result = Run("data/items.json", "\n  42");
        DiagnosticAssert.Single(result, "DOS102", "data/items.json", 2, 3, "holds a number", "array of objects");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS102_ArrayInACollectionFolder()
    {
        var result = Run("data/countries/kz.json", "[{}]");
        DiagnosticAssert.Single(result, "DOS102", "data/countries/kz.json", 1, 1, "must hold one object");
    }

    [Fact]
    public void DOS102_ElementThatIsNotAnObject()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\" },\n \"b\"]");
        DiagnosticAssert.Single(result, "DOS102", "data/items.json", 2, 2, "a string where a record (an object) was expected");
    }

    [Fact]
    public void DOS103_NestingTooDeep()
    {
        var json = "[{\"id\":\"a\",\"x\":" + new string('[', 100) + new string(']', 100) + "}]";
        var result = Run("data/items.json", json);
        DiagnosticAssert.Single(result, "DOS103", "data/items.json", 1, 78, "more than 64 levels");
    }

    [Fact]
    public void DOS104_LoneSurrogateEscape()
    {
        var result = Run("data/items.json", "[{\"id\":\"a\",\n\"x\":\"\\uD800\"}]");
        DiagnosticAssert.Single(result, "DOS104", "data/items.json", 2, 5, "not valid Unicode");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS105_InvalidYaml()
    {
        var result = Run("data/notes/a.md", "---\ntitle: ok\nbad: [unclosed\n---\nbody");
        var diagnostic = DiagnosticAssert.Single(result, "DOS105", "data/notes/a.md", 4, 1, "not valid YAML");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS105_ASecondYamlDocumentIsAnError_NotIgnored()
    {
        // "--- [more]" is not a closing fence (text follows the dashes) but a second YAML
        // document, whose values would otherwise be lost.
        var result = Run("data/notes/a.md", "---\ntitle: one\n--- [more]\n---\nbody");
        DiagnosticAssert.Single(result, "DOS105", "data/notes/a.md", 3, 1, "more than one YAML document");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS110_DuplicateKeyIsFound_InAMappingPastTheLinearScan()
    {
        // Past 16 keys the duplicate check moves from a scan to a set: both must find it.
        var keys = string.Concat(Enumerable.Range(0, 20).Select(i => $"k{i}: {i}\n"));
        var result = Run("data/notes/a.md", "---\n" + keys + "k3: again\n---\nbody");
        DiagnosticAssert.Single(result, "DOS110", "data/notes/a.md", 22, 1, "'k3'");

        var json = string.Join(", ", Enumerable.Range(0, 20).Select(i => $"\"k{i}\": {i}"));
        var text = "[{ \"id\": \"a\", " + json + ", \"k3\": 0 }]";
        var jsonResult = Run("data/items.json", text);
        DiagnosticAssert.Single(jsonResult, "DOS110", "data/items.json", 1, text.LastIndexOf("\"k3\"", System.StringComparison.Ordinal) + 1, "'k3'");
    }

    [Fact]
    public void DOS110_DuplicateYamlKeyIsReportedAtTheSecondKey()
    {
        // The same diagnostic as a duplicate JSON key, at the key written twice.
        var result = Run("data/notes/a.md", "---\ntitle: one\ntitle: two\n---\n");
        DiagnosticAssert.Single(result, "DOS110", "data/notes/a.md", 3, 1, "'title'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS106_FrontMatterNotAMapping()
    {
        var result = Run("data/notes/a.md", "---\n- a\n- b\n---\n");
        DiagnosticAssert.Single(result, "DOS106", "data/notes/a.md", 2, 1, "must be a YAML mapping", "a sequence");
    }

    [Fact]
    public void DOS107_UnclosedFrontMatter()
    {
        var result = Run("data/notes/a.md", "---\ntitle: never closed\n\n# Heading\n");
        DiagnosticAssert.Single(result, "DOS107", "data/notes/a.md", 1, 1, "never closed", "Add a line holding only '---'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS108_TableRowWiderThanItsHeader()
    {
        var result = Run("data/figures.md", "| id | a |\n|----|---|\n| x | 1 |\n| y | 2 | 3 |\n");
        DiagnosticAssert.Single(result, "DOS108", "data/figures.md", 4, 11, "has 3 cells but the header has 2");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS109_TableCollectionWithoutATable()
    {
        var result = Run("data/figures.md", "# Figures\n\nNo table here.\n");
        DiagnosticAssert.Single(result, "DOS109", "data/figures.md", 1, 1, "holds no pipe table");
    }

    [Fact]
    public void DOS110_DuplicateJsonKey()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\",\n  \"n\": 1, \"n\": 2 }]");
        DiagnosticAssert.Single(result, "DOS110", "data/items.json", 2, 11, "The key 'n' appears twice");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS111_FileTooDeepIsAWarningNotSilence()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/a/b/c.json", "{}"),
            new DataFile("data/items.json", "[{ \"id\": \"a\" }]"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS111", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("data/a/b/c.json", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadmeFilesAreDocumentationNotData()
    {
        var result = GeneratorHarness.Run(new DataFile("data/README.md", "# About the data\n"), new DataFile("data/notes/README.md", "x"));
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Sources.Keys, k => k.Contains("Readme", System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DOS112_HeadingTwiceInOneRecord()
    {
        var result = Run("data/notes/a.md", "# Title\n\n## Notes\n\ntext\n\n## Notes\n\nmore\n");
        DiagnosticAssert.Single(result, "DOS112", "data/notes/a.md", 7, 1, "The heading 'Notes' appears twice");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS108_TableUnderAHeadingWiderThanItsHeader()
    {
        var result = Run("data/notes/a.md", "---\nx: 1\n---\n# T\n\n## Rows\n\n| a |\n|---|\n| 1 | 2 |\n");
        DiagnosticAssert.Single(result, "DOS108", "data/notes/a.md", 10, 7, "has 2 cells but the header has 1");
    }

    [Fact]
    public void DOS110_TableHeadingThatRepeatsAFrontMatterKey()
    {
        var result = Run("data/notes/a.md", "---\nRows: 1\n---\n## Rows\n\n| a |\n|---|\n| 1 |\n");
        DiagnosticAssert.Single(result, "DOS110", "data/notes/a.md", 2, 1, "The key 'Rows' appears twice");
    }

    [Fact]
    public void DOS201_TypeConflictInNestedObject()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"v\": { \"x\": true } },\n { \"id\": \"b\", \"v\": { \"x\": [] } }]");
        DiagnosticAssert.Single(result, "DOS201", "data/items.json", 2, 27, "items.v.x", "an array here but a boolean");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS202_NumberBeyondEveryType()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"n\": 1e400 }]");
        DiagnosticAssert.Single(result, "DOS202", "data/items.json", 1, 20, "The number 1e400", "items.n");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS202_WideningToDoubleWouldRound()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"n\": 1e300 },\n { \"id\": \"b\", \"n\": 0.12345678901234567890123 }]");
        DiagnosticAssert.Single(result, "DOS202", "data/items.json", 2, 20, "0.12345678901234567890123", "a double");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS203_KeysThatCollideOncePascalCased()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"valid_from\": 1,\n \"validFrom\": 2 }]");
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 2, "'valid_from'", "'validFrom'", "'ValidFrom'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS204_MissingId()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\" },\n { \"name\": \"no id\" }]");
        DiagnosticAssert.Single(result, "DOS204", "data/items.json", 2, 2, "collection 'items' has no 'id'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS205_IdThatIsNotAString()
    {
        var result = Run("data/items.json", "[{ \"id\": 7 }]");
        DiagnosticAssert.Single(result, "DOS205", "data/items.json", 1, 10, "a number (7)", "\"id\": \"7\"");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS206_DuplicateId()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\" },\n { \"id\": \"a\" }]");
        DiagnosticAssert.Single(result, "DOS206", "data/items.json", 2, 10, "The id 'a' is used twice", "first at items.json:1:10");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS206_DuplicateIdAcrossFilesOfOneCollection()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.json", "{ \"id\": \"same\" }"),
            new DataFile("data/notes/b.md", "---\nid: same\n---\n"));
        DiagnosticAssert.Single(result, "DOS206", "data/notes/b.md", 2, 5, "'same'");
    }

    [Fact]
    public void DOS207_ReservedKey()
    {
        var result = Run("data/items.json", "[{ \"id\": \"a\", \"source\": \"x\" }]");
        DiagnosticAssert.Single(result, "DOS207", "data/items.json", 1, 15, "'source'", "'Source'", "the data file and line");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS207_ReservedKey_IsReportedOncePerFile_NotOncePerRow()
    {
        // Every row of a table shares its header's key: the error is the header cell's, once.
        var result = Run("data/items.csv", "id,source\na,x\nb,y\nc,z\n");
        DiagnosticAssert.Single(result, "DOS207", "data/items.csv", 1, 4, "'source'");
        var records = Run("data/items.json", "[{ \"id\": \"a\", \"source\": \"x\" }, { \"id\": \"b\", \"source\": \"y\" }]");
        DiagnosticAssert.Single(records, "DOS207", "data/items.json", 1, 15, "'source'");
    }

    [Fact]
    public void DOS208_GeneratedTypeNamesCollide()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/meetings.json", "[{ \"id\": \"a\", \"venue\": { \"city\": \"x\" } }]"),
            new DataFile("data/meeting-venues.json", "[{ \"id\": \"v\" }]"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS208", diagnostic.Id);
        Assert.Contains("MeetingVenue", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS209_CollectionsThatCollide()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/trade-stats.json", "[{ \"id\": \"a\" }]"),
            new DataFile("data/trade_stats.json", "[{ \"id\": \"b\" }]"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS209", diagnostic.Id);
        Assert.Contains("'TradeStats'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS209_CollectionNamedLikeTheEntryClass()
    {
        var result = GeneratorHarness.Run(new DataFile("data/dataset.json", "[{ \"id\": \"a\" }]"));
        Assert.Equal("DOS209", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS210_DanglingReferenceNamesTheClosestIds()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/countries.json", """[{ "id": "kazakhstan" }, { "id": "kyrgyzstan" }, { "id": "china" }]"""),
            new DataFile("data/officials.json", "[{ \"id\": \"a\",\n  \"country\": \"kazakstan\" }]"));
        DiagnosticAssert.Single(result, "DOS210", "data/officials.json", 2, 14, "'officials' refers to the id 'kazakstan'", "collection 'countries' has no record", "the closest are 'kazakhstan'. Fix the id");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS210_DanglingReferenceInAList()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/countries.json", """[{ "id": "kz" }]"""),
            new DataFile("data/meetings/a.md", "---\ncountries:\n  - kz\n  - xx\n---\n"));
        DiagnosticAssert.Single(result, "DOS210", "data/meetings/a.md", 4, 5, "'xx'");
    }

    [Fact]
    public void ReferencesAreOnlyStrings()
    {
        // A number named like a collection is a value, not a reference: no check, no navigation.
        var data = GeneratorHarness.Compile(
            new DataFile("data/countries.json", """[{ "id": "kz" }]"""),
            new DataFile("data/stats.json", """[{ "id": "a", "country": 3 }]"""));
        Assert.Equal(3, CompiledDataset.Get(data.Collection("Stats").Single(), "Country"));
    }

    private const string MeetingDeclaration = """
        #pragma warning disable CS1591
        using Dossier;
        namespace App;
        [DossierCollection("meetings")]
        public partial record Meeting
        {
            public required Status Status { get; init; }
            public decimal? Budget { get; init; }
        }
        public enum Status { Held, Planned }
        """;

    private static DossierRunResult RunDeclared(string source, params DataFile[] files) =>
        DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(source), files, new DossierRunOptions());

    [Fact]
    public void DOS211_ValueOutsideADeclaredEnum()
    {
        var result = RunDeclared(MeetingDeclaration, new DataFile("data/meetings/a.md", "---\nstatus: postponed\n---\n"));
        DiagnosticAssert.Single(result, "DOS211", "data/meetings/a.md", 2, 9, "'postponed' for 'meetings.status' does not fit the declared type App.Status", "(members: Held, Planned)");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS213_DeclaredTypeThatFitsNoValueIsReportedAtTheDeclaration()
    {
        var source = MeetingDeclaration.Replace("public decimal? Budget", "public bool? Budget");
        var result = RunDeclared(
            source,
            new DataFile("data/meetings/a.md", "---\nstatus: held\nbudget: 1\n---\n"),
            new DataFile("data/meetings/b.md", "---\nstatus: held\nbudget: 2\n---\n"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "DOS211"));
        var atDeclaration = Assert.Single(result.Diagnostics, d => d.Id == "DOS213");
        Assert.Equal(8, atDeclaration.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'Meeting.Budget' is declared as bool?, but none of the 2 values of 'meetings.budget'", atDeclaration.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS211_FractionForADeclaredInteger()
    {
        var source = MeetingDeclaration.Replace("public decimal? Budget", "public int? Budget");
        var result = RunDeclared(source, new DataFile("data/meetings/a.md", "---\nstatus: held\nbudget: 1.5\n---\n"));
        DiagnosticAssert.Single(result, "DOS211", "data/meetings/a.md", 3, 9, "the number 1.5");
    }

    [Fact]
    public void DeclaredDecimalAcceptsIntegersAndEnumsIgnoreCase()
    {
        var result = RunDeclared(MeetingDeclaration, new DataFile("data/meetings/a.md", "---\nstatus: PLANNED\nbudget: 12\n---\n"));
        Assert.Empty(result.Diagnostics);
        var data = GeneratorHarness.Load(result);
        var meeting = data.Collection("Meetings").Single();
        Assert.Equal(12m, CompiledDataset.Get(meeting, "Budget"));
        Assert.Equal("Planned", CompiledDataset.Get(meeting, "Status")!.ToString());
    }

    [Fact]
    public void DOS212_RequiredDeclaredValueMissing()
    {
        var result = RunDeclared(MeetingDeclaration, new DataFile("data/meetings/a.md", "---\nbudget: 1\n---\n"));
        DiagnosticAssert.Single(result, "DOS212", "data/meetings/a.md", 1, 1, "has no 'Status'", "Meeting.Status is declared non-nullable");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS302_DeclaredCollectionThatDoesNotExist()
    {
        var result = RunDeclared(MeetingDeclaration.Replace("\"meetings\"", "\"meting\""), new DataFile("data/meetings/a.md", "---\nstatus: held\n---\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS302", diagnostic.Id);
        Assert.Contains("did you mean 'meetings'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS303_DeclarationThatIsNotPartial()
    {
        var result = RunDeclared(MeetingDeclaration.Replace("public partial record Meeting", "public record Meeting"), new DataFile("data/meetings/a.md", "---\nstatus: held\n---\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS303", diagnostic.Id);
        Assert.Contains("not partial", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((5, 15), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS304_DeclaredTypeDossierCannotFill()
    {
        var result = RunDeclared(MeetingDeclaration.Replace("public decimal? Budget", "public System.Uri? Budget"), new DataFile("data/meetings/a.md", "---\nstatus: held\n---\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS304", diagnostic.Id);
        Assert.Contains("Uri", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("Not A Namespace", null, "DossierNamespace")]
    [InlineData(null, "class", "DossierClassName")]
    public void DOS301_InvalidOptions(string? @namespace, string? className, string property)
    {
        var result = GeneratorHarness.Run(new DossierRunOptions { Namespace = @namespace, ClassName = className }, new DataFile("data/items.json", "[{ \"id\": \"a\" }]"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS301", diagnostic.Id);
        Assert.Contains(property, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void EveryDescriptorHasAHelpLinkToItsDocumentation()
    {
        var descriptors = typeof(Dossier.Generators.Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in descriptors)
        {
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains("## " + descriptor.Id, docs);
        }
    }
}
