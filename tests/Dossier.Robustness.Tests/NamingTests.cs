using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Keys, file names and folder names that are awkward as C# names. Each one either compiles
/// cleanly (no diagnostic, no warning) to a valid, readable member, or fails the build with a
/// Dossier error while the rest of the generated code still compiles.
/// </summary>
public sealed class NamingTests
{
    private static DossierRunResult RunItems(string json) => GeneratorHarness.Run(new DataFile("data/items.json", json));

    /// <summary>Either no diagnostic and clean compiled output, or a DOS error and output that still compiles.</summary>
    private static CompiledDataset? CompilesOrFailsCleanly(DossierRunResult result)
    {
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            DiagnosticAssert.FailsCleanly(result);
            return null;
        }

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return GeneratorHarness.Load(result);
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("namespace", "Namespace")]
    [InlineData("int", "Int")]
    [InlineData("return", "Return")]
    [InlineData("record", "Record")]
    [InlineData("2nd", "_2nd")]
    [InlineData("1", "_1")]
    [InlineData("007-agent", "_007Agent")]
    [InlineData("with space", "WithSpace")]
    [InlineData("  padded  ", "Padded")]
    [InlineData("dash-key", "DashKey")]
    [InlineData("dot.key", "DotKey")]
    [InlineData("a.b.c", "ABC")]
    [InlineData("snake_case_key", "SnakeCaseKey")]
    [InlineData("camelCase", "CamelCase")]
    [InlineData("名前", "名前")]
    [InlineData("имя", "Имя")]
    [InlineData("ñandú", "Ñandú")]
    [InlineData("straße", "Straße")]
    [InlineData("اسم", "اسم")]
    [InlineData("i", "I")]
    [InlineData("ID", "ID")]
    [InlineData("$ref", "Ref")]
    [InlineData("@type", "Type")]
    [InlineData("__proto__", "Proto")]
    [InlineData("a<b>&c", "ABC")]
    [InlineData("\u0301accent", "_\u0301accent")]
    public void KeysBecomeValidProperties(string key, string property)
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", $$"""[{ "id": "a", {{Json(key)}}: {{Json("value of " + key)}} }]"""));
        var type = data.Type("Item");
        Assert.NotNull(type.GetProperty(property));
        Assert.Equal("value of " + key, CompiledDataset.Get(data.Record("Items", "a"), property));
    }

    [Fact]
    public void KeywordKeysInNestedObjectsAndLists()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "namespace": { "class": 1, "event": [{ "operator": true }] } }]"""));
        var ns = CompiledDataset.Get(data.Record("Items", "a"), "Namespace")!;
        Assert.Equal("ItemNamespace", ns.GetType().Name);
        Assert.Equal(1, CompiledDataset.Get(ns, "Class"));
        var events = ((System.Collections.IEnumerable)CompiledDataset.Get(ns, "Event")!).Cast<object>().ToList();
        Assert.Equal(true, CompiledDataset.Get(Assert.Single(events), "Operator"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_")]
    [InlineData("-")]
    [InlineData("🙂")]
    [InlineData("...")]
    public void KeysWithNoIdentifierCharacterCompileOrFailCleanly(string key)
    {
        var data = CompilesOrFailsCleanly(RunItems($$"""[{ "id": "a", {{Json(key)}}: 1 }]"""));
        if (data is not null)
        {
            Assert.Contains(data.Type("Item").GetProperties(), p => p.Name.StartsWith('_'));
        }
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("next\u0085line")]
    [InlineData("nul\0char")]
    [InlineData("bell\acontrol")]
    [InlineData("end */ comment")]
    [InlineData("quote\"d")]
    [InlineData("back\\slash")]
    public void KeysWithLineBreaksAndControlsCompileOrFailCleanly(string key)
    {
        // The key is quoted in the property's XML doc: a line break there would end the comment.
        var data = CompilesOrFailsCleanly(RunItems($$"""[{ "id": "a", {{Json(key)}}: 1 }]"""));
        if (data is not null)
        {
            Assert.Equal(1, Assert.Single(data.Type("Item").GetProperties(), p => p.Name is not "Id" and not "Source").GetValue(data.Record("Items", "a")));
        }
    }

    [Fact]
    public void KeysThatDifferOnlyInAnIgnorableFormatCharacterCompileOrFailCleanly()
    {
        // C# ignores formatting characters (Cf, such as the soft hyphen) when it compares identifiers.
        CompilesOrFailsCleanly(RunItems("[{ \"id\": \"a\", \"ab\": 1, \"a\\u00ADb\": 2 }]"));
    }

    [Fact]
    public void KeysDifferingOnlyInCaseAreDOS203()
    {
        var result = RunItems("[{ \"id\": \"a\", \"Name\": \"x\",\n  \"name\": \"y\" }]");
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 3, "'Name'", "'name'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysDifferingOnlyInCaseAcrossRecordsAreDOS203()
    {
        var result = RunItems("[{ \"id\": \"a\", \"name\": \"x\" },\n { \"id\": \"b\", \"Name\": \"y\" }]");
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 15, "'name'", "'Name'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysThatStayDistinctOncePascalCasedAreTwoProperties()
    {
        // Only the first letter of a word is upper-cased: "NAME" stays NAME, "name" becomes Name.
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "name": "x", "NAME": "y" }]"""));
        Assert.Equal("x", CompiledDataset.Get(data.Record("Items", "a"), "Name"));
        Assert.Equal("y", CompiledDataset.Get(data.Record("Items", "a"), "NAME"));
    }

    [Fact]
    public void SnakeAndCamelSpellingsOfOneKeyAreDOS203()
    {
        var result = RunItems("[{ \"id\": \"a\", \"valid_from\": 1 },\n { \"id\": \"b\", \"validFrom\": 2 }]");
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 15, "'valid_from'", "'validFrom'", "'ValidFrom'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysDifferingOnlyInCaseInANestedObjectAreDOS203()
    {
        var result = RunItems("[{ \"id\": \"a\", \"venue\": { \"City\": \"x\",\n \"city\": \"y\" } }]");
        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 2, "'City'", "'city'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("ID_")]
    [InlineData("_id")]
    public void ASecondSpellingOfTheIdKeyIsDOS203(string key)
    {
        // "id" and "Id" become the same property, Id: the second value must not vanish in silence.
        var result = RunItems("[{ \"id\": \"a\",\n  \"" + key + "\": \"b\" }]");
        if (key == "ID_")
        {
            // "ID_" is the property ID, which is not Id: it compiles.
            Assert.Equal("b", CompiledDataset.Get(GeneratorHarness.Load(result).Record("Items", "a"), "ID"));
            return;
        }

        DiagnosticAssert.Single(result, "DOS203", "data/items.json", 2, 3, "'id'", "'" + key + "'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("equals", "Equals")]
    [InlineData("to_string", "ToString")]
    [InlineData("get_hash_code", "GetHashCode")]
    [InlineData("source", "Source")]
    [InlineData("Source", "Source")]
    [InlineData("get-type", "GetType")]
    [InlineData("deconstruct", "Deconstruct")]
    [InlineData("print_members", "PrintMembers")]
    [InlineData("equality_contract", "EqualityContract")]
    [InlineData("memberwise-clone", "MemberwiseClone")]
    [InlineData("finalize", "Finalize")]
    public void ReservedKeysAreDOS207AtTheKey(string key, string member)
    {
        var result = RunItems("[{ \"id\": \"a\",\n  \"" + key + "\": 1 }]");
        DiagnosticAssert.Single(result, "DOS207", "data/items.json", 2, 3, "'" + key + "'", "'" + member + "'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ReservedMemberNamesInNestedObjectsAreDOS207()
    {
        var result = RunItems("[{ \"id\": \"a\", \"venue\": {\n \"to_string\": \"x\" } }]");
        DiagnosticAssert.Single(result, "DOS207", "data/items.json", 2, 2, "'to_string'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void SourceAndIdInANestedObjectAreOrdinaryProperties()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "venue": { "id": "v", "source": "s" } }]"""));
        var venue = CompiledDataset.Get(data.Record("Items", "a"), "Venue")!;
        Assert.Equal("v", CompiledDataset.Get(venue, "Id"));
        Assert.Equal("s", CompiledDataset.Get(venue, "Source"));
    }

    [Fact]
    public void ACollectionWhoseRecordWouldShareItsNameWithAPropertyGetsTheRecordSuffix()
    {
        // A number named "title" is a value, not a reference: the record type Title would hold a
        // property Title, so it is TitleRecord.
        var data = GeneratorHarness.Compile(new DataFile("data/titles.json", """[{ "id": "a", "title": 1 }, { "id": "b", "title": 2 }]"""));
        var record = data.Record("Titles", "a");
        Assert.Equal("TitleRecord", record.GetType().Name);
        Assert.Equal(1, CompiledDataset.Get(record, "Title"));
        Assert.Equal(2, CompiledDataset.Get(data.Record("Titles", "b"), "Title"));
    }

    [Fact]
    public void AKeyNamedLikeItsOwnCollectionsSingularIsAValueNotAReference()
    {
        // The reference convention links to *another* collection (a self-reference is declared in
        // C#): a string "title" in "titles" is a plain value, and the record type becomes
        // TitleRecord so that its property can be Title.
        var data = GeneratorHarness.Compile(new DataFile("data/titles.json", """[{ "id": "a", "title": "b" }, { "id": "b", "title": "not an id" }]"""));
        var a = data.Record("Titles", "a");
        Assert.Equal("TitleRecord", a.GetType().Name);
        Assert.Equal("b", CompiledDataset.Get(a, "Title"));
        Assert.Null(a.GetType().GetProperty("TitleId"));
    }

    [Fact]
    public void ANestedRecordWhoseNameWouldMatchItsPropertyGetsTheRecordSuffix()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "venue": { "item_venue": "x" } }]"""));
        var venue = CompiledDataset.Get(data.Record("Items", "a"), "Venue")!;
        Assert.Equal("ItemVenueRecord", venue.GetType().Name);
        Assert.Equal("x", CompiledDataset.Get(venue, "ItemVenue"));
    }

    [Fact]
    public void AnObjectKeyAndAListOfObjectsKeyWhoseSingularIsTheSameCompileOrFailCleanly()
    {
        // "venue" (an object) gives ItemVenue; "venues" (a list of objects) gives the singular, ItemVenue, too.
        var data = CompilesOrFailsCleanly(RunItems("""[{ "id": "a", "venue": { "city": "x" }, "venues": [{ "capacity": 2 }] }]"""));
        if (data is not null)
        {
            var record = data.Record("Items", "a");
            Assert.Equal("x", CompiledDataset.Get(CompiledDataset.Get(record, "Venue")!, "City"));
            var venues = ((System.Collections.IEnumerable)CompiledDataset.Get(record, "Venues")!).Cast<object>();
            Assert.Equal(2, CompiledDataset.Get(Assert.Single(venues), "Capacity"));
        }
    }

    [Fact]
    public void OneRecordPerFileNamesBecomeIdsAsWritten()
    {
        var names = new[] { "with space", "v1.2.3", "заметка", "笔记", "Case", "case", "2025-04-26 meeting", "a+b=c", "ümlaut" };
        var files = names.Select((n, i) => i % 2 == 0
            ? new DataFile($"data/notes/{n}.json", $$"""{ "n": {{i}} }""")
            : new DataFile($"data/notes/{n}.md", $"---\nn: {i}\n---\n# {n}\n")).ToArray();
        var data = GeneratorHarness.Compile(files);
        var notes = data.Collection("Notes");
        Assert.Equal(names.Length, notes.Count);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), notes.Select(r => ((IRecord)r).Id).OrderBy(n => n, StringComparer.Ordinal));
        for (var i = 0; i < names.Length; i++)
        {
            var note = data.Record("Notes", names[i]);
            Assert.Equal(i, CompiledDataset.Get(note, "N"));
            Assert.Equal(files[i].Path, ((IRecord)note).Source.Path);
        }

        Assert.NotEqual(data.Record("Notes", "Case"), data.Record("Notes", "case"));
    }

    [Theory]
    [InlineData("my notes", "MyNotes")]
    [InlineData("notes.v2", "NotesV2")]
    [InlineData("заметки", "Заметки")]
    [InlineData("2024-stats", "_2024Stats")]
    [InlineData("class", "Class")]
    public void FolderNamesBecomeValidCollectionProperties(string folder, string property)
    {
        var data = GeneratorHarness.Compile(new DataFile($"data/{folder}/a b.json", """{ "n": 1 }"""));
        Assert.Equal("a b", ((IRecord)data.Collection(property).Single()).Id);
    }

    [Fact]
    public void ACollectionNamedLikeAKeywordCompiles()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/class.json", """[{ "id": "a", "namespace": "x" }]"""));
        var record = data.Collection("Class").Single();
        Assert.Equal("x", CompiledDataset.Get(record, "Namespace"));
        Assert.True(SyntaxFactsIsValid(record.GetType().Name));
    }

    [Fact]
    public void ACollectionNamedLikeTheEntryClassIsDOS209()
    {
        var result = GeneratorHarness.Run(new DataFile("data/dataset.json", """[{ "id": "a" }]"""));
        Assert.Equal("DOS209", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ACollectionWhoseRecordIsNamedLikeTheEntryClassIsDOS208()
    {
        var result = GeneratorHarness.Run(new DataFile("data/datasets.json", """[{ "id": "a" }]"""));
        Assert.Equal("DOS208", Assert.Single(result.Diagnostics).Id);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("sources")]
    [InlineData("equals")]
    [InlineData("to-string")]
    [InlineData("get-hash-code")]
    [InlineData("reference-equals")]
    [InlineData("get-type")]
    [InlineData("system")]
    [InlineData("global")]
    [InlineData("sample")]
    [InlineData("dossier")]
    [InlineData("data")]
    [InlineData("records")]
    [InlineData("名单")]
    [InlineData("2024-stats")]
    public void CollectionNamesCompileOrFailCleanly(string name)
    {
        var data = CompilesOrFailsCleanly(GeneratorHarness.Run(new DataFile($"data/{name}.json", """[{ "id": "a", "n": 1 }, { "id": "b", "n": 2 }]""")));
        if (data is not null)
        {
            var entry = data.Type("Dataset");
            var property = Assert.Single(entry.GetProperties(BindingFlags.Public | BindingFlags.Static));
            var records = ((System.Collections.IEnumerable)property.GetValue(null)!).Cast<object>().ToList();
            Assert.Equal(new[] { "a", "b" }, records.Select(r => ((IRecord)r).Id));
            Assert.Equal(new object?[] { 1, 2 }, records.Select(r => CompiledDataset.Get(r, "N")));
        }
    }

    [Fact]
    public void ACollectionNamedLikeAnotherCollectionsRecordHolderCompilesOrFailsCleanly()
    {
        // The entry class holds Items (the property) and ItemsRecords (the class that builds it).
        CompilesOrFailsCleanly(GeneratorHarness.Run(
            new DataFile("data/items.json", """[{ "id": "a" }]"""),
            new DataFile("data/items-records.json", """[{ "id": "b" }]""")));
    }

    [Fact]
    public void CollectionsThatDifferOnlyInCaseOrSeparatorAreDOS209()
    {
        var result = GeneratorHarness.Run(
            new DataFile("data/Notes.json", """[{ "id": "a" }]"""),
            new DataFile("data/notes/b.json", """{ "n": 1 }"""));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(diagnostic.Id, new[] { "DOS209", "DOS208" });
        DiagnosticAssert.FailsCleanly(result);
    }

    private static bool SyntaxFactsIsValid(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
        && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
}
