using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

public class DatedRecordExtensionsTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);
    private static readonly DateOnly Jan31 = new(2024, 1, 31);

    // Source order is deliberately not chronological.
    private static readonly Event Mid = Event.Create("mid", 2024, 1, 15);
    private static readonly Event After = Event.Create("after", 2024, 2, 1);
    private static readonly Event Start = Event.Create("start", 2024, 1, 1);
    private static readonly Event Before = Event.Create("before", 2023, 12, 31);
    private static readonly Event End = Event.Create("end", 2024, 1, 31);

    private static Event[] Events => new[] { Mid, After, Start, Before, End };

    private static string[] Ids<T>(IEnumerable<T> records) where T : IRecord => records.Select(r => r.Id).ToArray();

    // ---- Between ----

    [Fact]
    public void Between_IncludesBothBoundaries_InSourceOrder()
    {
        Assert.Equal(new[] { "mid", "start", "end" }, Ids(Events.Between(Jan1, Jan31)));
    }

    [Fact]
    public void Between_ExcludesTheDayBeforeAndTheDayAfter()
    {
        var result = Events.Between(Jan1, Jan31).ToList();

        Assert.DoesNotContain(Before, result);
        Assert.DoesNotContain(After, result);
    }

    [Fact]
    public void Between_SingleDay_MatchesOnlyThatDay()
    {
        Assert.Equal(new[] { "start" }, Ids(Events.Between(Jan1, Jan1)));
        Assert.Equal(new[] { "end" }, Ids(Events.Between(Jan31, Jan31)));
    }

    [Fact]
    public void Between_ReversedRange_IsEmpty()
    {
        Assert.Empty(Events.Between(Jan31, Jan1));
    }

    [Fact]
    public void Between_WholeCalendar_MatchesEverything()
    {
        Assert.Equal(Ids(Events), Ids(Events.Between(DateOnly.MinValue, DateOnly.MaxValue)));
    }

    [Fact]
    public void Between_KeepsSameDateRecordsInSourceOrder()
    {
        var a = Event.Create("a", 2024, 1, 10);
        var b = Event.Create("b", 2024, 1, 10);
        var c = Event.Create("c", 2024, 1, 10);

        Assert.Equal(new[] { "c", "a", "b" }, Ids(new[] { c, a, b }.Between(Jan1, Jan31)));
    }

    // ---- InYear ----

    [Fact]
    public void InYear_MatchesFirstAndLastDayOfTheYear_Only()
    {
        var lastOf2023 = Event.Create("2023-12-31", 2023, 12, 31);
        var firstOf2024 = Event.Create("2024-01-01", 2024, 1, 1);
        var midOf2024 = Event.Create("2024-06-15", 2024, 6, 15);
        var lastOf2024 = Event.Create("2024-12-31", 2024, 12, 31);
        var firstOf2025 = Event.Create("2025-01-01", 2025, 1, 1);
        var events = new[] { lastOf2024, firstOf2025, lastOf2023, midOf2024, firstOf2024 };

        Assert.Equal(new[] { "2024-12-31", "2024-06-15", "2024-01-01" }, Ids(events.InYear(2024)));
        Assert.Equal(new[] { "2023-12-31" }, Ids(events.InYear(2023)));
        Assert.Equal(new[] { "2025-01-01" }, Ids(events.InYear(2025)));
        Assert.Empty(events.InYear(2026));
    }

    // ---- OnOrAfter / OnOrBefore ----

    [Fact]
    public void OnOrAfter_IncludesTheBoundary()
    {
        Assert.Equal(new[] { "after", "end" }, Ids(Events.OnOrAfter(Jan31)));
    }

    [Fact]
    public void OnOrAfter_TheDayAfterTheBoundary_ExcludesIt()
    {
        Assert.Equal(new[] { "after" }, Ids(Events.OnOrAfter(Jan31.AddDays(1))));
    }

    [Fact]
    public void OnOrBefore_IncludesTheBoundary()
    {
        Assert.Equal(new[] { "start", "before" }, Ids(Events.OnOrBefore(Jan1)));
    }

    [Fact]
    public void OnOrBefore_TheDayBeforeTheBoundary_ExcludesIt()
    {
        Assert.Equal(new[] { "before" }, Ids(Events.OnOrBefore(Jan1.AddDays(-1))));
    }

    [Fact]
    public void OnOrAfterAndOnOrBefore_AtTheSameDate_OverlapOnThatDate()
    {
        var after = Events.OnOrAfter(Jan1).ToHashSet();
        var before = Events.OnOrBefore(Jan1).ToHashSet();

        after.IntersectWith(before);

        Assert.Equal(Start, Assert.Single(after));
    }

    // ---- Chronologically / ReverseChronologically ----

    [Fact]
    public void Chronologically_OrdersOldestFirst()
    {
        Assert.Equal(new[] { "before", "start", "mid", "end", "after" }, Ids(Events.Chronologically()));
    }

    [Fact]
    public void Chronologically_IsStableForSameDateRecords()
    {
        var b = Event.Create("b", 2024, 5, 5);
        var a = Event.Create("a", 2024, 5, 5);
        var c = Event.Create("c", 2024, 5, 5);
        var early = Event.Create("early", 2024, 1, 1);
        var late = Event.Create("late", 2024, 9, 9);

        var result = new[] { late, b, a, early, c }.Chronologically();

        Assert.Equal(new[] { "early", "b", "a", "c", "late" }, Ids(result));
    }

    [Fact]
    public void ReverseChronologically_OrdersNewestFirst()
    {
        Assert.Equal(new[] { "after", "end", "mid", "start", "before" }, Ids(Events.ReverseChronologically()));
    }

    [Fact]
    public void ReverseChronologically_KeepsSameDateRecordsInSourceOrder()
    {
        var b = Event.Create("b", 2024, 5, 5);
        var a = Event.Create("a", 2024, 5, 5);
        var c = Event.Create("c", 2024, 5, 5);
        var early = Event.Create("early", 2024, 1, 1);
        var late = Event.Create("late", 2024, 9, 9);

        var result = new[] { early, b, a, late, c }.ReverseChronologically();

        Assert.Equal(new[] { "late", "b", "a", "c", "early" }, Ids(result));
    }

    [Fact]
    public void Chronologically_CanBeRefinedWithThenBy()
    {
        var b = Event.Create("b", 2024, 5, 5);
        var a = Event.Create("a", 2024, 5, 5);
        var early = Event.Create("z", 2024, 1, 1);

        var result = new[] { b, a, early }.Chronologically().ThenBy(e => e.Id, StringComparer.Ordinal);

        Assert.Equal(new[] { "z", "a", "b" }, Ids(result));
    }

    [Fact]
    public void ReverseChronologically_CanBeRefinedWithThenByDescending()
    {
        var a = Event.Create("a", 2024, 5, 5);
        var b = Event.Create("b", 2024, 5, 5);
        var early = Event.Create("z", 2024, 1, 1);

        var result = new[] { a, early, b }.ReverseChronologically().ThenByDescending(e => e.Id, StringComparer.Ordinal);

        Assert.Equal(new[] { "b", "a", "z" }, Ids(result));
    }

    [Fact]
    public void Chronologically_Empty_IsEmpty()
    {
        Assert.Empty(Array.Empty<Event>().Chronologically());
        Assert.Empty(Array.Empty<Event>().ReverseChronologically());
    }

    // ---- Latest / Earliest ----

    [Fact]
    public void Latest_ReturnsTheNewestRecord()
    {
        Assert.Same(After, Events.Latest());
    }

    [Fact]
    public void Earliest_ReturnsTheOldestRecord()
    {
        Assert.Same(Before, Events.Earliest());
    }

    [Fact]
    public void Latest_OnATie_ReturnsTheFirstInSourceOrder()
    {
        var first = Event.Create("first", 2024, 6, 1);
        var second = Event.Create("second", 2024, 6, 1);
        var older = Event.Create("older", 2024, 1, 1);

        Assert.Same(first, new[] { older, first, second }.Latest());
        Assert.Same(second, new[] { older, second, first }.Latest());
    }

    [Fact]
    public void Earliest_OnATie_ReturnsTheFirstInSourceOrder()
    {
        var first = Event.Create("first", 2024, 1, 1);
        var second = Event.Create("second", 2024, 1, 1);
        var newer = Event.Create("newer", 2024, 6, 1);

        Assert.Same(first, new[] { newer, first, second }.Earliest());
        Assert.Same(second, new[] { newer, second, first }.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_Empty_ReturnNull()
    {
        Assert.Null(Array.Empty<Event>().Latest());
        Assert.Null(Array.Empty<Event>().Earliest());
        Assert.Null(new List<Event>().Latest());
        Assert.Null(Events.Between(Jan31, Jan1).Earliest());
    }

    [Fact]
    public void LatestAndEarliest_SingleRecord_ReturnIt()
    {
        var only = Event.Create("only", 2024, 3, 3);

        Assert.Same(only, new[] { only }.Latest());
        Assert.Same(only, new[] { only }.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_HandleTheExtremeDates()
    {
        // A record dated DateOnly.MinValue must still be found: "no record yet" is not a date.
        var min = Event.Create("min", DateOnly.MinValue);
        var min2 = Event.Create("min2", DateOnly.MinValue);
        var max = Event.Create("max", DateOnly.MaxValue);
        var max2 = Event.Create("max2", DateOnly.MaxValue);

        Assert.Same(min, new[] { min }.Latest());
        Assert.Same(min, new[] { min, min2 }.Latest());
        Assert.Same(min, new[] { min, min2 }.Earliest());
        Assert.Same(min, new[] { Mid, min, min2 }.Earliest());
        Assert.Same(max, new[] { Mid, max, max2 }.Latest());
        Assert.Same(max, new[] { max }.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_EnumerateTheSourceOnce()
    {
        var source = new CountingEnumerable<Event>(Events);

        _ = source.Latest();
        Assert.Equal(1, source.Enumerations);

        _ = source.Earliest();
        Assert.Equal(2, source.Enumerations);
    }

    // ---- Composition ----

    [Fact]
    public void QuerySyntax_ComposesWithTheHelpers()
    {
        var result =
            from e in Events.Between(Jan1, Jan31)
            where e.Id != "mid"
            orderby e.Date descending
            select e.Id;

        Assert.Equal(new[] { "end", "start" }, result);
    }

    [Fact]
    public void QuerySyntax_OverARecordSet()
    {
        var set = new RecordSet<Event>("events", Events);

        var result =
            from e in set.InYear(2024)
            where e.Date.Month == 1
            orderby e.Date
            select e.Id;

        Assert.Equal(new[] { "start", "mid", "end" }, result);
    }

    [Fact]
    public void MethodSyntax_ComposesWithTheHelpers()
    {
        var result = Events
            .Where(e => e.Id.Length > 3)
            .OnOrAfter(Jan1)
            .OnOrBefore(Jan31)
            .Chronologically()
            .Select(e => e.Id)
            .ToList();

        Assert.Equal(new[] { "start" }, result);
    }

    [Fact]
    public void Helpers_ComposeWithEachOther()
    {
        Assert.Same(End, Events.InYear(2024).Between(Jan1, Jan31).Latest());
        Assert.Same(Start, Events.OnOrAfter(Jan1).Earliest());
        Assert.Equal(new[] { "end", "mid", "start" }, Ids(Events.Between(Jan1, Jan31).ReverseChronologically()));
    }

    // ---- Any IEnumerable ----

    [Fact]
    public void Helpers_AcceptAList()
    {
        var list = new List<Event>(Events);

        Assert.Equal(new[] { "mid", "start", "end" }, Ids(list.Between(Jan1, Jan31)));
        Assert.Same(After, list.Latest());
    }

    [Fact]
    public void Helpers_AcceptAnArray()
    {
        Event[] array = Events;

        Assert.Equal(new[] { "before" }, Ids(array.InYear(2023)));
        Assert.Same(Before, array.Earliest());
    }

    [Fact]
    public void Helpers_AcceptARecordSet()
    {
        var set = new RecordSet<Event>("events", Events);

        Assert.Equal(new[] { "mid", "start", "end" }, Ids(set.Between(Jan1, Jan31)));
        Assert.Equal(new[] { "after", "end" }, Ids(set.OnOrAfter(Jan31)));
        Assert.Equal(new[] { "start", "before" }, Ids(set.OnOrBefore(Jan1)));
        Assert.Equal(new[] { "before", "start", "mid", "end", "after" }, Ids(set.Chronologically()));
        Assert.Same(After, set.Latest());
        Assert.Same(Before, set.Earliest());
    }

    [Fact]
    public void Helpers_AcceptAnIteratorSequence()
    {
        static IEnumerable<Event> Generate()
        {
            yield return Event.Create("x", 2024, 4, 4);
            yield return Event.Create("y", 2024, 2, 2);
        }

        Assert.Equal(new[] { "y", "x" }, Ids(Generate().Chronologically()));
        Assert.Equal("x", Generate().Latest()!.Id);
    }

    [Fact]
    public void Helpers_AcceptASequenceOfAnInterfaceType()
    {
        IEnumerable<IDatedRecord> records = Events;

        Assert.Equal(new[] { "mid", "start", "end" }, Ids(records.Between(Jan1, Jan31)));
        Assert.Same(After, records.Latest());
    }

    // ---- Laziness ----

    [Fact]
    public void FilteringAndSortingHelpers_AreDeferred()
    {
        var source = new ThrowingEnumerable<Event>();

        var between = source.Between(Jan1, Jan31);
        var inYear = source.InYear(2024);
        var onOrAfter = source.OnOrAfter(Jan1);
        var onOrBefore = source.OnOrBefore(Jan1);
        var chronologically = source.Chronologically();
        var reverse = source.ReverseChronologically();

        Assert.Throws<EnumeratedException>(() => between.ToList());
        Assert.Throws<EnumeratedException>(() => inYear.ToList());
        Assert.Throws<EnumeratedException>(() => onOrAfter.ToList());
        Assert.Throws<EnumeratedException>(() => onOrBefore.ToList());
        Assert.Throws<EnumeratedException>(() => chronologically.ToList());
        Assert.Throws<EnumeratedException>(() => reverse.ToList());
    }

    [Fact]
    public void LatestAndEarliest_AreImmediate()
    {
        var source = new ThrowingEnumerable<Event>();

        Assert.Throws<EnumeratedException>(() => source.Latest());
        Assert.Throws<EnumeratedException>(() => source.Earliest());
    }

    [Fact]
    public void Between_SeesChangesMadeAfterItWasCalled()
    {
        var list = new List<Event> { Mid };

        var query = list.Between(Jan1, Jan31);
        list.Add(Start);
        list.Add(After);

        Assert.Equal(new[] { "mid", "start" }, Ids(query));
    }

    [Fact]
    public void Between_EnumeratesTheSourceOncePerEnumeration()
    {
        var source = new CountingEnumerable<Event>(Events);

        var query = source.Between(Jan1, Jan31);
        Assert.Equal(0, source.Enumerations);

        _ = query.ToList();
        Assert.Equal(1, source.Enumerations);
    }

    // ---- Argument checks ----

    [Fact]
    public void NullSource_ThrowsArgumentNullExceptionImmediately()
    {
        IEnumerable<Event> source = null!;

        AssertSourceNull(() => source.Between(Jan1, Jan31));
        AssertSourceNull(() => source.InYear(2024));
        AssertSourceNull(() => source.OnOrAfter(Jan1));
        AssertSourceNull(() => source.OnOrBefore(Jan1));
        AssertSourceNull(() => source.Chronologically());
        AssertSourceNull(() => source.ReverseChronologically());
        AssertSourceNull(() => source.Latest());
        AssertSourceNull(() => source.Earliest());
    }

    private static void AssertSourceNull(Func<object?> call)
    {
        // The call itself must throw: the result is never enumerated.
        var ex = Assert.Throws<ArgumentNullException>(call);
        Assert.Equal("source", ex.ParamName);
    }
}
