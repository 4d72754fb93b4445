using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

/// <summary>
/// <c>Chronologically</c> and <c>ReverseChronologically</c> sort by numeric keys rather than
/// through LINQ's <c>OrderBy</c> (see <c>ChronologicalOrder</c>). These cases check that the
/// result is exactly LINQ's, ties and extremes included, from arrays, record sets and lazy
/// sequences alike, and that the operators stay deferred and repeatable.
/// </summary>
public class ChronologicalOrderTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DatedRecordsComeOutInLinqsOrder(int seed)
    {
        var events = RandomEvents(seed, 500);
        var set = new RecordSet<Event>("events", events);

        Assert.Equal(events.OrderBy(e => e.Date).Select(e => e.Id), events.Chronologically().Select(e => e.Id));
        Assert.Equal(events.OrderByDescending(e => e.Date).Select(e => e.Id), set.ReverseChronologically().Select(e => e.Id));
        Assert.Equal(events.OrderBy(e => e.Date).Select(e => e.Id), events.Select(e => e).Chronologically().Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OptionallyDatedRecordsComeOutInLinqsOrderUndatedLast(int seed)
    {
        var random = new Random(seed);
        var announcements = RandomEvents(seed, 400)
            .Select(e => Announcement.Create(e.Id, random.Next(5) == 0 ? null : e.Date))
            .ToArray();

        Assert.Equal(
            announcements.OrderBy(a => a.Date is null).ThenBy(a => a.Date.GetValueOrDefault()).Select(a => a.Id),
            announcements.Chronologically().Select(a => a.Id));
        Assert.Equal(
            announcements.OrderBy(a => a.Date is null).ThenByDescending(a => a.Date.GetValueOrDefault()).Select(a => a.Id),
            new RecordSet<Announcement>("announcements", announcements).ReverseChronologically().Select(a => a.Id));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ThenByRefinesExactlyAsItWouldAfterLinqsOrder(int seed)
    {
        var random = new Random(seed);
        var announcements = RandomEvents(seed, 400)
            .Select(e => Announcement.Create("a" + random.Next(50).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + e.Id, random.Next(5) == 0 ? null : e.Date))
            .ToArray();
        var events = RandomEvents(seed, 400);

        Assert.Equal(
            announcements.OrderBy(a => a.Date is null).ThenBy(a => a.Date.GetValueOrDefault()).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id),
            announcements.Chronologically().ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id));
        Assert.Equal(
            announcements.OrderBy(a => a.Date is null).ThenByDescending(a => a.Date.GetValueOrDefault()).ThenByDescending(a => a.Id, StringComparer.Ordinal).Select(a => a.Id),
            announcements.ReverseChronologically().ThenByDescending(a => a.Id, StringComparer.Ordinal).Select(a => a.Id));
        Assert.Equal(
            events.OrderByDescending(e => e.Date).ThenBy(e => e.Id.Length).Select(e => e.Id),
            events.ReverseChronologically().ThenBy(e => e.Id.Length).Select(e => e.Id));
    }

    [Fact]
    public void TheExtremeDatesSortCorrectly()
    {
        var events = new[]
        {
            Event.Create("max", DateOnly.MaxValue), Event.Create("min", DateOnly.MinValue), Event.Create("mid", new DateOnly(2025, 4, 26)),
        };
        Assert.Equal(new[] { "min", "mid", "max" }, events.Chronologically().Select(e => e.Id));
        Assert.Equal(new[] { "max", "mid", "min" }, events.ReverseChronologically().Select(e => e.Id));

        var announcements = new[] { Announcement.CreateUndated("none"), Announcement.Create("max", DateOnly.MaxValue), Announcement.Create("min", DateOnly.MinValue) };
        Assert.Equal(new[] { "min", "max", "none" }, announcements.Chronologically().Select(a => a.Id));
        Assert.Equal(new[] { "max", "min", "none" }, announcements.ReverseChronologically().Select(a => a.Id));
    }

    [Fact]
    public void SortingIsDeferredAndRedoneOnEachEnumeration()
    {
        Assert.Throws<EnumeratedException>(() => new ThrowingEnumerable<Event>().Chronologically().ToList());
        _ = new ThrowingEnumerable<Event>().Chronologically(); // creating it reads nothing

        var list = new List<Event> { Event.Create("b", 2024, 2, 1) };
        var ordered = list.Chronologically();
        list.Add(Event.Create("a", 2024, 1, 1));
        Assert.Equal(new[] { "a", "b" }, ordered.Select(e => e.Id));
        Assert.Equal(new[] { "a", "b" }, ordered.Select(e => e.Id));
    }

    [Fact]
    public void ARecordSetIsNotChangedBySorting()
    {
        var set = new RecordSet<Event>("events", new[] { Event.Create("b", 2024, 2, 1), Event.Create("a", 2024, 1, 1) });
        _ = set.Chronologically().ToList();
        Assert.Equal(new[] { "b", "a" }, set.Select(e => e.Id));
    }

    private static Event[] RandomEvents(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => Event.Create("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDayNumber(random.Next(738_000, 738_040))))
            .ToArray();
    }
}
