using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// YAML data files: the two layouts (a sequence in <c>data/name.yaml</c>, a mapping per file in
/// <c>data/name/*.yaml</c>), their typing (the same as front matter's), a collection that mixes
/// formats, and every error, each at its line and column.
/// </summary>
public sealed class YamlDataFileTests
{
    private static DossierRunResult Run(string path, string content) => GeneratorHarness.Run(new DataFile(path, content));

    [Theory]
    [InlineData("data/items.yaml")]
    [InlineData("data/items.yml")]
    public void AnArrayFileHoldsOneRecordPerItem_TypedAsFrontMatterIs(string path)
    {
        var data = GeneratorHarness.Compile(new DataFile(path, """
            # comments are not data
            - id: a
              name: Alpha
              on: true
              count: 42
              amount: 43.80
              quoted: "12"
              word: 'true'
              nothing: ~
              venue: { city: Almaty }
              tags: [trade, energy]
            - id: b
              name: "Beta: the second"
              on: false
              count: -7
              amount: 1e3
              quoted: "x"
              word: "no"
              nothing: null
              venue:
                city: Astana
              tags: []
            """));

        var a = data.Record("Items", "a");
        Assert.Equal("Alpha", CompiledDataset.Get(a, "Name"));
        Assert.Equal(true, CompiledDataset.Get(a, "On"));
        Assert.Equal(typeof(int), CompiledDataset.PropertyType(a.GetType(), "Count"));
        Assert.Equal(42, CompiledDataset.Get(a, "Count"));
        Assert.Equal("43.80", ((decimal)CompiledDataset.Get(a, "Amount")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("12", CompiledDataset.Get(a, "Quoted"));
        Assert.Equal("true", CompiledDataset.Get(a, "Word"));
        Assert.Null(CompiledDataset.Get(a, "Nothing"));
        Assert.Equal("Almaty", CompiledDataset.Get(CompiledDataset.Get(a, "Venue")!, "City"));
        Assert.Equal(new[] { "trade", "energy" }, ((System.Collections.IEnumerable)CompiledDataset.Get(a, "Tags")!).Cast<string>());
        Assert.Equal(path + ":2", CompiledDataset.Get(a, "Source")!.ToString());

        var b = data.Record("Items", "b");
        Assert.Equal("Beta: the second", CompiledDataset.Get(b, "Name"));
        Assert.Equal(1000m, CompiledDataset.Get(b, "Amount"));
        Assert.Equal(path + ":12", CompiledDataset.Get(b, "Source")!.ToString());
    }

    [Fact]
    public void AnEmptySequenceIsAnEmptyCollection()
    {
        var result = Run("data/items.yaml", "[]\n");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Load(result).Collection("Items"));
    }

    [Fact]
    public void RecordFilesTakeTheFileNameAsId_UnlessTheyHaveAnId_AsJsonRecordFilesDo()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/cities/almaty.yaml", "name: Almaty\npopulation: 2300000\n"),
            new DataFile("data/cities/astana.yml", "id: nur-sultan\nname: Astana\npopulation: 1400000\n"),
            new DataFile("data/cities/bishkek.yaml", "$schema: ../.schemas/cities.schema.json\nname: Bishkek\npopulation: 1100000\n"));

