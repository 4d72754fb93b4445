using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

public class OptionallyDatedRecordExtensionsTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);
    private static readonly DateOnly Jan31 = new(2024, 1, 31);

    // Source order is deliberately not chronological, and undated records sit at the front, the
    // middle and the end, so that "undated sorts last" and "undated is skipped" are both visible.
    private static readonly Announcement TbaFirst = Announcement.CreateUndated("tba-first");
    private static readonly Announcement Mid = Announcement.Create("mid", 2024, 1, 15);
    private static readonly Announcement After = Announcement.Create("after", 2024, 2, 1);
    private static readonly Announcement TbaMiddle = Announcement.CreateUndated("tba-middle");
    private static readonly Announcement Start = Announcement.Create("start", 2024, 1, 1);
    private static readonly Announcement Before = Announcement.Create("before", 2023, 12, 31);
    private static readonly Announcement End = Announcement.Create("end", 2024, 1, 31);
    private static readonly Announcement TbaLast = Announcement.CreateUndated("tba-last");

    private static Announcement[] Announcements => new[] { TbaFirst, Mid, After, TbaMiddle, Start, Before, End, TbaLast };

    private static Announcement[] UndatedOnly => new[] { TbaFirst, TbaMiddle, TbaLast };

    private static string[] Ids<T>(IEnumerable<T> records) where T : IRecord => records.Select(r => r.Id).ToArray();

    // ---- Ranges ----

    [Fact]
    public void Between_IncludesBothBoundaries_AndSkipsUndated()
    {
        Assert.Equal(new[] { "mid", "start", "end" }, Ids(Announcements.Between(Jan1, Jan31)));
    }

    [Fact]
    public void Between_WholeCalendar_StillSkipsUndated()
    {
        // An undated record is not "dated DateOnly.MinValue": it matches no range at all.
        var result = Announcements.Between(DateOnly.MinValue, DateOnly.MaxValue);

        Assert.Equal(new[] { "mid", "after", "start", "before", "end" }, Ids(result));
    }

    [Fact]
    public void Between_OnlyUndated_IsEmpty()
    {
        Assert.Empty(UndatedOnly.Between(DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Between_SingleDay_MatchesOnlyThatDay()
    {
        Assert.Equal(new[] { "start" }, Ids(Announcements.Between(Jan1, Jan1)));
    }

    [Fact]
    public void Between_ReversedRange_IsEmpty()
    {
        Assert.Empty(Announcements.Between(Jan31, Jan1));
    }

    [Fact]
    public void InYear_MatchesTheYearsBoundaries_AndSkipsUndated()
    {
        Assert.Equal(new[] { "mid", "after", "start", "end" }, Ids(Announcements.InYear(2024)));
        Assert.Equal(new[] { "before" }, Ids(Announcements.InYear(2023)));
    }

    [Fact]
    public void InYear_One_DoesNotMatchUndated()
    {
        // DateOnly.MinValue is in year 1; undated records must not be mistaken for it.
        var ancient = Announcement.Create("ancient", DateOnly.MinValue);

        Assert.Equal(new[] { "ancient" }, Ids(new[] { TbaFirst, ancient, TbaLast }.InYear(1)));
    }

    [Fact]
    public void InYear_EndOfYearBoundaries()
    {
        var lastOf2023 = Announcement.Create("2023-12-31", 2023, 12, 31);
        var firstOf2024 = Announcement.Create("2024-01-01", 2024, 1, 1);
        var lastOf2024 = Announcement.Create("2024-12-31", 2024, 12, 31);
        var firstOf2025 = Announcement.Create("2025-01-01", 2025, 1, 1);

        var result = new[] { firstOf2025, lastOf2024, TbaFirst, firstOf2024, lastOf2023 }.InYear(2024);

        Assert.Equal(new[] { "2024-12-31", "2024-01-01" }, Ids(result));
    }

    [Fact]
    public void OnOrAfter_IncludesTheBoundary_AndSkipsUndated()
    {
        Assert.Equal(new[] { "after", "end" }, Ids(Announcements.OnOrAfter(Jan31)));
        Assert.Empty(UndatedOnly.OnOrAfter(DateOnly.MinValue));
    }

    [Fact]
    public void OnOrBefore_IncludesTheBoundary_AndSkipsUndated()
    {
        Assert.Equal(new[] { "start", "before" }, Ids(Announcements.OnOrBefore(Jan1)));
        Assert.Empty(UndatedOnly.OnOrBefore(DateOnly.MaxValue));
    }

    [Fact]
    public void OnOrBefore_MinValue_MatchesOnlyRecordsDatedMinValue()
    {
        var ancient = Announcement.Create("ancient", DateOnly.MinValue);

        Assert.Equal(new[] { "ancient" }, Ids(new[] { TbaFirst, ancient, Start, TbaLast }.OnOrBefore(DateOnly.MinValue)));
    }

    // ---- Undated ----

    [Fact]
    public void Undated_ReturnsTheUndatedRecordsInSourceOrder()
    {
        Assert.Equal(new[] { "tba-first", "tba-middle", "tba-last" }, Ids(Announcements.Undated()));
    }

    [Fact]
    public void Undated_NoneUndated_IsEmpty()
    {
        Assert.Empty(new[] { Mid, Start, End }.Undated());
    }

    [Fact]
    public void Undated_AndTheWholeCalendar_PartitionTheRecords()
    {
        var dated = Announcements.Between(DateOnly.MinValue, DateOnly.MaxValue).ToList();
        var undated = Announcements.Undated().ToList();

        Assert.Equal(Announcements.Length, dated.Count + undated.Count);
        Assert.Empty(dated.Intersect(undated));
    }

    // ---- Sorting ----

    [Fact]
    public void Chronologically_OrdersOldestFirst_UndatedLastInSourceOrder()
    {
        var result = Announcements.Chronologically();

        Assert.Equal(
            new[] { "before", "start", "mid", "end", "after", "tba-first", "tba-middle", "tba-last" },
            Ids(result));
    }

    [Fact]
    public void Chronologically_PutsMinValueBeforeUndated()
    {
        var ancient = Announcement.Create("ancient", DateOnly.MinValue);

        var result = new[] { TbaFirst, ancient, TbaLast }.Chronologically();

        Assert.Equal(new[] { "ancient", "tba-first", "tba-last" }, Ids(result));
    }

    [Fact]
    public void Chronologically_IsStableForSameDateRecords()
    {
        var b = Announcement.Create("b", 2024, 5, 5);
        var a = Announcement.Create("a", 2024, 5, 5);
        var c = Announcement.Create("c", 2024, 5, 5);
        var early = Announcement.Create("early", 2024, 1, 1);

        var result = new[] { TbaMiddle, b, a, early, TbaFirst, c }.Chronologically();

        Assert.Equal(new[] { "early", "b", "a", "c", "tba-middle", "tba-first" }, Ids(result));
    }

    [Fact]
    public void ReverseChronologically_OrdersNewestFirst_UndatedStillLast()
    {
        var result = Announcements.ReverseChronologically();

        Assert.Equal(
            new[] { "after", "end", "mid", "start", "before", "tba-first", "tba-middle", "tba-last" },
            Ids(result));
    }

    [Fact]
    public void ReverseChronologically_PutsUndatedAfterMinValue()
    {
        // Undated records sort last in both directions, even after the oldest possible date.
        var ancient = Announcement.Create("ancient", DateOnly.MinValue);

        var result = new[] { TbaFirst, ancient, TbaLast, Start }.ReverseChronologically();

        Assert.Equal(new[] { "start", "ancient", "tba-first", "tba-last" }, Ids(result));
    }

    [Fact]
    public void ReverseChronologically_IsStableForSameDateRecords()
    {
        var b = Announcement.Create("b", 2024, 5, 5);
        var a = Announcement.Create("a", 2024, 5, 5);
        var late = Announcement.Create("late", 2024, 9, 9);

        var result = new[] { TbaLast, b, late, a, TbaFirst }.ReverseChronologically();

        Assert.Equal(new[] { "late", "b", "a", "tba-last", "tba-first" }, Ids(result));
    }

    [Fact]
    public void Chronologically_CanBeRefinedWithThenBy()
    {
        var b = Announcement.Create("b", 2024, 5, 5);
        var a = Announcement.Create("a", 2024, 5, 5);
        var z = Announcement.CreateUndated("z");
        var y = Announcement.CreateUndated("y");

        var result = new[] { z, b, y, a }.Chronologically().ThenBy(r => r.Id, StringComparer.Ordinal);

        Assert.Equal(new[] { "a", "b", "y", "z" }, Ids(result));
    }

    [Fact]
    public void Sorting_OnlyUndated_KeepsSourceOrder()
    {
        Assert.Equal(new[] { "tba-first", "tba-middle", "tba-last" }, Ids(UndatedOnly.Chronologically()));
        Assert.Equal(new[] { "tba-first", "tba-middle", "tba-last" }, Ids(UndatedOnly.ReverseChronologically()));
    }

    // ---- Latest / Earliest ----

    [Fact]
    public void Latest_IgnoresUndated()
    {
        Assert.Same(After, Announcements.Latest());
    }

    [Fact]
    public void Earliest_IgnoresUndated()
    {
        // Undated records come first in the source; one that counted as DateOnly.MinValue would win.
        Assert.Same(Before, Announcements.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_UndatedBeforeASingleDatedRecord_ReturnTheDatedOne()
    {
        var records = new[] { TbaFirst, TbaMiddle, Mid, TbaLast };

        Assert.Same(Mid, records.Latest());
        Assert.Same(Mid, records.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_MinValueIsADate()
    {
        var ancient = Announcement.Create("ancient", DateOnly.MinValue);
        var records = new[] { TbaFirst, ancient, TbaLast };

        Assert.Same(ancient, records.Latest());
        Assert.Same(ancient, records.Earliest());
    }

    [Fact]
    public void Latest_OnATie_ReturnsTheFirstInSourceOrder()
    {
        var first = Announcement.Create("first", 2024, 6, 1);
        var second = Announcement.Create("second", 2024, 6, 1);

        Assert.Same(first, new[] { TbaFirst, Start, first, TbaLast, second }.Latest());
        Assert.Same(second, new[] { second, Start, first }.Latest());
    }

    [Fact]
    public void Earliest_OnATie_ReturnsTheFirstInSourceOrder()
    {
        var first = Announcement.Create("first", 2023, 6, 1);
        var second = Announcement.Create("second", 2023, 6, 1);

        Assert.Same(first, new[] { TbaFirst, Start, first, TbaLast, second }.Earliest());
        Assert.Same(second, new[] { second, Start, first }.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_OnlyUndated_ReturnNull()
    {
        Assert.Null(UndatedOnly.Latest());
        Assert.Null(UndatedOnly.Earliest());
    }

    [Fact]
    public void LatestAndEarliest_Empty_ReturnNull()
    {
        Assert.Null(Array.Empty<Announcement>().Latest());
        Assert.Null(new List<Announcement>().Earliest());
    }

    [Fact]
    public void LatestAndEarliest_EnumerateTheSourceOnce()
    {
        var source = new CountingEnumerable<Announcement>(Announcements);

        _ = source.Latest();
        _ = source.Earliest();

        Assert.Equal(2, source.Enumerations);
    }

    // ---- Composition and sources ----

    [Fact]
    public void QuerySyntax_ComposesWithTheHelpers()
    {
        var result =
            from a in Announcements.Between(Jan1, Jan31)
            where a.Id != "mid"
            orderby a.Date descending
            select a.Id;

        Assert.Equal(new[] { "end", "start" }, result);
    }

    [Fact]
    public void MethodSyntax_ComposesWithTheHelpers()
    {
        var result = Announcements
            .Where(a => !a.Id.StartsWith("tba-m", StringComparison.Ordinal))
            .Undated()
            .Select(a => a.Id)
            .ToList();

        Assert.Equal(new[] { "tba-first", "tba-last" }, result);
        Assert.Same(End, Announcements.InYear(2024).OnOrBefore(Jan31).Latest());
    }

    [Fact]
    public void Helpers_AcceptARecordSet()
    {
        var set = new RecordSet<Announcement>("announcements", Announcements);

        Assert.Equal(new[] { "mid", "start", "end" }, Ids(set.Between(Jan1, Jan31)));
        Assert.Equal(new[] { "tba-first", "tba-middle", "tba-last" }, Ids(set.Undated()));
        Assert.Equal("tba-last", Ids(set.Chronologically()).Last());
        Assert.Same(After, set.Latest());
        Assert.Same(Before, set.Earliest());
    }

    [Fact]
    public void Helpers_AcceptAList()
    {
        var list = new List<Announcement>(Announcements);

        Assert.Equal(new[] { "after", "end" }, Ids(list.OnOrAfter(Jan31)));
        Assert.Same(After, list.Latest());
    }

    [Fact]
    public void Helpers_AcceptASequenceOfAnInterfaceType()
    {
        IEnumerable<IOptionallyDatedRecord> records = Announcements;

        Assert.Equal(3, records.Undated().Count());
        Assert.Same(Before, records.Earliest());
    }

    // ---- Laziness ----

    [Fact]
    public void FilteringAndSortingHelpers_AreDeferred()
    {
        var source = new ThrowingEnumerable<Announcement>();

        var between = source.Between(Jan1, Jan31);
        var inYear = source.InYear(2024);
        var onOrAfter = source.OnOrAfter(Jan1);
        var onOrBefore = source.OnOrBefore(Jan1);
        var undated = source.Undated();
        var chronologically = source.Chronologically();
        var reverse = source.ReverseChronologically();

        Assert.Throws<EnumeratedException>(() => between.ToList());
        Assert.Throws<EnumeratedException>(() => inYear.ToList());
        Assert.Throws<EnumeratedException>(() => onOrAfter.ToList());
        Assert.Throws<EnumeratedException>(() => onOrBefore.ToList());
        Assert.Throws<EnumeratedException>(() => undated.ToList());
        Assert.Throws<EnumeratedException>(() => chronologically.ToList());
        Assert.Throws<EnumeratedException>(() => reverse.ToList());
    }

    [Fact]
    public void Undated_SeesChangesMadeAfterItWasCalled()
    {
        var list = new List<Announcement> { Mid };

        var query = list.Undated();
        list.Add(TbaFirst);

        Assert.Equal(new[] { "tba-first" }, Ids(query));
    }

    // ---- Argument checks ----

    [Fact]
    public void NullSource_ThrowsArgumentNullExceptionImmediately()
    {
        IEnumerable<Announcement> source = null!;

        AssertSourceNull(() => source.Between(Jan1, Jan31));
        AssertSourceNull(() => source.InYear(2024));
        AssertSourceNull(() => source.OnOrAfter(Jan1));
        AssertSourceNull(() => source.OnOrBefore(Jan1));
        AssertSourceNull(() => source.Undated());
        AssertSourceNull(() => source.Chronologically());
        AssertSourceNull(() => source.ReverseChronologically());
        AssertSourceNull(() => source.Latest());
        AssertSourceNull(() => source.Earliest());
    }

    private static void AssertSourceNull(Func<object?> call)
    {
        var ex = Assert.Throws<ArgumentNullException>(call);
        Assert.Equal("source", ex.ParamName);
    }
}
