using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

/// <summary>
/// Record sets and value lists are read-only <see cref="IList{T}"/>s: LINQ sees them as lists
/// (its indexed and copying paths), and every mutator throws.
/// </summary>
public class ReadOnlyListContractTests
{
    private static readonly Event Charlie = Event.Create("charlie", 2024, 3, 1);
    private static readonly Event Alpha = Event.Create("alpha", 2024, 1, 1);
    private static readonly Event Bravo = Event.Create("bravo", 2024, 2, 1);

    public static TheoryData<string> Lists => new("record set", "value list");

    private static IList<Event> Create(string kind) => kind == "record set"
        ? new RecordSet<Event>("events", [Charlie, Alpha, Bravo])
        : ValueList.Create<Event>([Charlie, Alpha, Bravo]);

    [Theory]
    [MemberData(nameof(Lists))]
    public void ReadsAsAListInDataOrder(string kind)
    {
        var list = Create(kind);

        Assert.True(list.IsReadOnly);
        Assert.Equal(3, list.Count);
        Assert.Same(Alpha, list[1]);
        Assert.Equal(2, list.IndexOf(Bravo));
        Assert.Equal(-1, list.IndexOf(Event.Create("delta", 2024, 4, 1)));
        Assert.Contains(Charlie, list);
        var copy = new Event[5];
        list.CopyTo(copy, 1);
        Assert.Equal(new[] { null, Charlie, Alpha, Bravo, null }, copy);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void LinqSeesAListNotASequence(string kind)
    {
        var list = Create(kind);

        Assert.True(list.TryGetNonEnumeratedCount(out var count));
        Assert.Equal(3, count);
        Assert.Same(Bravo, list.Last());
        Assert.Same(Alpha, list.ElementAt(1));
        Assert.Equal(new[] { Charlie, Alpha, Bravo }, list.ToArray());
        Assert.Equal(new[] { Charlie, Alpha, Bravo }, list.ToList());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryMutatorThrowsAndChangesNothing(string kind)
    {
        var list = Create(kind);

        Assert.Throws<NotSupportedException>(() => list.Add(Alpha));
        Assert.Throws<NotSupportedException>(() => list.Insert(0, Alpha));
        Assert.Throws<NotSupportedException>(() => list.Remove(Alpha));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.Throws<NotSupportedException>(() => list[0] = Bravo);
        Assert.Equal(new[] { Charlie, Alpha, Bravo }, list);
    }
}
