using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// <c>[DossierUnique]</c>: the build checks that a key is unique, and the record set gains a lookup
/// by it that agrees with the check.
/// </summary>
public sealed class UniqueKeyTests
{
    internal const string CountrySource = """
        #pragma warning disable CS1591 // the fixture's own code needs no docs
        using Dossier;

        namespace App.Model
        {
            [DossierCollection("countries")]
            public partial record Country
            {
                [DossierUnique]
                public required string IsoCode { get; init; }

                [DossierUnique]
                public int? NumericCode { get; init; }
            }
        }
        """;

    internal const string Countries = """
        [
          { "id": "kazakhstan", "isoCode": "KZ", "numericCode": 398 },
          { "id": "china", "isoCode": "CN", "numericCode": 156 },
          { "id": "atlantis", "isoCode": "kz", "numericCode": null }
        ]
        """;

    private static DossierRunResult Run(string declarations, params DataFile[] files) =>
        DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(declarations), files, new DossierRunOptions());

    [Fact]
    public void TheRecordSetLooksRecordsUpByEachKey()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", Countries));
        Assert.Empty(result.Diagnostics);
        var countries = RecordSetOf(GeneratorHarness.Load(result), "Countries");

        var byIsoCode = Lookup(countries, "ByIsoCode");
        Assert.Equal("kazakhstan", Id(Call(byIsoCode, "Get", "KZ")));
        Assert.Equal("atlantis", Id(Call(byIsoCode, "Get", "kz"))); // keys are compared ordinally: "KZ" and "kz" differ
        Assert.Equal(true, Call(byIsoCode, "Contains", "CN"));
        Assert.Equal(false, Call(byIsoCode, "Contains", "XX"));
        Assert.Equal(3, Get(byIsoCode, "Count"));

        var byNumericCode = Lookup(countries, "ByNumericCode");
        Assert.Equal("china", Id(Call(byNumericCode, "Get", 156)));
        Assert.Equal(2, Get(byNumericCode, "Count")); // the record without a code is not indexed

        // The same instance on every access: built once.
        Assert.Same(byIsoCode, Lookup(countries, "ByIsoCode"));
    }

    [Fact]
    public void AMissNamesTheKeyTheValueAndTheCollection()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", Countries));
        var byIsoCode = Lookup(RecordSetOf(GeneratorHarness.Load(result), "Countries"), "ByIsoCode");
        var thrown = Assert.Throws<TargetInvocationException>(() => Call(byIsoCode, "Get", "XX"));
        var miss = Assert.IsType<KeyNotFoundException>(thrown.InnerException);
        Assert.Equal("The collection 'countries' has no record whose isoCode is 'XX'.", miss.Message);
    }

    [Fact]
    public void TheSetIsARecordSetWithLookupByIdToo()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", Countries));
        var data = GeneratorHarness.Load(result);
        var countries = RecordSetOf(data, "Countries");
        var setType = countries.GetType();
        Assert.Equal("CountriesSet", setType.Name);
        Assert.True(setType.IsSealed);
        Assert.Equal(typeof(RecordSet<>), setType.BaseType!.GetGenericTypeDefinition());
        Assert.Equal("china", Id(Call(countries, "Get", "china")));
        Assert.Equal(3, Get(countries, "Count"));
    }

    [Fact]
    public void ARepeatedValueIsAnErrorAtItsSecondOccurrenceNamingTheFirst()
    {
        var result = Run(
            CountrySource,
            new DataFile("data/countries/a.json", """{ "isoCode": "KZ" }"""),
            new DataFile("data/countries/b.json", """{ "isoCode": "CN" }"""),
            new DataFile("data/countries/c.json", "{\n  \"isoCode\": \"KZ\"\n}"));
        DiagnosticAssert.Single(
            result,
            "DOS214",
            "data/countries/c.json",
            2,
            14,
            "The isoCode 'KZ' is used twice in collection 'countries'",
            "by this record ('c') and by 'a' (first at a.json:1:14)",
            "Country.IsoCode is declared [DossierUnique]");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void NumbersThatCompileToOneValueAreTheSameKey()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", """[{ "id": "a", "isoCode": "A", "numericCode": 0 }, { "id": "b", "isoCode": "B", "numericCode": -0 }]"""));
        DiagnosticAssert.Single(result, "DOS214", "data/countries.json", 1, 95, "The numericCode '-0' is used twice", "by 'a'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void NullsOfANullableKeyAreSkipped()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", """[{ "id": "a", "isoCode": "A" }, { "id": "b", "isoCode": "B", "numericCode": null }]"""));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, Get(Lookup(RecordSetOf(GeneratorHarness.Load(result), "Countries"), "ByNumericCode"), "Count"));
    }

    [Fact]
    public void AMissingValueOfANonNullableKeyIsAnError()
    {
        var result = Run(CountrySource, new DataFile("data/countries.json", """[{ "id": "a", "isoCode": "A" }, { "id": "b" }]"""));
        DiagnosticAssert.Single(result, "DOS212", "data/countries.json", 1, 33, "has no 'isoCode'", "Country.IsoCode is declared non-nullable");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("bool")]
    [InlineData("System.DateOnly")]
    [InlineData("ValueList<string>")]
    public void AKeyOfAnotherTypeIsAnErrorAtTheProperty(string type)
    {
        var result = Run(CountrySource.Replace("public required string IsoCode", "public required " + type + " IsoCode"), new DataFile("data/countries.json", Countries));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DOS304");
        Assert.Contains("which a unique key cannot have. Declare it as string, int or long", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((10, 26 + type.Length), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void TheSetClassClaimsItsNameOnTheEntryClass()
    {
        var result = Run(
            CountrySource,
            new DataFile("data/countries.json", Countries),
            new DataFile("data/countries-set.json", """[{ "id": "x" }]"""));
        var diagnostic = DiagnosticAssert.Single(result, "DOS209", "data/countries-set.json", 1, 1, "The collection 'countries-set' and the record set class of the collection 'countries' both become 'CountriesSet'");
        Assert.NotNull(diagnostic);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ACollectionWithoutKeysKeepsThePlainRecordSet()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/countries.json", Countries));
        var property = data.Type("Dataset").GetProperty("Countries")!;
        Assert.Equal(typeof(RecordSet<>), property.PropertyType.GetGenericTypeDefinition());
    }

    [Fact]
    public void AnEditThatRepeatsAKeyIsCaughtByAWarmRunAndMendingItClearsTheError()
    {
        // The check runs over every file's keys on each edit, cached bindings included.
        var compilation = GeneratorHarness.CreateCompilation(CountrySource);
        var files = Enumerable.Range(0, 20).Select(i => new DataFile($"data/countries/c{i:D2}.json", $$"""{ "isoCode": "K{{i:D2}}" }""")).ToList();
        var texts = files.Select(f => DossierGeneratorRunner.CreateAdditionalText(f)).ToList();
        var driver = DossierGeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var repeated = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/countries/c17.json", """{ "isoCode": "K03" }"""));
        driver = driver.ReplaceAdditionalText(texts[17], repeated).RunGenerators(compilation);
        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("DOS214", diagnostic.Id);
        Assert.Contains("by this record ('c17') and by 'c03'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var mended = DossierGeneratorRunner.CreateAdditionalText(new DataFile("data/countries/c17.json", """{ "isoCode": "K17" }"""));
        driver = driver.ReplaceAdditionalText(repeated, mended).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        var cold = DossierGeneratorRunner.CreateDriver(files).RunGenerators(compilation).GetRunResult();
        Assert.Equal(
            cold.GeneratedTrees.Select(t => t.ToString()).Order(StringComparer.Ordinal),
            driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Order(StringComparer.Ordinal));
    }

    internal const string KeyReferenceSource = """
        #pragma warning disable CS1591 // the fixture's own code needs no docs
        using Dossier;

        namespace App.Model
        {
            [DossierCollection("countries")]
            public partial record Country
            {
                [DossierUnique]
                public string? IsoCode { get; init; }
            }

            [DossierCollection("officials")]
            public partial record Official
            {
                [DossierProperty("country"), DossierReference("countries", Key = "isoCode")]
                public required string CountryIsoCode { get; init; }
            }

            [DossierCollection("agreements")]
            public partial record Agreement
            {
                [DossierProperty("parties"), DossierReference("countries", Key = "isoCode")]
                public ValueList<string>? PartyIsoCodes { get; init; }
            }
        }
        """;

    internal static readonly DataFile[] KeyReferenceData =
    [
        new("data/countries.json", """[{ "id": "kazakhstan", "isoCode": "KZ" }, { "id": "china", "isoCode": "CN" }, { "id": "atlantis" }]"""),
        new("data/officials.json", """[{ "id": "nurtleu", "country": "KZ" }, { "id": "wang-yi", "country": "CN" }]"""),
        new("data/agreements.json", """[{ "id": "communique", "parties": ["KZ", "CN"] }, { "id": "unsigned" }]"""),
    ];

    [Fact]
    public void AReferenceByAUniqueKeyNavigatesBothWays()
    {
        var result = Run(KeyReferenceSource, KeyReferenceData);
        Assert.Empty(result.Diagnostics);
        var data = GeneratorHarness.Load(result);

        var nurtleu = data.Record("Officials", "nurtleu");
        Assert.Equal("kazakhstan", Id(Get(nurtleu, "Country")));
        var communique = data.Record("Agreements", "communique");
        Assert.Equal(["kazakhstan", "china"], ((System.Collections.IEnumerable)Get(communique, "Parties")!).Cast<object>().Select(Id));
        Assert.Null(Get(data.Record("Agreements", "unsigned"), "Parties"));

        // Inverse navigations are keyed by the key; a record without one has none.
        var kazakhstan = data.Record("Countries", "kazakhstan");
        Assert.Equal(["nurtleu"], ((System.Collections.IEnumerable)Get(kazakhstan, "Officials")!).Cast<object>().Select(Id));
        Assert.Equal(["communique"], ((System.Collections.IEnumerable)Get(kazakhstan, "Agreements")!).Cast<object>().Select(Id));
        Assert.Empty(((System.Collections.IEnumerable)Get(data.Record("Countries", "atlantis"), "Officials")!).Cast<object>());
    }

    [Fact]
    public void AReferenceToAMissingKeyIsAnErrorAtTheValueWithTheClosestKeys()
    {
        var files = KeyReferenceData.Select(f => f.Path == "data/officials.json" ? f with { Content = """[{ "id": "nurtleu", "country": "KX" }]""" } : f).ToArray();
        var result = Run(KeyReferenceSource, files);
        DiagnosticAssert.Single(result, "DOS215", "data/officials.json", 1, 32, "'officials' refers to the isoCode 'KX', but the collection 'countries' has no record with that isoCode; the closest are 'KZ'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnIdIsNotAKey()
    {
        var files = KeyReferenceData.Select(f => f.Path == "data/agreements.json" ? f with { Content = """[{ "id": "communique", "parties": ["KZ", "china"] }]""" } : f).ToArray();
        var result = Run(KeyReferenceSource, files);
        DiagnosticAssert.Single(result, "DOS215", "data/agreements.json", 1, 42, "the isoCode 'china'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("[DossierUnique]\n        public string? IsoCode", "public string? IsoCode", 16, "'Country.IsoCode' is not declared [DossierUnique]")]
    [InlineData("Key = \"isoCode\")]\n        public required string", "Key = \"iso\")]\n        public required string", 17, "its declared type has no property bound to that key")]
    [InlineData("[DossierCollection(\"countries\")]\n    public partial record Country", "public partial record Country", 16, "no type is declared for it")]
    public void AReferenceByAKeyThatIsNotUniqueIsAnErrorAtTheProperty(string from, string to, int line, string why)
    {
        var source = KeyReferenceSource.Replace(from, to);
        Assert.NotEqual(KeyReferenceSource, source);
        var result = Run(source, KeyReferenceData);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DOS305" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Official.CountryIsoCode", StringComparison.Ordinal));
        Assert.Contains(why, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void KeysAndReferencesByKeyWorkInCsvAndYamlToo()
    {
        var result = Run(
            KeyReferenceSource,
            new DataFile("data/countries.csv", "id,isoCode\nkazakhstan,KZ\nchina,CN\n"),
            new DataFile("data/officials.yaml", "- id: nurtleu\n  country: KZ\n"),
            new DataFile("data/agreements/communique.yml", "parties: [KZ, CN]\n"));
        Assert.Empty(result.Diagnostics);
        var data = GeneratorHarness.Load(result);
        Assert.Equal("kazakhstan", Id(Get(data.Record("Officials", "nurtleu"), "Country")));
        Assert.Equal(["kazakhstan", "china"], ((System.Collections.IEnumerable)Get(data.Record("Agreements", "communique"), "Parties")!).Cast<object>().Select(Id));
        Assert.Equal("china", Id(Call(Lookup(RecordSetOf(data, "Countries"), "ByIsoCode"), "Get", "CN")));
    }

    [Fact]
    public void ARepeatedIntKeyInACsvFileIsAnErrorAtItsCell()
    {
        var result = Run(CountrySource, new DataFile("data/countries.csv", "id,isoCode,numericCode\na,A,398\nb,B,156\nc,C,398\n"));
        DiagnosticAssert.Single(result, "DOS214", "data/countries.csv", 4, 5, "The numericCode '398' is used twice", "by this record ('c') and by 'a' (first at countries.csv:2:5)");
        DiagnosticAssert.FailsCleanly(result);
    }

    private static object RecordSetOf(CompiledDataset data, string property) =>
        data.Type("Dataset").GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static object Lookup(object set, string name) => Get(set, name)!;

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private static object? Call(object target, string method, object argument) =>
        target.GetType().GetMethods().Single(m => m.Name == method && m.GetParameters().Length == 1).Invoke(target, new[] { argument });

    private static string Id(object? record) => (string)Get(record!, "Id")!;
}
