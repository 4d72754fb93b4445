using System.Linq;
using System.Threading;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests;

/// <summary>
/// The JSON parser keeps its lists and decoded keys from one file to the next on a thread (so that
/// thousands of one-record files parse without starting from empty): what one file leaves behind,
/// whole or cut short by an error, must never show in the next.
/// </summary>
public sealed class JsonParserReuseTests
{
    private static ParsedDataFile Parse(string name, string json) =>
        JsonDataParser.Parse(
            new DataFileInfo("/p/data/items/" + name + ".json", "data/items/" + name + ".json", "items", DataFileKind.JsonRecord, name),
            SourceText.From(json),
            json,
            CancellationToken.None);

    private static string[] Keys(ParsedDataFile file) => file.Records.Single().Value.Properties.AsSpan().ToArray().Select(p => p.Key).ToArray();

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
        Assert.Equal("other", Assert.Single(nested.Properties.AsSpan().ToArray()).Key);
        Assert.Equal("3", Assert.Single(nested.Properties[0].Value.Items.AsSpan().ToArray()).Text);
    }

    [Fact]
    public void ADuplicateKey_IsStillFoundAfterAFileWithTheSameKeys()
    {
        Parse("a", """{ "id": "a", "name": "x" }""");
        var duplicate = Parse("b", """{ "id": "b", "name": "x", "name": "y" }""");
        Assert.Contains(duplicate.Diagnostics, d => d.Descriptor.Id == "DOS110");
    }
}
