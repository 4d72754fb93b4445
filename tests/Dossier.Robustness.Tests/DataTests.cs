using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Ids, empty and property-less records, and sizes: duplicate ids and ids that are not strings
/// fail at the id; empty collections and bare records compile; very long strings and many
/// records (several data blocks) come back exactly.
/// </summary>
public sealed class DataTests
{
    private static DossierRunResult RunItems(string json) => GeneratorHarness.Run(new DataFile("data/items.json", json));

    [Fact]
    public void DuplicateIdInOneFileIsDOS206AtTheSecondId()
    {
        var result = RunItems("[{ \"id\": \"a\", \"n\": 1 },\n { \"id\": \"b\", \"n\": 2 },\n { \"id\": \"a\", \"n\": 3 }]");
        DiagnosticAssert.Single(result, "DOS206", "data/items.json", 3, 10, "'a'", "items.json:1:10");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnIdUsedThreeTimesIsReportedAtEachRepeat()
    {
        var result = RunItems("[{ \"id\": \"a\" },\n { \"id\": \"a\" },\n { \"id\": \"a\" }]");
        var duplicates = result.Diagnostics.Where(d => d.Id == "DOS206").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToList();
        Assert.Equal(new[] { 2, 3 }, duplicates);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AFileNameIdAndAWrittenIdThatCollideAreDOS206()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/x.json", "{ \"n\": 1 }"),
            new DataFile("data/notes/y.json", "{\n  \"id\": \"x\", \"n\": 2 }"));
        DiagnosticAssert.Single(result, "DOS206", "data/notes/y.json", 2, 9, "'x'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void IdsAreComparedOrdinally()
    {
        // Case and Unicode normalisation make different ids: "é" precomposed and decomposed are two records.
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", "[{ \"id\": \"a\", \"n\": 1 }, { \"id\": \"A\", \"n\": 2 }, { \"id\": \"\\u00e9\", \"n\": 3 }, { \"id\": \"e\\u0301\", \"n\": 4 }, { \"id\": \" a\", \"n\": 5 }]"));
        Assert.Equal(5, data.Collection("Items").Count);
        Assert.Equal(1, CompiledDataset.Get(data.Record("Items", "a"), "N"));
        Assert.Equal(2, CompiledDataset.Get(data.Record("Items", "A"), "N"));
        Assert.Equal(3, CompiledDataset.Get(data.Record("Items", "\u00e9"), "N"));
        Assert.Equal(4, CompiledDataset.Get(data.Record("Items", "e\u0301"), "N"));
        Assert.Equal(5, CompiledDataset.Get(data.Record("Items", " a"), "N"));
    }

    [Theory]
    [InlineData("7", "a number (7)")]
    [InlineData("-1.5", "a number (-1.5)")]
    [InlineData("true", "a boolean (true)")]
    [InlineData("null", "null")]
    [InlineData("{}", "an object")]
    [InlineData("[\"a\"]", "an array")]
    [InlineData("\"\"", "an empty string")]
    public void AnIdThatIsNotANonEmptyStringIsDOS205AtTheValue(string id, string shown)
    {
        var result = RunItems("[{ \"id\": \"ok\" },\n { \"n\": 1, \"id\": " + id + " }]");
        DiagnosticAssert.Single(result, "DOS205", "data/items.json", 2, 18, shown);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("true")]
    [InlineData("\"\"")]
    [InlineData("~")]
    public void AnIdThatIsNotANonEmptyStringInFrontMatterIsDOS205(string id)
    {
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\ntitle: T\nid: " + id + "\n---\n"));
        DiagnosticAssert.Single(result, "DOS205", "data/notes/a.md", 3, 5);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void TheAdviceForANonStringIdIsInTheFilesOwnSyntax()
    {
        DiagnosticAssert.Single(RunItems("[{ \"id\": 7 }]"), "DOS205", "data/items.json", 1, 10, "Quote it (\"id\": \"7\")");
        DiagnosticAssert.Single(GeneratorHarness.Run(new DataFile("data/notes.yaml", "- id: 7\n")), "DOS205", "data/notes.yaml", 1, 7, "Quote it (id: \"7\")");
        DiagnosticAssert.Single(GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\nid: true\n---\n")), "DOS205", "data/notes/a.md", 2, 5, "Quote it (id: \"true\")");
        DiagnosticAssert.Single(GeneratorHarness.Run(new DataFile("data/notes/b.md", "---\nid: \"\"\n---\n")), "DOS205", "data/notes/b.md", 2, 5, "Quote it (id: \"b\")");
    }

    [Fact]
    public void ANumericIdInATableIsText()
    {
        // A markdown cell cannot be quoted, so an id column of codes would otherwise be unusable.
        var data = GeneratorHarness.Compile(new DataFile("data/codes.md", "| id | name |\n|---|---|\n| 398 | Kazakhstan |\n| 156 | China |\n"));
        Assert.Equal(new[] { "398", "156" }, data.Collection("Codes").Select(r => ((IRecord)r).Id));
    }

    [Fact]
    public void AQuotedNumberIsAValidId()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/items.json", """[{ "id": "7" }]"""),
            new DataFile("data/notes/a.md", "---\nid: \"8\"\n---\n"));
        Assert.Equal("7", ((IRecord)data.Collection("Items").Single()).Id);
        Assert.Equal("8", ((IRecord)data.Collection("Notes").Single()).Id);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData(" [ \n ] \n")]
    public void AnEmptyCollectionCompilesWithNoRecords(string json)
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        Assert.Empty(data.Collection("Items"));
        var type = data.Type("Item");
        Assert.True(typeof(IRecord).IsAssignableFrom(type));
        Assert.Equal(new[] { "Id", "Source" }, type.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var set = data.Type("Dataset").GetProperty("Items")!.GetValue(null)!;
        var contains = set.GetType().GetMethod("Contains", [typeof(string)])!;
        Assert.Equal(false, contains.Invoke(set, ["a"]));
    }

    [Fact]
    public void AnEmptyTableCompilesWithNoRecords()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/figures.md", "| id | amount |\n|----|--------|\n"));
        Assert.Empty(data.Collection("Figures"));
    }

    [Fact]
    public void AnEmptyCollectionBesideAFullOne()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/empties.json", "[]"),
            new DataFile("data/items.json", """[{ "id": "a", "n": 1 }]"""));
        Assert.Empty(data.Collection("Empties"));
        Assert.Equal(1, CompiledDataset.Get(data.Record("Items", "a"), "N"));
    }

    [Fact]
    public void RecordsWithNoPropertiesCompile()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/items.json", """[{ "id": "a" }, { "id": "b" }]"""),
            new DataFile("data/notes/bare.json", "{}"),
            new DataFile("data/pages/empty.md", string.Empty),
            new DataFile("data/things/nested.json", """{ "inner": {}, "list": [], "objects": [{}] }"""));
        Assert.Equal(new[] { "a", "b" }, data.Collection("Items").Select(r => ((IRecord)r).Id));
        Assert.Equal(new[] { "Id", "Source" }, data.Type("Item").GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("bare", ((IRecord)data.Collection("Notes").Single()).Id);
        Assert.Equal(new SourceLocation("data/notes/bare.json", 1), ((IRecord)data.Collection("Notes").Single()).Source);
        var page = data.Collection("Pages").Single();
        Assert.Equal("empty", ((IRecord)page).Id);
        Assert.Equal(string.Empty, CompiledDataset.Get(page, "Body"));
        var thing = data.Collection("Things").Single();
        Assert.Empty(CompiledDataset.Get(thing, "Inner")!.GetType().GetProperties());
        Assert.Empty((System.Collections.IEnumerable)CompiledDataset.Get(thing, "List")!);
        Assert.Single(((System.Collections.IEnumerable)CompiledDataset.Get(thing, "Objects")!).Cast<object>());
    }

    [Fact]
    public void RecordsThatLackEveryPropertyOfOthersGetNulls()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a" }, { "id": "b", "n": 1, "s": "x", "o": { "k": true }, "l": [1] }]"""));
        var a = data.Record("Items", "a");
        foreach (var property in new[] { "N", "S", "O", "L" })
        {
            Assert.Null(CompiledDataset.Get(a, property));
        }

        Assert.Equal(typeof(int?), CompiledDataset.PropertyType(a.GetType(), "N"));
        Assert.Equal(1, CompiledDataset.Get(data.Record("Items", "b"), "N"));
    }

    /// <summary>Ordinal equality, reporting the first difference rather than megabytes of text.</summary>
    private static void AssertSameText(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
        {
            index++;
        }

        static string Around(string text, int index) =>
            JsonSerializer.Serialize(text.Substring(Math.Max(0, index - 10), Math.Min(40, text.Length - Math.Max(0, index - 10))));
        Assert.Fail($"{what} changed: lengths {expected.Length} and {actual.Length}, first difference at {index}: expected {Around(expected, index)}, actual {Around(actual, index)}");
    }

    /// <summary>About <paramref name="length"/> characters of everything the data format escapes or a raw literal could trip on.</summary>
    private static string HugeString(int length, int seed)
    {
        string[] pieces =
        [
            "plain ASCII text ", "\"\"\"", "\"\"\"\"\"\"\"\"", "|", "||", "\\", "\\N", "\\|", "\n", "\r\n", "\t", "\0",
            "\u0085", "\u2028", "\u2029", "\u200F", "\u202E", "\uFEFF", "😀", "👨‍👩‍👧", "中文字符", "Кириллица", "*/", "#if DEBUG", "{}",
            "\"\"\"u8;", "<c>&amp;</c>", "é", "e\u0301",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder(length + 32);
        while (builder.Length < length)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    [Fact]
    public void AOneMegabyteStringRoundTripsExactly()
    {
        var value = HugeString(1 << 20, seed: 1);
        Assert.True(value.Length >= 1 << 20);
        var json = "[{ \"id\": \"plain\", \"text\": \"x\" },\n{ \"id\": \"huge\", \"text\": " + JsonSerializer.Serialize(value) + " }]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        var text = (string)CompiledDataset.Get(data.Record("Items", "huge"), "Text")!;
        AssertSameText(value, text, "the 1 MB string");
        Assert.Equal("x", CompiledDataset.Get(data.Record("Items", "plain"), "Text"));
    }

    [Fact]
    public void AOneMegabyteStringAsTheFirstValueRoundTripsAndItsExampleIsShortened()
    {
        // 59 characters and then a surrogate pair: a cut at 60 characters would split it.
        var value = new string('x', 59) + "😀" + HugeString(1 << 20, seed: 2);
        var json = "[{ \"id\": \"huge\", \"text\": " + JsonSerializer.Serialize(value) + " }]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        AssertSameText(value, (string)CompiledDataset.Get(data.Record("Items", "huge"), "Text")!, "the 1 MB first value");
        var source = data.Result.Sources["Dataset.Items.g.cs"];
        var docLine = source.Split('\n').Single(l => l.Contains("The <c>text</c> value", StringComparison.Ordinal));
        Assert.True(docLine.Length < 400, "The example in the doc comment is not shortened: " + docLine.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AOneMegabyteMarkdownBodyRoundTripsExactly()
    {
        var body = "Start. " + HugeString(1 << 20, seed: 3).Replace("\r", string.Empty, StringComparison.Ordinal);
        var data = GeneratorHarness.Compile(new DataFile("data/notes/a.md", "---\nn: 1\n---\n" + body));
        AssertSameText(body, (string)CompiledDataset.Get(data.Collection("Notes").Single(), "Body")!, "the 1 MB body");
    }

    [Fact]
    public void LongRecordsSpanSeveralDataBlocks()
    {
        // Records of about 300,000 characters each: more than one block's worth apiece.
        var values = Enumerable.Range(0, 4).Select(i => HugeString(300_000, seed: 10 + i)).ToList();
        var json = "[" + string.Join(",\n", values.Select((v, i) => $$"""{ "id": "r{{i}}", "text": {{JsonSerializer.Serialize(v)}}, "n": {{i}} }""")) + "]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        for (var i = 0; i < values.Count; i++)
        {
            var record = data.Record("Items", "r" + i.ToString(CultureInfo.InvariantCulture));
            AssertSameText(values[i], (string)CompiledDataset.Get(record, "Text")!, "record " + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(i, CompiledDataset.Get(record, "N"));
        }
    }

    [Fact]
    public void ManyRecordsSpanSeveralDataBlocksInOrder()
    {
        const int Count = 2500;
        var json = "[" + string.Join(",\n", Enumerable.Range(0, Count).Select(i => $$"""{ "id": "r{{i}}", "n": {{i}}, "s": "{{(i % 7 == 0 ? "|" : "v")}}{{i}}", "d": {{i}}.5 }""")) + "]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        var records = data.Collection("Items");
        Assert.Equal(Count, records.Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal("r" + i.ToString(CultureInfo.InvariantCulture), ((IRecord)records[i]).Id);
            Assert.Equal(i, CompiledDataset.Get(records[i], "N"));
            Assert.Equal((i % 7 == 0 ? "|" : "v") + i.ToString(CultureInfo.InvariantCulture), CompiledDataset.Get(records[i], "S"));
            Assert.Equal(i + 0.5m, CompiledDataset.Get(records[i], "D"));
            Assert.Equal(i + 1, ((IRecord)records[i]).Source.Line);
        }
    }
}
