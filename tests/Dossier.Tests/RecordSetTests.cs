using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

public class RecordSetTests
{
    // Deliberately not in id or date order, so that "data order" is distinguishable from any sort.
    private static readonly Event Charlie = Event.Create("charlie", 2024, 3, 1, line: 1);
    private static readonly Event Alpha = Event.Create("alpha", 2024, 1, 1, line: 7);
    private static readonly Event Bravo = Event.Create("bravo", 2024, 2, 1, line: 13);

    private static RecordSet<Event> CreateSet() => new("events", new[] { Charlie, Alpha, Bravo });

    // ---- Get / TryGet / Contains ----

    [Fact]
    public void Get_ReturnsTheRecordWithThatId()
    {
        var set = CreateSet();

        Assert.Same(Alpha, set.Get("alpha"));
        Assert.Same(Bravo, set.Get("bravo"));
        Assert.Same(Charlie, set.Get("charlie"));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundExceptionNamingIdAndCollection()
    {
        var set = CreateSet();

        var ex = Assert.Throws<KeyNotFoundException>(() => set.Get("delta"));

        Assert.Contains("delta", ex.Message, StringComparison.Ordinal);
        Assert.Contains("events", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownId_MessageUsesTheCollectionNameGivenToTheSet()
    {
        var set = new RecordSet<Event>("meetings", new[] { Alpha });

        var ex = Assert.Throws<KeyNotFoundException>(() => set.Get("almaty-2024"));

        Assert.Contains("'meetings'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'almaty-2024'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_NullId_ThrowsArgumentNullException()
    {
        var set = CreateSet();

        var ex = Assert.Throws<ArgumentNullException>(() => set.Get(null!));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void TryGet_KnownId_ReturnsTrueAndTheRecord()
    {
        var set = CreateSet();

        Assert.True(set.TryGet("bravo", out var record));
        Assert.Same(Bravo, record);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalseAndNull()
    {
        var set = CreateSet();

        Assert.False(set.TryGet("delta", out var record));
        Assert.Null(record);
    }

    [Fact]
    public void TryGet_NullId_ThrowsArgumentNullException()
    {
        var set = CreateSet();

        var ex = Assert.Throws<ArgumentNullException>(() => set.TryGet(null!, out _));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void Contains_ReportsWhetherTheIdExists()
    {
        var set = CreateSet();

        Assert.True(set.Contains("alpha"));
        Assert.True(set.Contains("charlie"));
        Assert.False(set.Contains("delta"));
        Assert.False(set.Contains(string.Empty));
    }

    [Fact]
    public void Contains_NullId_ThrowsArgumentNullException()
    {
        var set = CreateSet();

        Assert.Throws<ArgumentNullException>(() => set.Contains(null!));
    }

    [Fact]
    public void Lookups_AreOrdinalAndCaseSensitive()
    {
        var set = CreateSet();

        Assert.False(set.Contains("Alpha"));
        Assert.False(set.Contains("ALPHA"));
        Assert.False(set.Contains("alpha "));
        Assert.False(set.TryGet("Bravo", out _));
        Assert.Throws<KeyNotFoundException>(() => set.Get("CHARLIE"));
    }

    [Fact]
    public void Lookups_OnAnEmptySet_Miss()
    {
        var set = new RecordSet<Event>("events", Array.Empty<Event>());

        Assert.False(set.Contains("alpha"));
        Assert.False(set.TryGet("alpha", out _));
        var ex = Assert.Throws<KeyNotFoundException>(() => set.Get("alpha"));
        Assert.Contains("alpha", ex.Message, StringComparison.Ordinal);
        Assert.Contains("events", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_ManyRecords_FindEveryOne()
    {
        var records = Enumerable.Range(0, 1000).Select(i => Event.Create("e" + i, 2024, 1, 1 + (i % 28), line: i + 1)).ToList();
        var set = new RecordSet<Event>("events", records);

        foreach (var record in records)
        {
            Assert.Same(record, set.Get(record.Id));
        }

        Assert.False(set.Contains("e1000"));
    }

    // ---- Order, indexer, Count ----

    [Fact]
    public void Enumeration_PreservesDataOrder()
    {
        var set = CreateSet();

        Assert.Equal(new[] { "charlie", "alpha", "bravo" }, set.Select(e => e.Id));
    }

    [Fact]
    public void Indexer_ReturnsRecordsInDataOrder()
    {
        var set = CreateSet();

        Assert.Same(Charlie, set[0]);
        Assert.Same(Alpha, set[1]);
        Assert.Same(Bravo, set[2]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void Indexer_OutOfRange_Throws(int index)
    {
        var set = CreateSet();

        var ex = Record.Exception(() => set[index]);

        Assert.True(
            ex is IndexOutOfRangeException or ArgumentOutOfRangeException,
            $"Expected an out-of-range exception, got {ex?.GetType().Name ?? "none"}.");
    }

    [Fact]
    public void Count_IsTheNumberOfRecords()
    {
        Assert.Equal(3, CreateSet().Count);
        Assert.Empty(new RecordSet<Event>("events", Array.Empty<Event>()));
    }

    [Fact]
    public void CollectionName_IsTheNameGiven()
    {
        Assert.Equal("events", CreateSet().CollectionName);
        Assert.Equal("meetings", RecordSet<Event>.FromTrustedArray("meetings", Array.Empty<Event>()).CollectionName);
    }

    [Fact]
    public void AsReadOnlyList_IndexerAndCountMatch()
    {
        IReadOnlyList<Event> list = CreateSet();

        Assert.Equal(3, list.Count);
        Assert.Same(Alpha, list[1]);
    }

    // ---- Enumeration ----

    [Fact]
    public void Enumerator_IsAStruct()
    {
        Assert.True(typeof(RecordSet<Event>.Enumerator).IsValueType);
        Assert.Equal(typeof(RecordSet<Event>.Enumerator), typeof(RecordSet<Event>).GetMethod(nameof(RecordSet<Event>.GetEnumerator), Type.EmptyTypes)!.ReturnType);
    }

    [Fact]
    public void Foreach_UsesTheStructEnumeratorAndVisitsEveryRecordInOrder()
    {
        var set = CreateSet();
        var seen = new List<Event>();

        foreach (var record in set)
        {
            seen.Add(record);
        }

        Assert.Equal(new[] { Charlie, Alpha, Bravo }, seen);
    }

    [Fact]
    public void StructEnumerator_ManualUse_StopsAtTheEnd()
    {
        var set = CreateSet();
        var enumerator = set.GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Same(Charlie, enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.Same(Alpha, enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.Same(Bravo, enumerator.Current);
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void StructEnumerator_OnEmptySet_HasNothing()
    {
        var set = new RecordSet<Event>("events", Array.Empty<Event>());
        var enumerator = set.GetEnumerator();

        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void Foreach_CanRunTwice()
    {
        var set = CreateSet();
        var first = new List<string>();
        var second = new List<string>();

        foreach (var record in set)
        {
            first.Add(record.Id);
        }

        foreach (var record in set)
        {
            second.Add(record.Id);
        }

        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void GenericIEnumerable_EnumeratesInDataOrder()
    {
        IEnumerable<Event> sequence = CreateSet();
        var seen = new List<Event>();

        using (var enumerator = sequence.GetEnumerator())
        {
            while (enumerator.MoveNext())
            {
                seen.Add(enumerator.Current);
            }
        }

        Assert.Equal(new[] { Charlie, Alpha, Bravo }, seen);
    }

    [Fact]
    public void NonGenericIEnumerable_EnumeratesInDataOrder()
    {
        IEnumerable sequence = CreateSet();
        var seen = new List<object?>();

        foreach (var item in sequence)
        {
            seen.Add(item);
        }

        Assert.Equal(new object[] { Charlie, Alpha, Bravo }, seen);
    }

    [Fact]
    public void Linq_WorksOverTheSet()
    {
        var set = CreateSet();

        Assert.Equal(new[] { "alpha", "bravo" }, set.Where(e => e.Date < new DateOnly(2024, 3, 1)).Select(e => e.Id));
        Assert.Equal(new[] { "alpha", "bravo", "charlie" }, set.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id));
        Assert.Equal(3, set.Count());
        Assert.Same(Bravo, set.Last());
        Assert.Same(Alpha, set.ElementAt(1));
        Assert.Equal(new[] { Charlie, Alpha, Bravo }, set.ToArray());
    }

    [Fact]
    public void AsSpan_HoldsTheRecordsInDataOrder()
    {
        var set = CreateSet();

        var span = set.AsSpan();

        Assert.Equal(3, span.Length);
        Assert.Same(Charlie, span[0]);
        Assert.Same(Alpha, span[1]);
        Assert.Same(Bravo, span[2]);
    }

    // ---- Public constructor ----

    [Fact]
    public void Constructor_DuplicateIds_ThrowsArgumentExceptionNamingIdAndCollection()
    {
        var duplicate = Event.Create("alpha", 2025, 5, 5, line: 40);

        var ex = Assert.Throws<ArgumentException>(() => new RecordSet<Event>("events", new[] { Alpha, Bravo, duplicate }));

        Assert.Contains("'alpha'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'events'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("records", ex.ParamName);
    }

    [Fact]
    public void Constructor_DuplicateIds_NamesTheDuplicatedIdNotAnother()
    {
        var records = new[]
        {
            Event.Create("one", 2024, 1, 1),
            Event.Create("two", 2024, 1, 2),
            Event.Create("three", 2024, 1, 3),
            Event.Create("two", 2024, 1, 4),
        };

        var ex = Assert.Throws<ArgumentException>(() => new RecordSet<Event>("events", records));

        Assert.Contains("'two'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'one'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'three'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameRecordTwice_IsADuplicate()
    {
        Assert.Throws<ArgumentException>(() => new RecordSet<Event>("events", new[] { Alpha, Alpha }));
    }

    [Fact]
    public void Constructor_IdsDifferingOnlyInCase_AreNotDuplicates()
    {
        var lower = Event.Create("alpha", 2024, 1, 1);
        var upper = Event.Create("ALPHA", 2024, 1, 2);

        var set = new RecordSet<Event>("events", new[] { lower, upper });

        Assert.Equal(2, set.Count);
        Assert.Same(lower, set.Get("alpha"));
        Assert.Same(upper, set.Get("ALPHA"));
    }

    [Fact]
    public void Constructor_NullRecords_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new RecordSet<Event>("events", null!));
        Assert.Equal("records", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullCollectionName_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new RecordSet<Event>(null!, new[] { Alpha }));
        Assert.Equal("collectionName", ex.ParamName);
    }

    [Fact]
    public void Constructor_CopiesTheRecords()
    {
        var source = new List<Event> { Charlie, Alpha };
        var set = new RecordSet<Event>("events", source);

        source.Add(Bravo);
        source[0] = Bravo;

        Assert.Equal(2, set.Count);
        Assert.Same(Charlie, set[0]);
        Assert.False(set.Contains("bravo"));
    }

    [Fact]
    public void Constructor_CopiesAnArrayToo()
    {
        var source = new[] { Charlie, Alpha };
        var set = new RecordSet<Event>("events", source);

        source[0] = Bravo;

        Assert.Same(Charlie, set[0]);
        Assert.Same(Charlie, set.AsSpan()[0]);
        Assert.False(set.Contains("bravo"));
        Assert.True(set.Contains("charlie"));
    }

    [Fact]
    public void Constructor_AcceptsALazySequence()
    {
        static IEnumerable<Event> Generate()
        {
            yield return Charlie;
            yield return Alpha;
            yield return Bravo;
        }

        var set = new RecordSet<Event>("events", Generate());

        Assert.Equal(new[] { Charlie, Alpha, Bravo }, set);
        Assert.Same(Bravo, set.Get("bravo"));
    }

    [Fact]
    public void Constructor_EnumeratesTheSourceOnce()
    {
        var source = new CountingEnumerable<Event>(new[] { Charlie, Alpha, Bravo });

        var set = new RecordSet<Event>("events", source);
        _ = set.Get("alpha");
        _ = set.Select(e => e.Id).ToList();

        Assert.Equal(1, source.Enumerations);
    }

    // ---- FromTrustedArray ----

    [Fact]
    public void FromTrustedArray_SupportsLookupsAndOrder()
    {
        var set = RecordSet<Event>.FromTrustedArray("events", new[] { Charlie, Alpha, Bravo });

        Assert.Equal(3, set.Count);
        Assert.Equal(new[] { Charlie, Alpha, Bravo }, set);
        Assert.Same(Alpha, set.Get("alpha"));
        Assert.True(set.TryGet("charlie", out var charlie));
        Assert.Same(Charlie, charlie);
        Assert.False(set.Contains("delta"));
        var ex = Assert.Throws<KeyNotFoundException>(() => set.Get("delta"));
        Assert.Contains("delta", ex.Message, StringComparison.Ordinal);
        Assert.Contains("events", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTrustedArray_WrapsTheArrayWithoutCopying()
    {
        var array = new[] { Charlie, Alpha };

        var set = RecordSet<Event>.FromTrustedArray("events", array);
        array[0] = Bravo;

        Assert.Same(Bravo, set[0]);
        Assert.Same(Bravo, set.AsSpan()[0]);
    }

    [Fact]
    public void FromTrustedArray_DoesNotCheckIdsWhenCreated()
    {
        // The generator has already checked the ids; the factory must not pay for it again.
        var set = RecordSet<Event>.FromTrustedArray("events", new[] { Alpha, Alpha });

        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void FromTrustedArray_EmptyArray_IsAnEmptySet()
    {
        var set = RecordSet<Event>.FromTrustedArray("events", Array.Empty<Event>());

        Assert.Empty(set);
        Assert.False(set.Contains("alpha"));
    }

    [Fact]
    public void FromTrustedArray_NullArray_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RecordSet<Event>.FromTrustedArray("events", null!));
        Assert.Equal("records", ex.ParamName);
    }

    [Fact]
    public void FromTrustedArray_NullCollectionName_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RecordSet<Event>.FromTrustedArray(null!, new[] { Alpha }));
        Assert.Equal("collectionName", ex.ParamName);
    }
}