        Assert.Equal(new[] { "almaty", "nur-sultan", "bishkek" }, data.Collection("Cities").Select(c => (string)CompiledDataset.Get(c, "Id")!));
        Assert.Equal("data/cities/astana.yml:1", CompiledDataset.Get(data.Record("Cities", "nur-sultan"), "Source")!.ToString());
        // The $schema key names an editor's schema, as in a JSON record file: it is not a property.
        Assert.Null(data.Record("Cities", "bishkek").GetType().GetProperty("Schema"));
    }

    [Fact]
    public void OneCollectionMayMixJsonYamlAndMarkdownRecords_InferredAsOneSchema()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/cities/almaty.json", """{ "name": "Almaty", "population": 2300000, "founded": "1854-02-04" }"""),
            new DataFile("data/cities/astana.yaml", "name: Astana\npopulation: 3000000000\nfounded: 1830-01-01\n"),
            new DataFile("data/cities/bishkek.md", "---\nname: Bishkek\npopulation: 1100000\n---\n# Bishkek\n"));

        var types = data.Collection("Cities").Select(c => CompiledDataset.PropertyType(c.GetType(), "Population")).Distinct();
        Assert.Equal(typeof(long), Assert.Single(types)); // widened by the YAML record, for all three
        Assert.Equal(3_000_000_000L, CompiledDataset.Get(data.Record("Cities", "astana"), "Population"));
        Assert.Equal(new System.DateOnly(1830, 1, 1), CompiledDataset.Get(data.Record("Cities", "astana"), "Founded"));
        Assert.Null(CompiledDataset.Get(data.Record("Cities", "almaty"), "Title")); // only the markdown record has a title
        Assert.Equal("Bishkek", CompiledDataset.Get(data.Record("Cities", "bishkek"), "Title"));
    }

    [Fact]
    public void ATypeConflictAcrossFormatsIsReportedAtTheYamlValue()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/cities/almaty.json", """{ "population": 2300000 }"""),
            new DataFile("data/cities/astana.yaml", "population: \"many\"\n"));
        DiagnosticAssert.Single(result, "DOS201", "data/cities/astana.yaml", 1, 13, "a string here but a number at");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void CoreTagsStateTheTypeOfAValueThatHasIt()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.yaml", """
            - id: a
              code: !!str 012
              count: !!int 5
              quoted: !!int "7"
              ratio: !!float 1.5
              on: !!bool true
              none: !!null ~
              plain: ! 12
              !!str tagged: key
              venue: !!map { city: Almaty }
              tags: !!seq [x]
            """));
        var a = data.Record("Items", "a");
        Assert.Equal("012", CompiledDataset.Get(a, "Code"));
        Assert.Equal(5, CompiledDataset.Get(a, "Count"));
        Assert.Equal(7, CompiledDataset.Get(a, "Quoted"));
        Assert.Equal(1.5m, CompiledDataset.Get(a, "Ratio"));
        Assert.Equal(true, CompiledDataset.Get(a, "On"));
        Assert.Null(CompiledDataset.Get(a, "None"));
        Assert.Equal("12", CompiledDataset.Get(a, "Plain")); // the non-specific tag: a string
        Assert.Equal("key", CompiledDataset.Get(a, "Tagged"));
    }

    [Theory]
    [InlineData("n: !!int abc", 4, "'!!int'", "'abc' is not an integer")]
    [InlineData("n: !!int 1.5", 4, "'!!int'", "'1.5' is not an integer")]
    [InlineData("n: !!int 012", 4, "'!!int'", "'012' is not an integer")]
    [InlineData("n: !!float .inf", 4, "'!!float'", "'.inf' is not a number")]
    [InlineData("n: !!bool yes", 4, "'!!bool'", "'yes' is not true or false")]
    [InlineData("n: !!null x", 4, "'!!null'", "'x' is not a null word")]
    [InlineData("n: !!map [a]", 4, "'!!map'", "it is a sequence, not a mapping")]
    [InlineData("n: !!seq { a: 1 }", 4, "'!!seq'", "it is a mapping, not a sequence")]
    [InlineData("n: !!str [a]", 4, "'!!str'", "it is a sequence, not a string")]
    [InlineData("n: !!map x", 4, "'!!map'", "it is a scalar, not a mapping")]
    [InlineData("n: !!timestamp 2025-01-01", 4, "'!!timestamp'", "only the tags of YAML's core schema")]
    [InlineData("n: !custom 5", 4, "'!custom'", "only the tags of YAML's core schema")]
    [InlineData("n: !<tag:example.com,2000:x> 5", 4, "'tag:example.com,2000:x'", "only the tags")]
    [InlineData("!!int 5: x", 1, "'!!int'", "a key is always a string")]
    [InlineData("!custom k: x", 1, "'!custom'", "a key is always a string")]
    public void ATagOutsideTheCoreSchemaOrOnAValueThatDoesNotFitIt_IsAnError(string line, int column, string tag, string problem)
    {
        var result = Run("data/items/a.yaml", "name: a\n" + line + "\n");
        DiagnosticAssert.Single(result, "DOS116", "data/items/a.yaml", 2, column, tag, problem, "Remove the tag");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void FrontMatterFollowsTheSameTagRule()
    {
        // One conversion of YAML serves both: a tag front matter used to ignore is now an error too.
        var result = Run("data/notes/a.md", "---\ntitle: x\nn: !!int abc\n---\n");
        DiagnosticAssert.Single(result, "DOS116", "data/notes/a.md", 3, 4, "'!!int'", "'abc' is not an integer");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS110_DuplicateKey()
    {
        var result = Run("data/items.yaml", "- id: a\n  name: x\n  name: y\n");
        DiagnosticAssert.Single(result, "DOS110", "data/items.yaml", 3, 3, "'name'", "'data/items.yaml'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_ASecondDocument()
    {
        var result = Run("data/items/a.yaml", "name: one\n---\nname: two\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 1, "'data/items/a.yaml' is not valid YAML", "more than one YAML document", "a file of its own");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_InvalidYaml()
    {
        var result = Run("data/items/a.yaml", "name: a\ntags: [unclosed\n---\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 3, 1, "'data/items/a.yaml' is not valid YAML", "did not find expected ',' or ']'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_InvalidYamlThatYamlDotNetFailsOnWithoutAPosition_IsPlacedWhereReadingStopped()
    {
        // YamlDotNet throws an InvalidOperationException here, not a YamlException with a position; the
        // last node it read is the unclosed sequence.
        var result = Run("data/items.yaml", "- id: a\n  tags: [unclosed\n- id: b\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items.yaml", 2, 9, "'data/items.yaml' is not valid YAML", "could not read past this point");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_AnAlias()
    {
        var result = Run("data/items.yaml", "- id: a\n  tags: &common [trade, energy]\n- id: b\n  tags: *common\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items.yaml", 4, 9, "aliases (*name) are not supported");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_AKeyThatIsNotAString()
    {
        var result = Run("data/items/a.yaml", "name: a\n[x, y]: 1\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 1, "a key must be a plain string");
    }

    [Fact]
    public void DOS115_ANulByte_EvenWhereYamlDotNetWouldTakeItForTheEnd()
    {
        // Read as the end of the text, the NUL would drop "other: b" without a word.
        var result = Run("data/items/a.yaml", "name: a\n\u0000\nother: b\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 1, "NUL character");
        DiagnosticAssert.FailsCleanly(result);
        DiagnosticAssert.Single(Run("data/notes/a.md", "---\ntitle: \"a\u0000b\"\n---\n"), "DOS105", "data/notes/a.md", 2, 10, "NUL character");
    }

    [Theory]
    [InlineData("id: a\nname: x\n", 1, 1, "holds a mapping", "must hold a sequence of mappings")]
    [InlineData("just text\n", 1, 1, "holds a string", "must hold a sequence of mappings")]
    [InlineData("", 1, 1, "holds no YAML document", "must hold a sequence of mappings")]
    [InlineData("# only a comment\n", 1, 1, "holds no YAML document", "must hold a sequence of mappings")]
    [InlineData("---\n", 2, 1, "holds null", "must hold a sequence of mappings")]
    public void DOS102_AnArrayFileWhoseRootIsNotASequence(string content, int line, int column, string holds, string must)
    {
        var result = Run("data/items.yaml", content);
        DiagnosticAssert.Single(result, "DOS102", "data/items.yaml", line, column, "'data/items.yaml' " + holds, must);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS102_AnItemThatIsNotAMapping_TheOtherItemsAreStillRead()
    {
        var result = Run("data/items.yaml", "- id: a\n- just text\n- [x]\n");
        var diagnostics = result.Diagnostics.Where(d => d.Id == "DOS102").Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal((2, 3), (diagnostics[0].Item1, diagnostics[0].Item2));
        Assert.Contains("has a string where a record (a mapping) was expected", diagnostics[0].Item3);
        Assert.Equal((3, 3), (diagnostics[1].Item1, diagnostics[1].Item2));
        Assert.Contains("has a sequence where a record (a mapping) was expected", diagnostics[1].Item3);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("- a\n- b\n", 1, 1, "holds a sequence")]
    [InlineData("42\n", 1, 1, "holds a number")]
    [InlineData("", 1, 1, "holds no YAML document")]
    public void DOS102_ARecordFileWhoseRootIsNotAMapping(string content, int line, int column, string holds)
    {
        var result = Run("data/items/a.yml", content);
        DiagnosticAssert.Single(result, "DOS102", "data/items/a.yml", line, column, "'data/items/a.yml' " + holds, "must hold one mapping");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS103_DeepNesting()
    {
        var result = Run("data/items/a.yaml", "x: " + new string('[', 100) + new string(']', 100) + "\n");
        // The mapping is the first level, so the 64th bracket (column 4 + 63) is the 65th.
        DiagnosticAssert.Single(result, "DOS103", "data/items/a.yaml", 1, 67, "more than 64 levels");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS115_ALoneSurrogateEscape()
    {
        // YamlDotNet refuses the escape itself, at the scalar.
        var result = Run("data/items/a.yaml", "name: a\nx: \"\\uD800\"\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 4, "invalid Unicode surrogates");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AByteOrderMarkIsSkipped_ColumnsStayInPlace()
    {
        var result = Run("data/items/a.yaml", "\uFEFFname: a\nn: !!int abc\n");
        DiagnosticAssert.Single(result, "DOS116", "data/items/a.yaml", 2, 4, "'!!int'");
        Assert.Empty(Run("data/items/a.yaml", "\uFEFFname: a\n").Diagnostics);
    }

    [Fact]
    public void YamlFilesNestedTooDeepInTheDataFolderAreIgnoredWithAWarning()
    {
        var result = Run("data/a/b/c.yaml", "name: x\n");
        DiagnosticAssert.Single(result, "DOS111", "data/a/b/c.yaml", 1, 1, "data/name/*.json|yaml|yml|md");
    }
}
