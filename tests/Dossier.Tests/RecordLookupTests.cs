using System;
using System.Collections.Generic;

namespace Dossier.Tests;

/// <summary>The index behind inverse navigations: records grouped by the ids they refer to.</summary>
public class RecordLookupTests
{
    private sealed record Official(string Id, string? Country, IReadOnlyList<string>? Meetings);

    private static readonly Official Nurtleu = new("nurtleu", "kz", ["almaty", "astana"]);
    private static readonly Official Wang = new("wang", "cn", ["almaty"]);
    private static readonly Official Saidov = new("saidov", "uz", ["almaty", "almaty"]);
    private static readonly Official Unknown = new("unknown", null, null);
    private static readonly Official Koshanov = new("koshanov", "kz", []);

    private static readonly Official[] Officials = [Nurtleu, Wang, Saidov, Unknown, Koshanov];

    [Fact]
    public void Create_GroupsByTheOneIdEachRecordRefersTo_InDataOrder()
    {
        var lookup = RecordLookup<Official>.Create(Officials, o => o.Country);

        Assert.Equal(new[] { Nurtleu, Koshanov }, lookup["kz"]);
        Assert.Equal(new[] { Wang }, lookup["cn"]);
    }

    [Fact]
    public void Create_LeavesOutRecordsWithoutAnId_AndAnUnknownIdHasNoRecords()
    {
        var lookup = RecordLookup<Official>.Create(Officials, o => o.Country);

        Assert.Empty(lookup["tj"]);
        Assert.Same(ValueList<Official>.Empty, lookup["tj"]);
        Assert.DoesNotContain(Unknown, lookup["kz"]);
    }

    [Fact]
    public void CreateMany_ListsARecordUnderEachIdOnce()
    {
        var lookup = RecordLookup<Official>.CreateMany(Officials, o => o.Meetings);

        Assert.Equal(new[] { Nurtleu, Wang, Saidov }, lookup["almaty"]);
        Assert.Equal(new[] { Nurtleu }, lookup["astana"]);
        Assert.Empty(lookup["tashkent"]);
    }

    [Fact]
    public void IdsAreComparedOrdinally()
    {
        var lookup = RecordLookup<Official>.Create(Officials, o => o.Country);

        Assert.Empty(lookup["KZ"]);
    }

    [Fact]
    public void NullArgumentsThrow()
    {
        var lookup = RecordLookup<Official>.Create(Officials, o => o.Country);

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => lookup[null!]).ParamName);
        Assert.Throws<ArgumentNullException>(() => RecordLookup<Official>.Create(null!, o => o.Country));
        Assert.Throws<ArgumentNullException>(() => RecordLookup<Official>.Create(Officials, null!));
        Assert.Throws<ArgumentNullException>(() => RecordLookup<Official>.CreateMany(null!, o => o.Meetings));
        Assert.Throws<ArgumentNullException>(() => RecordLookup<Official>.CreateMany(Officials, null!));
    }
}
