using System;
using System.Linq;
using System.Text;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Nesting depth. The JSON reader counts containers: the root is depth 0 and a container at
/// depth 64 or more is DOS103 (<c>JsonDataParser.MaxDepth</c>), so a collection file
/// (<c>data/t.json</c>, root array, record at depth 1) holds 62 objects nested inside a record
/// and a record file (<c>data/things/a.json</c>, the record at depth 0) holds 63. Front matter
/// counts every node, scalars included: the record mapping is depth 0 and a node at depth 64
/// is DOS103, so 62 mappings nest inside a markdown record; YAML data files are read by the same
/// code, so 62 nest inside a YAML record file too. Hostile depth is an error, never a stack
/// overflow or an exception.
/// </summary>
public sealed class DepthTests
{
    private const string Leaf = "deep";

    [Fact]
    public void OneHundredThousandOpeningArrays()
    {
        var content = JsonTestSuiteTests.ReadAsCompiler("test_parsing", "n_structure_100000_opening_arrays.json");
        Assert.Equal(100_000, content.Count(c => c == '['));
        var result = GeneratorHarness.Run(new DataFile("data/t.json", content));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/t.json");

        // Our check fires before System.Text.Json's own limit: DOS103 at the 65th '[' (depth 64).
        DiagnosticAssert.Single(result, "DOS103", "data/t.json", 1, 65, "more than 64 levels");
    }

    [Fact]
    public void TenThousandObjectsNestedInARecord()
    {
        var result = GeneratorHarness.Run(new DataFile("data/t.json", InCollectionFile(10_000)));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/t.json");
        DiagnosticAssert.Single(result, "DOS103", "data/t.json", 1, 16 + (5 * 62), "more than 64 levels");
    }

    [Fact]
    public void TenThousandObjectsNestedInARecordFile()
    {
        var result = GeneratorHarness.Run(new DataFile("data/things/a.json", InRecordFile(10_000)));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/things/a.json");
        DiagnosticAssert.Single(result, "DOS103", "data/things/a.json", 1, 15 + (5 * 63), "more than 64 levels");
    }

    [Fact]
    public void CollectionFile_62ObjectsNestedInARecordCompileAndTheDeepestValueReadsBack()
    {
        // Root array (depth 0) + record (1) + 62 nested objects (2..63): 64 levels, the most allowed.
        var data = GeneratorHarness.Compile(new DataFile("data/t.json", InCollectionFile(62)));
        Assert.Equal(Leaf, Descend(data.Collection("T").Single(), 62 + 1));
    }

