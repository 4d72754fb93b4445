using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>A one-record JSON file may name its JSON Schema with a top-level <c>$schema</c> key (as `dossier schema` suggests): Dossier ignores the key.</summary>
public sealed class SchemaKeyTests
{
    [Fact]
    public void ATopLevelSchemaKeyOfAOneRecordFileIsNotAProperty()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/people/ada.json", """{ "$schema": "../.schemas/people.schema.json", "name": "Ada" }"""),
            new DataFile("data/people/bob.json", """{ "name": "Bob" }"""));

        Assert.Empty(result.Diagnostics);
        var source = result.Sources["Dataset.People.g.cs"];
        Assert.DoesNotContain("Schema", source.Replace("JsonSchema", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        var people = GeneratorHarness.Load(result).Collection("People").ToList();
        Assert.Equal(new[] { "Ada", "Bob" }, people.Select(p => (string?)CompiledDataset.Get(p, "Name")));
        // Required: every record has a name, and no record has a Schema.
        Assert.Null(people[0].GetType().GetProperty("Schema"));
    }

    [Fact]
    public void ASchemaKeyInsideAnArrayCollectionIsStillData()
    {
        // Only a one-record file's top level names a schema; elsewhere "$schema" is a key like any other.
        var result = GeneratorHarness.Run(new DataFile("data/things.json", """[{ "id": "a", "nested": { "$schema": "x" } }]"""));
        Assert.Contains("Schema", result.Sources["Dataset.Things.g.cs"], System.StringComparison.Ordinal);
    }
}
