using System.Linq;
using System.Threading;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests;

/// <summary>
/// The JSON parser keeps its lists and decoded keys from one file to the next on a thread (so that
/// thousands of one-record files parse without starting from empty): what one file leaves behind,
/// whole or cut short by an error, must never show in the next, and what it keeps is bounded.
/// </summary>
public sealed class JsonParserReuseTests
{
    private static ParsedDataFile Parse(string name, string json) =>
        JsonDataParser.Parse(
            new DataFileInfo("/p/data/items/" + name + ".json", "data/items/" + name + ".json", "items", DataFileKind.JsonRecord, name),
            SourceText.From(json),
            json,
            CancellationToken.None);

    private static string[] Keys(ParsedDataFile file) => file.Records.Single().Value.Properties.ToArray().Select(p => p.Key).ToArray();

    [Fact]
    public void KeysAtTheSamePlace_AreTheNextFilesOwn()
    {
        Assert.Equal(["id", "name", "tags"], Keys(Parse("a", """{ "id": "a", "name": "x", "tags": [{ "k": 1 }] }""")));
        Assert.Equal(["id", "nome", "tag"], Keys(Parse("b", """{ "id": "b", "nome": "y", "tag": [{ "j": 2 }] }""")));
        Assert.Equal(["id", "na", "name2"], Keys(Parse("c", """{ "id": "c", "na": "z", "name2": 1 }""")));
        Assert.Equal(["id", "name"], Keys(Parse("d", """{ "id": "d", "n\u0061me": "escaped key" }""")));
    }

    [Fact]
    public void AFileCutShortByAnError_LeavesNothingForTheNext()
    {
        var broken = Parse("a", """{ "id": "a", "name": "x", "nested": { "deep": [1, 2, {"x": """);
        Assert.Empty(broken.Records);
        Assert.Contains(broken.Diagnostics, d => d.Descriptor.Id == "DOS101");

        var next = Parse("b", """{ "id": "b", "nested": { "other": [3] } }""");
        Assert.Empty(next.Diagnostics);
        var nested = next.Records.Single().Value.Properties[1].Value;
        Assert.Equal("other", Assert.Single(nested.Properties.ToArray()).Key);
        Assert.Equal("3", Assert.Single(nested.Properties[0].Value.Items.ToArray()).Text);
    }

    [Fact]
    public void WhatAThreadKeepsBetweenFiles_IsBoundedWhateverTheFilesWere()
    {
        // On a thread of its own, so that what other tests parsed does not count.
        long afterHugeKey = 0, afterEverything = 0, namesAfterHugeKey = 0, namesAfterEverything = 0;
        var thread = new Thread(() =>
        {
            var hugeKey = new string('k', 1 << 20);
            Parse("huge", "{ \"" + hugeKey + "\": 1 }");
            Inference.Naming.ToPascalCase(hugeKey);
            afterHugeKey = JsonDataParser.ScratchBytesHeld();
            namesAfterHugeKey = Inference.Naming.CharsHeld();

            // Wide records with long keys at every position, a whole collection in one array, and nesting to the limit.
            var wide = "{ " + string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"{new string('w', 250)}{i}\": {i}")) + " }";
            Parse("wide", wide);
            Parse("array", "[" + string.Join(", ", Enumerable.Repeat("{ \"a\": 1 }", 2_000)) + "]");
            Parse("deep", string.Concat(Enumerable.Repeat("{ \"" + new string('d', 255) + "\": ", JsonDataParser.MaxDepth - 1)) + "1" + new string('}', JsonDataParser.MaxDepth - 1));
            foreach (var i in Enumerable.Range(0, 2_000))
            {
                Inference.Naming.ToPascalCase(new string('n', 250) + i);
            }

            afterEverything = JsonDataParser.ScratchBytesHeld();
            namesAfterEverything = Inference.Naming.CharsHeld();
        });
        thread.Start();
        thread.Join();

        Assert.True(afterHugeKey < 64 * 1024, $"after a 1 MB key the parser's scratch holds {afterHugeKey:N0} bytes");
        Assert.True(namesAfterHugeKey < 64 * 1024, $"after a 1 MB key the name caches hold {namesAfterHugeKey:N0} characters");
        Assert.True(afterEverything <= JsonDataParser.ScratchBytesBound, $"the parser's scratch holds {afterEverything:N0} bytes, over its bound of {JsonDataParser.ScratchBytesBound:N0}");
        Assert.True(afterEverything > 0, "the scratch is kept for the next file");
        Assert.True(namesAfterEverything <= Inference.Naming.MaxCharsHeld, $"the name caches hold {namesAfterEverything:N0} characters, over their bound of {Inference.Naming.MaxCharsHeld:N0}");
    }

    [Fact]
    public void ADuplicateKey_IsStillFoundAfterAFileWithTheSameKeys()
    {
        Parse("a", """{ "id": "a", "name": "x" }""");
        var duplicate = Parse("b", """{ "id": "b", "name": "x", "name": "y" }""");
        Assert.Contains(duplicate.Diagnostics, d => d.Descriptor.Id == "DOS110");
    }
}