    [Fact]
    public void CollectionFile_63ObjectsNestedInARecordAreDOS103AtTheDeepestObject()
    {
        var result = GeneratorHarness.Run(new DataFile("data/t.json", InCollectionFile(63)));
        JsonTestSuiteTests.AssertNoCrash(result);

        // The 63rd nested object opens at column 16 + 5 * 62 (after '[{"id":"a","x":' and 62 times '{"x":').
        DiagnosticAssert.Single(result, "DOS103", "data/t.json", 1, 16 + (5 * 62), "more than 64 levels");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RecordFile_63ObjectsNestedInARecordCompileAndTheDeepestValueReadsBack()
    {
        // Record (depth 0) + 63 nested objects (1..63): 64 levels, the most allowed.
        var data = GeneratorHarness.Compile(new DataFile("data/things/a.json", InRecordFile(63)));
        Assert.Equal(Leaf, Descend(data.Record("Things", "a"), 63 + 1));
    }

    [Fact]
    public void RecordFile_64ObjectsNestedInARecordAreDOS103AtTheDeepestObject()
    {
        var result = GeneratorHarness.Run(new DataFile("data/things/a.json", InRecordFile(64)));
        JsonTestSuiteTests.AssertNoCrash(result);

        // The 64th nested object opens at column 15 + 5 * 63 (after '{"id":"a","x":' and 63 times '{"x":').
        DiagnosticAssert.Single(result, "DOS103", "data/things/a.json", 1, 15 + (5 * 63), "more than 64 levels");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void NestedArraysFollowTheSameLimitAsObjects()
    {
        // [{"id":"a","x":[[...["deep"]...]]}]: 62 arrays inside the record build, 63 do not.
        var ok = GeneratorHarness.Run(new DataFile("data/t.json", "[{\"id\":\"a\",\"x\":" + new string('[', 62) + "\"deep\"" + new string(']', 62) + "}]"));
        JsonTestSuiteTests.AssertNoCrash(ok);
        Assert.Empty(ok.Diagnostics);
        object? value = CompiledDataset.Get(GeneratorHarness.Load(ok).Collection("T").Single(), "X");
        for (var i = 0; i < 62; i++)
        {
            value = Assert.Single(Assert.IsAssignableFrom<System.Collections.IEnumerable>(value).Cast<object>());
        }

        Assert.Equal(Leaf, value);

        var tooDeep = GeneratorHarness.Run(new DataFile("data/t.json", "[{\"id\":\"a\",\"x\":" + new string('[', 63) + "\"deep\"" + new string(']', 63) + "}]"));
        JsonTestSuiteTests.AssertNoCrash(tooDeep);
        DiagnosticAssert.Single(tooDeep, "DOS103", "data/t.json", 1, 16 + 62, "more than 64 levels");
        DiagnosticAssert.FailsCleanly(tooDeep);
    }

    [Fact]
    public void FrontMatter_62MappingsNestedInARecordCompileAndTheDeepestValueReadsBack()
    {
        // Record mapping (depth 0) + 62 nested mappings (1..62) + the scalar (63).
        var data = GeneratorHarness.Compile(new DataFile("data/notes/a.md", FrontMatter(62)));
        Assert.Equal(Leaf, Descend(data.Record("Notes", "a"), 62 + 1));
    }

    [Fact]
    public void FrontMatter_63MappingsNestedInARecordAreDOS103AtTheDeepestValue()
    {
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", FrontMatter(63)));
        JsonTestSuiteTests.AssertNoCrash(result);

        // The scalar is at depth 64: line 1 is the fence, lines 2..64 open the 63 mappings, line 65 is "x: deep" indented 2 * 63.
        DiagnosticAssert.Single(result, "DOS103", "data/notes/a.md", 65, (2 * 63) + 4, "more than 64 levels");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void FrontMatter_TenThousandNestedFlowMappings()
    {
        var yaml = "x: " + string.Concat(Enumerable.Repeat("{x: ", 10_000)) + Leaf + new string('}', 10_000);
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\n" + yaml + "\n---\n"));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/notes/a.md", line: 2, alsoAccepted: "DOS105");

        // The 64th mapping (depth 64) opens after "x: " and 63 times "{x: ".
        DiagnosticAssert.Single(result, "DOS103", "data/notes/a.md", 2, 4 + (4 * 63), "more than 64 levels");
    }

    [Fact]
    public void FrontMatter_TenThousandNestedFlowSequences()
    {
        var yaml = "x: " + new string('[', 10_000) + Leaf + new string(']', 10_000);
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\n" + yaml + "\n---\n"));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/notes/a.md", line: 2, alsoAccepted: "DOS105");
        DiagnosticAssert.Single(result, "DOS103", "data/notes/a.md", 2, 4 + 63, "more than 64 levels");
    }

    [Fact]
    public void YamlRecordFile_62MappingsNestedInARecordCompileAndTheDeepestValueReadsBack()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/things/a.yaml", NestedMappings(62)));
        Assert.Equal(Leaf, Descend(data.Record("Things", "a"), 62 + 1));
    }

