using System;
using System.Linq;
using System.Text.Json;
using Dossier.Generators.Emission;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// The records' values are compiled in as data (UTF-8 text read by <c>CompiledDataReader</c>, see
/// <see cref="DataEmitter"/>): every value survives the trip through the text exactly, and every
/// fixture is emitted as data, not silently as code.
/// </summary>
public sealed class DataFormatTests
{
    /// <summary>Strings that touch every escape of the format, and the raw literal's delimiter.</summary>
    private static readonly string[] Awkward =
    [
        string.Empty,
        " leading and trailing ",
        "a|pipe",
        "|",
        "back\\slash",
        "\\N",
        "\\",
        "line\nbreak\r\nand\ttab",
        "quotes \" \"\" \"\"\" \"\"\"\" and more",
        "\"\"\"",
        "{",
        "}",
        "0",
        "\u0000\u0001\u001F\u007F\u0085\u2028\u2029",
        "zero\u200Bwidth and \u202Ebidi\u202C and \uFEFFbom",
        "Ünïcödé, 中文, emoji 😀 and 𝄞",
        "ends with backslash \\",
        "  ",
    ];

    [Fact]
    public void AwkwardStringsReadBackExactly()
    {
        var json = "[" + string.Join(",", Awkward.Select((s, i) => $"{{ \"id\": \"s{i}\", \"text\": {JsonSerializer.Serialize(s)}, \"list\": [{JsonSerializer.Serialize(s)}, \"x\"] }}")) + "]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        for (var i = 0; i < Awkward.Length; i++)
        {
            var record = data.Record("Items", "s" + i);
            Assert.Equal(Awkward[i], CompiledDataset.Get(record, "Text"));
            Assert.Equal(Awkward[i], ((System.Collections.Generic.IReadOnlyList<string>)CompiledDataset.Get(record, "List")!)[0]);
        }
    }

    [Fact]
    public void IdsAndPathsWithSeparatorsReadBack()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/notes/a|b c.json", """{ "n": 1 }"""),
            new DataFile("data/notes/time 10:30.json", """{ "n": 2 }"""));
        var records = data.Collection("Notes");
        Assert.Equal(new[] { "a|b c", "time 10:30" }, records.Select(r => (string)CompiledDataset.Get(r, "Id")!).Order(StringComparer.Ordinal));
        Assert.Contains(records, r => CompiledDataset.Get(r, "Source")!.ToString() == "data/notes/time 10:30.json:1");
        Assert.Contains(records, r => CompiledDataset.Get(r, "Source")!.ToString() == "data/notes/a|b c.json:1");
    }

    [Fact]
    public void NullsAreNotEmptyStringsAndNestedNullsKeepTheirPlace()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """
            [
              { "id": "a", "s": null, "o": null, "l": null },
              { "id": "b", "s": "", "o": { "x": null, "y": "" }, "l": [] },
              { "id": "c", "s": "\\N", "o": { "x": "\\N", "y": null }, "l": [null, "", "\\N"] }
            ]
            """));
        Assert.Null(CompiledDataset.Get(data.Record("Items", "a"), "S"));
        Assert.Null(CompiledDataset.Get(data.Record("Items", "a"), "O"));
        Assert.Null(CompiledDataset.Get(data.Record("Items", "a"), "L"));
        Assert.Equal(string.Empty, CompiledDataset.Get(data.Record("Items", "b"), "S"));
        Assert.Equal("\\N", CompiledDataset.Get(data.Record("Items", "c"), "S"));
        var o = CompiledDataset.Get(data.Record("Items", "c"), "O")!;
        Assert.Equal(("\\N", (object?)null), (CompiledDataset.Get(o, "X"), CompiledDataset.Get(o, "Y")));
        Assert.Equal(new string?[] { null, string.Empty, "\\N" }, ((System.Collections.Generic.IEnumerable<string?>)CompiledDataset.Get(data.Record("Items", "c"), "L")!).ToArray());
    }

    [Fact]
    public void ACollectionOfUpTo128RecordsIsOneBlockInItsOwnFile()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 128).Select(i => $"{{ \"id\": \"r{i}\", \"n\": {i} }}")) + "]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        var main = data.Result.Sources["Dataset.Items.g.cs"];
        Assert.Contains("Read(Data0, records, 0, 128);", main, StringComparison.Ordinal);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> Data0 => \"\"\"", main, StringComparison.Ordinal);
        Assert.DoesNotContain(data.Result.Sources.Keys, k => k.StartsWith("Dataset.Items.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void ManyRecordsSpanSeveralBlocksInOrder()
    {
        const int Count = 2000;
        var json = "[" + string.Join(",", Enumerable.Range(0, Count).Select(i => $"{{ \"id\": \"r{i}\", \"n\": {i} }}")) + "]";
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", json));
        var main = data.Result.Sources["Dataset.Items.g.cs"];
        Assert.Contains("private static partial class __ItemsRecords", main, StringComparison.Ordinal);

        // The blocks, in data order, each read from the member named in its slot's file. The cut
        // and the slots are pinned here, not read from the emitter: changing them changes the output.
        var reads = main.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("Read(Data", StringComparison.Ordinal)).ToList();
        Assert.Equal("Read(Data9_0, records, 0, 28);", reads[0]);
        Assert.Equal(reads.Count, data.Result.Sources.Where(s => s.Key.StartsWith("Dataset.Items.Data", StringComparison.Ordinal)).Sum(s => CountOf(s.Value, "ReadOnlySpan<byte> Data")));
        Assert.DoesNotContain("\"\"\"u8;", main, StringComparison.Ordinal);
        var firstLine = data.Result.Sources["Dataset.Items.Data9.g.cs"].Split('\n').Select(l => l.Trim()).First(l => l.Contains("|data/items.json:", StringComparison.Ordinal));
        Assert.StartsWith("r0|", firstLine, StringComparison.Ordinal);
        var records = data.Collection("Items");
        Assert.Equal(Enumerable.Range(0, Count), records.Select(r => (int)CompiledDataset.Get(r, "N")!));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void EveryFixtureIsEmittedAsData(string name)
    {
        var result = GeneratorHarness.Run(Fixtures.All[name]);
        foreach (var (hint, source) in result.Sources.Where(s => s.Value.Contains("Records = Create();", StringComparison.Ordinal)))
        {
            Assert.True(source.Contains("\"\"\"u8;", StringComparison.Ordinal) || source.Contains("[0];", StringComparison.Ordinal), $"{hint} holds no data literal.");
        }
    }
}
