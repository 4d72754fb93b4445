using System;
using System.Linq;
using System.Reflection;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// The inference rules, one by one: each compiles a small dataset, checks the inferred C# type,
/// and reads the compiled value back to check it equals the input exactly.
/// </summary>
public sealed class InferenceTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static CompiledDataset CompileItems(string json) => GeneratorHarness.Compile(new DataFile("data/items.json", json));

    private static (Type Type, object? Value) Property(CompiledDataset dataset, string id, string property)
    {
        var record = dataset.Record("Items", id);
        return (CompiledDataset.PropertyType(record.GetType(), property), CompiledDataset.Get(record, property));
    }

    private static bool IsNullableReference(Type owner, string property) =>
        Nullability.Create(owner.GetProperty(property)!).ReadState == NullabilityState.Nullable;

    [Fact]
    public void StringsBooleansAndIntegers()
    {
        var data = CompileItems("""[{ "id": "a", "name": "Alpha", "on": true, "count": 42 }]""");
        Assert.Equal((typeof(string), (object?)"Alpha"), Property(data, "a", "Name"));
        Assert.Equal((typeof(bool), (object?)true), Property(data, "a", "On"));
        Assert.Equal((typeof(int), (object?)42), Property(data, "a", "Count"));
    }

    [Fact]
    public void IntegersBecomeLongWhenAnyValueNeedsIt()
    {
        var data = CompileItems("""[{ "id": "a", "n": 1 }, { "id": "b", "n": 9223372036854775807 }, { "id": "c", "n": -2147483649 }]""");
        Assert.Equal((typeof(long), (object?)1L), Property(data, "a", "N"));
        Assert.Equal(long.MaxValue, Property(data, "b", "N").Value);
        Assert.Equal(-2147483649L, Property(data, "c", "N").Value);
    }

    [Fact]
    public void FractionsAreExactDecimalsKeepingTheirScale()
    {
        var data = CompileItems("""[{ "id": "a", "x": 43.8 }, { "id": "b", "x": 2 }, { "id": "c", "x": 43.80 }, { "id": "d", "x": 43.8e9 }]""");
        var (type, value) = Property(data, "a", "X");
        Assert.Equal(typeof(decimal), type);
        Assert.Equal("43.8", ((decimal)value!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2m, Property(data, "b", "X").Value);
        Assert.Equal("43.80", ((decimal)Property(data, "c", "X").Value!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(43_800_000_000m, Property(data, "d", "X").Value);
    }

    [Fact]
    public void DoubleOnlyWhenSomeValueDoesNotFitADecimal()
    {
        var data = CompileItems("""[{ "id": "a", "x": 1e300 }, { "id": "b", "x": 0.1 }, { "id": "c", "x": 3 }]""");
        Assert.Equal((typeof(double), (object?)1e300), Property(data, "a", "X"));
        Assert.Equal(0.1d, Property(data, "b", "X").Value);
        Assert.Equal(3d, Property(data, "c", "X").Value);
    }

    [Fact]
    public void IsoDatesBecomeDateOnly()
    {
        var data = CompileItems("""[{ "id": "a", "d": "2025-04-26" }, { "id": "b", "d": "2024-02-29" }]""");
        Assert.Equal((typeof(DateOnly), (object?)new DateOnly(2025, 4, 26)), Property(data, "a", "D"));
        Assert.Equal(new DateOnly(2024, 2, 29), Property(data, "b", "D").Value);
    }

    [Fact]
    public void IsoDateTimesWithOffsetBecomeDateTimeOffset()
    {
        var data = CompileItems("""[{ "id": "a", "t": "2025-04-26T10:30:00+05:00" }, { "id": "b", "t": "2025-04-26T10:30:00.1234567Z" }, { "id": "c", "t": "2025-04-26T10:30-03:30" }]""");
        Assert.Equal((typeof(DateTimeOffset), (object?)new DateTimeOffset(2025, 4, 26, 10, 30, 0, TimeSpan.FromHours(5))), Property(data, "a", "T"));
        var b = (DateTimeOffset)Property(data, "b", "T").Value!;
        Assert.Equal(DateTimeOffset.Parse("2025-04-26T10:30:00.1234567Z", System.Globalization.CultureInfo.InvariantCulture), b);
        Assert.Equal(TimeSpan.Zero, b.Offset);
        Assert.Equal(new TimeSpan(-3, -30, 0), ((DateTimeOffset)Property(data, "c", "T").Value!).Offset);
    }

    [Theory]
    [InlineData("\"012\"")]
    [InlineData("\"4E5\"")]
    [InlineData("\"2025\"")]
    [InlineData("\"2025-02-30\"")]
    [InlineData("\"2025-04-26T10:30:00\"")]
    [InlineData("\"true\"")]
    public void NothingElseIsGuessedFromAString(string literal)
    {
        var data = CompileItems($$"""[{ "id": "a", "s": {{literal}} }]""");
        Assert.Equal((typeof(string), (object?)literal.Trim('"')), Property(data, "a", "S"));
    }

    [Fact]
    public void DatesMixedWithOtherStringsStayStrings()
    {
        var data = CompileItems("""[{ "id": "a", "d": "2025-04-26" }, { "id": "b", "d": "soon" }]""");
        Assert.Equal((typeof(string), (object?)"2025-04-26"), Property(data, "a", "D"));
    }

    [Fact]
    public void MissingOrNullValuesMakeANullableType()
    {
        var data = CompileItems("""[{ "id": "a", "n": 1, "s": "x", "d": "2025-01-01", "z": null }, { "id": "b", "s": null }]""");
        var type = data.Type("Item");
        Assert.Equal(typeof(int?), CompiledDataset.PropertyType(type, "N"));
        Assert.Equal(typeof(DateOnly?), CompiledDataset.PropertyType(type, "D"));
        Assert.True(IsNullableReference(type, "S"));
        Assert.True(IsNullableReference(type, "Z"), "null in every record gives string?");
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(type, "Z"));
        Assert.Null(Property(data, "b", "N").Value);
        Assert.Null(Property(data, "b", "S").Value);
        Assert.False(IsNullableReference(type, "Id"));
    }

    [Fact]
    public void NestedObjectsBecomeNestedRecordsAndArraysImmutableLists()
    {
        var data = CompileItems("""
            [{ "id": "a", "venue": { "city": "Almaty" }, "tags": ["x", "y"], "people": [{ "name": "Wang Yi" }], "grid": [[1, 2], [3]] }]
            """);
        var record = data.Record("Items", "a");
        var venue = CompiledDataset.Get(record, "Venue")!;
        Assert.Equal("ItemVenue", venue.GetType().Name);
        Assert.Equal("Almaty", CompiledDataset.Get(venue, "City"));
        Assert.Equal(typeof(ValueList<string>), CompiledDataset.PropertyType(record.GetType(), "Tags"));
        Assert.Equal(["x", "y"], (ValueList<string>)CompiledDataset.Get(record, "Tags")!);
        var people = (System.Collections.IEnumerable)CompiledDataset.Get(record, "People")!;
        Assert.Equal("ItemPerson", Assert.Single(people.Cast<object>()).GetType().Name);
        var grid = (ValueList<ValueList<int>>)CompiledDataset.Get(record, "Grid")!;
        Assert.Equal(new[] { 1, 2 }, grid[0]);
        Assert.Equal(new[] { 3 }, grid[1]);
    }

    [Fact]
    public void RecordsCompareByValueListsIncluded()
    {
        var data = CompileItems("""[{ "id": "a", "tags": ["x"], "venue": { "city": "A" } }]""");
        var record = data.Record("Items", "a");

        // A copy made through the record's own clone has equal, but distinct, members.
        var clone = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        Assert.NotSame(record, clone);
        Assert.Equal(record, clone);

        var tags = (ValueList<string>)CompiledDataset.Get(record, "Tags")!;
        Assert.Equal(tags, ValueList.Create<string>(["x"]));
        Assert.NotSame(tags, ValueList.Create<string>(["x"]));
    }

    [Fact]
    public void IdAndSourceComeFromTheData()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/items.json", "[\n  { \"id\": \"first\" },\n\n  { \"id\": \"second\" }\n]"),
            new DataFile("data/people/ann.json", "{ \"name\": \"Ann\" }"));
        var second = (IRecord)data.Record("Items", "second");
        Assert.Equal(new SourceLocation("data/items.json", 4), second.Source);
        var ann = (IRecord)data.Collection("People").Single();
        Assert.Equal("ann", ann.Id);
        Assert.Equal(new SourceLocation("data/people/ann.json", 1), ann.Source);
    }

    [Fact]
    public void RecordsWithADateImplementTheDatedInterface()
    {
        var data = GeneratorHarness.Compile(
            new DataFile("data/events.json", """[{ "id": "a", "date": "2025-04-26" }]"""),
            new DataFile("data/plans.json", """[{ "id": "a", "date": "2025-04-26" }, { "id": "b", "date": null }]"""));
        Assert.True(typeof(IDatedRecord).IsAssignableFrom(data.Type("Event")));
        Assert.True(typeof(IOptionallyDatedRecord).IsAssignableFrom(data.Type("Plan")));
    }

    [Fact]
    public void MarkdownFrontMatterTitleAndBody()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/meetings/almaty.md", """
            ---
            date: 2025-04-26
            ordinal: 6
            quoted: "6"
            tags: [a, b]
            held: true
            ---
            # Sixth meeting

            Body text.
            """));
        var meeting = data.Collection("Meetings").Single();
        Assert.Equal(new DateOnly(2025, 4, 26), CompiledDataset.Get(meeting, "Date"));
        Assert.Equal(6, CompiledDataset.Get(meeting, "Ordinal"));
        Assert.Equal("6", CompiledDataset.Get(meeting, "Quoted"));
        Assert.Equal(true, CompiledDataset.Get(meeting, "Held"));
        Assert.Equal(["a", "b"], (ValueList<string>)CompiledDataset.Get(meeting, "Tags")!);
        Assert.Equal("Sixth meeting", CompiledDataset.Get(meeting, "Title"));
        Assert.Equal("# Sixth meeting\n\nBody text.", CompiledDataset.Get(meeting, "Body"));
    }

    [Fact]
    public void FrontMatterTitleWinsOverTheHeading()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/notes/a.md", "---\ntitle: From front matter\n---\n# From heading\n"));
        Assert.Equal("From front matter", CompiledDataset.Get(data.Collection("Notes").Single(), "Title"));
    }

    [Fact]
    public void MarkdownTableRowsAreRecords()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/figures.md", """
            # Figures

            | id | amount | year | note |
            |----|--------|------|------|
            | a | 43.8e9 | 2024 | x \| y |
            | b | | | |
            """));
        var a = data.Record("Figures", "a");
        Assert.Equal(43_800_000_000m, CompiledDataset.Get(a, "Amount"));
        Assert.Equal(2024, CompiledDataset.Get(a, "Year"));
        Assert.Equal("x | y", CompiledDataset.Get(a, "Note"));
        Assert.Equal(new SourceLocation("data/figures.md", 5), ((IRecord)a).Source);
        Assert.Null(CompiledDataset.Get(data.Record("Figures", "b"), "Amount"));
    }

    [Theory]
    [InlineData("trade-stats", "TradeStats", "TradeStat")]
    [InlineData("countries", "Countries", "Country")]
    [InlineData("statuses", "Statuses", "Status")]
    [InlineData("boxes", "Boxes", "Box")]
    [InlineData("news", "News", "News")]
    [InlineData("people", "People", "Person")]
    [InlineData("movies", "Movies", "Movie")]
    [InlineData("series_data", "SeriesData", "SeriesData")]
    public void CollectionAndRecordNames(string collection, string property, string record)
    {
        var data = GeneratorHarness.Compile(new DataFile($"data/{collection}.json", """[{ "id": "a" }]"""));
        Assert.Single(data.Collection(property));
        Assert.Equal(record, data.Collection(property).Single().GetType().Name);
    }

    [Fact]
    public void KeysBecomePascalCaseIdentifiers()
    {
        var data = CompileItems("""[{ "id": "a", "valid_from": 1, "kebab-case": 2, "camelCase": 3, "class": 4, "2nd": 5, "with space": 6, "名前": 7 }]""");
        var type = data.Type("Item");
        foreach (var name in new[] { "ValidFrom", "KebabCase", "CamelCase", "Class", "_2nd", "WithSpace", "名前" })
        {
            Assert.NotNull(type.GetProperty(name));
        }
    }

    [Fact]
    public void NamespaceAndClassNameFollowTheOptions()
    {
        var data = GeneratorHarness.Compile(
            new DossierRunOptions { Namespace = "My.Facts", ClassName = "Facts" },
            new DataFile("data/items.json", """[{ "id": "a" }]"""));
        Assert.Equal("My.Facts", data.Type("Facts").Namespace);
        Assert.Single(data.Collection("Items", className: "Facts"));
    }

    [Fact]
    public void DataRootOptionMovesTheFolder()
    {
        var data = GeneratorHarness.Compile(
            new DossierRunOptions { DataRoot = "content/facts" },
            new DataFile("content/facts/items.json", """[{ "id": "a" }]"""),
            new DataFile("data/ignored.json", """[{ "id": "a" }]"""));
        Assert.Equal(new SourceLocation("facts/items.json", 1), ((IRecord)data.Collection("Items").Single()).Source);
        Assert.DoesNotContain(data.Type("Dataset").GetProperties(), p => p.Name == "Ignored");
    }

    [Fact]
    public void ATypeConflictIsAnErrorAtTheFirstConflictingValue()
    {
        var result = GeneratorHarness.Run(new DataFile("data/items.json", "[\n  { \"id\": \"a\", \"n\": 1 },\n  { \"id\": \"b\", \"n\": \"one\" }\n]"));
        DiagnosticAssert.Single(result, "DOS201", "data/items.json", 3, 21, "items.n", "a string here but a number at items.json:2:21");
        DiagnosticAssert.FailsCleanly(result);
    }
}
