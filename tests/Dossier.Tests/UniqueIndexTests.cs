using System;
using System.Collections.Generic;

namespace Dossier.Tests;

public class UniqueIndexTests
{
    private sealed record Country(string Id, SourceLocation Source, string? IsoCode, int? NumericCode) : IRecord;

    private static readonly Country Kazakhstan = new("kazakhstan", new SourceLocation("data/countries.json", 2), "KZ", 398);
    private static readonly Country China = new("china", new SourceLocation("data/countries.json", 3), "CN", 156);
    private static readonly Country Unknown = new("unknown", new SourceLocation("data/countries.json", 4), null, null);

    private static readonly Country[] Records = { Kazakhstan, China, Unknown };

    [Fact]
    public void Get_ReturnsTheRecordWithThatKey()
    {
        var byIsoCode = UniqueIndex.Create("countries", "isoCode", Records, static c => c.IsoCode);
        var byNumericCode = UniqueIndex.Create<int, Country>("countries", "numericCode", Records, static c => c.NumericCode);

        Assert.Same(Kazakhstan, byIsoCode.Get("KZ"));
        Assert.Same(China, byNumericCode.Get(156));
    }

    [Fact]
    public void Get_Miss_ThrowsKeyNotFoundExceptionNamingTheKeyTheValueAndTheCollection()
    {
        var byNumericCode = UniqueIndex.Create<int, Country>("countries", "numericCode", Records, static c => c.NumericCode);

        var ex = Assert.Throws<KeyNotFoundException>(() => byNumericCode.Get(1000));

        Assert.Equal("The collection 'countries' has no record whose numericCode is '1000'.", ex.Message);
    }

    [Fact]
    public void TryGetAndContains_AnswerWithoutThrowing()
    {
        var byIsoCode = UniqueIndex.Create("countries", "isoCode", Records, static c => c.IsoCode);

        Assert.True(byIsoCode.TryGet("CN", out var china));
        Assert.Same(China, china);
        Assert.False(byIsoCode.TryGet("XX", out var missing));
        Assert.Null(missing);
        Assert.True(byIsoCode.Contains("KZ"));
        Assert.False(byIsoCode.Contains("kz")); // ordinal: case matters
    }

    [Fact]
    public void GetMany_ReturnsTheRecordsInTheOrderOfTheKeys_AndThrowsOnAMiss()
    {
        var byIsoCode = UniqueIndex.Create("countries", "isoCode", Records, static c => c.IsoCode);

        Assert.Equal(new[] { China, Kazakhstan }, byIsoCode.GetMany(new[] { "CN", "KZ" }));
        Assert.Empty(byIsoCode.GetMany(Array.Empty<string>()));
        Assert.Throws<KeyNotFoundException>(() => byIsoCode.GetMany(new[] { "CN", "XX" }));
    }

    [Fact]
    public void RecordsWithoutAKey_AreNotIndexed()
    {
        var byIsoCode = UniqueIndex.Create("countries", "isoCode", Records, static c => c.IsoCode);
        var byNumericCode = UniqueIndex.Create<int, Country>("countries", "numericCode", Records, static c => c.NumericCode);

        Assert.Equal(2, byIsoCode.Count);
        Assert.Equal(2, byNumericCode.Count);
        Assert.Equal("countries", byIsoCode.CollectionName);
        Assert.Equal("isoCode", byIsoCode.KeyName);
    }

    [Fact]
    public void Create_TwoRecordsWithOneKey_ThrowsNamingTheKeyAndValue()
    {
        var twin = Kazakhstan with { Id = "kazakhstan-2" };

        var ex = Assert.Throws<ArgumentException>(() => UniqueIndex.Create("countries", "isoCode", new[] { Kazakhstan, twin }, static c => c.IsoCode));

        Assert.Contains("two records whose isoCode is 'KZ'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var byIsoCode = UniqueIndex.Create("countries", "isoCode", Records, static c => c.IsoCode);

        Assert.Throws<ArgumentNullException>(() => byIsoCode.Get(null!));
        Assert.Throws<ArgumentNullException>(() => UniqueIndex.Create<string, Country>("countries", "isoCode", null!, static c => c.IsoCode));
        Assert.Throws<ArgumentNullException>(() => UniqueIndex.Create<string, Country>("countries", "isoCode", Records, null!));
    }

    [Fact]
    public void ADerivedRecordSet_WrapsItsArrayAndLooksUpById()
    {
        var set = new CountrySet(Records);

        Assert.Same(China, set.Get("china"));
        Assert.Equal(3, set.Count);
        Assert.Same(Kazakhstan, set.ByIsoCode.Get("KZ"));
    }

    [Fact]
    public void ADerivedRecordSet_ChecksIdsOnItsFirstLookup()
    {
        var set = new CountrySet(new[] { Kazakhstan, Kazakhstan });

        Assert.Throws<ArgumentException>(() => set.Get("kazakhstan"));
    }

    /// <summary>A record set as Dossier generates one for a collection with a unique key.</summary>
    private sealed class CountrySet(Country[] records) : RecordSet<Country>("countries", records)
    {
        public UniqueIndex<string, Country> ByIsoCode => field ??= UniqueIndex.Create("countries", "isoCode", this, static c => c.IsoCode);
    }
}