    [Fact]
    public void YamlRecordFile_63MappingsNestedInARecordAreDOS103AtTheDeepestValue()
    {
        var result = GeneratorHarness.Run(new DataFile("data/things/a.yaml", NestedMappings(63)));
        JsonTestSuiteTests.AssertNoCrash(result);

        // Lines 1..63 open the 63 mappings, line 64 is "x: deep" indented 2 * 63.
        DiagnosticAssert.Single(result, "DOS103", "data/things/a.yaml", 64, (2 * 63) + 4, "more than 64 levels");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void YamlArrayFile_OneHundredThousandOpeningSequences()
    {
        var result = GeneratorHarness.Run(new DataFile("data/t.yaml", new string('[', 100_000)));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/t.yaml", alsoAccepted: "DOS115");

        // Refused while the events are read, before any value is built: the 65th '['.
        DiagnosticAssert.Single(result, "DOS103", "data/t.yaml", 1, 65, "more than 64 levels");
    }

    [Fact]
    public void YamlRecordFile_TenThousandNestedFlowMappings()
    {
        var yaml = "x: " + string.Concat(Enumerable.Repeat("{x: ", 10_000)) + Leaf + new string('}', 10_000);
        var result = GeneratorHarness.Run(new DataFile("data/things/a.yml", yaml));
        JsonTestSuiteTests.AssertNoCrash(result);
        AssertTooDeepOrInvalid(result, "data/things/a.yml", alsoAccepted: "DOS115");
        DiagnosticAssert.Single(result, "DOS103", "data/things/a.yml", 1, 4 + (4 * 63), "more than 64 levels");
    }

    [Fact]
    public void MarkdownBody_127NestedBlockQuotesAreJustText()
    {
        var text = "# T\n\n" + new string('>', 127) + " x\n";
        var data = GeneratorHarness.Compile(new DataFile("data/notes/a.md", text));
        Assert.Equal(text, CompiledDataset.Get(data.Record("Notes", "a"), "Body"));
    }

    [Theory]
    [InlineData(128, "blockquotes")]
    [InlineData(10_000, "blockquotes")]
    [InlineData(64, "list items")]
    [InlineData(10_000, "list items")]
    public void MarkdownBody_DeepNestingIsADataErrorNotAnInternalError(int depth, string kind)
    {
        var body = kind == "blockquotes" ? new string('>', depth) + " x\n" : string.Concat(Enumerable.Repeat("- ", depth)) + "x\n";
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "# T\n\n" + body));
        JsonTestSuiteTests.AssertNoCrash(result);
        if (!result.Diagnostics.IsEmpty)
        {
            // Too deep for the markdown parser: a located error of the data (line 3, where the nesting is), as DOS103 is for JSON.
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
            DiagnosticAssert.FailsCleanly(result);
        }
    }

    /// <summary><c>[{"id":"a","x":{"x":{ ... {"x":"deep"} ... }}}]</c> with <paramref name="objects"/> objects inside the record.</summary>
    private static string InCollectionFile(int objects) => "[" + InRecordFile(objects) + "]";

    /// <summary><c>{"id":"a","x":{"x":{ ... {"x":"deep"} ... }}}</c> with <paramref name="objects"/> objects inside the record.</summary>
    private static string InRecordFile(int objects)
    {
        var json = new StringBuilder("{\"id\":\"a\",\"x\":");
        for (var i = 0; i < objects; i++)
        {
            json.Append("{\"x\":");
        }

        json.Append('"').Append(Leaf).Append('"');
        json.Append('}', objects + 1);
        return json.ToString();
    }

    /// <summary>Front matter whose key <c>x</c> holds <paramref name="mappings"/> nested block mappings, the deepest <c>x: deep</c>.</summary>
    private static string FrontMatter(int mappings) => "---\n" + NestedMappings(mappings) + "---\n";

    /// <summary>A YAML mapping whose key <c>x</c> holds <paramref name="mappings"/> nested block mappings, the deepest <c>x: deep</c>.</summary>
    private static string NestedMappings(int mappings)
    {
        var text = new StringBuilder();
        for (var i = 0; i < mappings; i++)
        {
            text.Append(' ', 2 * i).Append("x:\n");
        }

        text.Append(' ', 2 * mappings).Append("x: ").Append(Leaf).Append('\n');
        return text.ToString();
    }

    /// <summary>Follows the property <c>X</c> <paramref name="steps"/> times.</summary>
    private static object? Descend(object record, int steps)
    {
        object? value = record;
        for (var i = 0; i < steps; i++)
        {
            Assert.NotNull(value);
            value = CompiledDataset.Get(value!, "X");
        }

        return value;
    }

    /// <summary>One located error on <paramref name="line"/>: DOS103 (too deep) or <paramref name="alsoAccepted"/> (DOS101, invalid JSON, by default); the rest still compiles.</summary>
    private static void AssertTooDeepOrInvalid(DossierRunResult result, string path, int line = 1, string alsoAccepted = "DOS101")
    {
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.Id is "DOS103" || error.Id == alsoAccepted, $"Expected DOS103 or {alsoAccepted}, got {error}");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/project/" + path, error.Location.GetLineSpan().Path);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        DiagnosticAssert.FailsCleanly(result);
    }
}
