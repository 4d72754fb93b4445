using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Dossier;

/// <summary>
/// The records of a sequence sorted by date, for <c>Chronologically</c> and
/// <c>ReverseChronologically</c>. LINQ's <c>OrderBy</c> would compare the dates through a generic
/// comparer and, from generic code, read each date through the record interface; here each
/// record's date is read once into a <see cref="long"/> key (the day number in the high half,
/// the record's position in the low half, so that records of one date keep their source order
/// and every key is unique) and the keys sorted as numbers; the records are then read in the
/// order of the keys' low halves.
/// </summary>
/// <remarks>
/// Sorting is deferred to enumeration and redone on each, as with LINQ. <c>ThenBy</c> on the
/// result hands over to LINQ's own (stable) ordering by the same day key, so it behaves exactly as
/// <c>OrderBy(r =&gt; r.Date).ThenBy(...)</c> would. LINQ's shortcuts for ordered sequences
/// (<c>First</c> without a full sort, say) do not apply here: <c>Latest</c> and <c>Earliest</c>
/// are the way to one record.
/// </remarks>
internal sealed class ChronologicalOrder<T>(IEnumerable<T> source, Func<T, DateOnly?> date, bool newestFirst) : IOrderedEnumerable<T>
{
    // DateOnly.MaxValue.DayNumber is 3,652,058: undated records (key int.MaxValue) sort after every date.
    private const long Undated = int.MaxValue;

    public IOrderedEnumerable<T> CreateOrderedEnumerable<TKey>(Func<T, TKey> keySelector, IComparer<TKey>? comparer, bool descending) =>
        source.OrderBy(record => DayKey(record)).CreateOrderedEnumerable(keySelector, comparer, descending);

    /// <summary>The order of a record's date: its day number (reversed when newest first), undated last.</summary>
    private long DayKey(T record) =>
        date(record) is { } d ? (newestFirst ? DateOnly.MaxValue.DayNumber - d.DayNumber : d.DayNumber) : Undated;

    public IEnumerator<T> GetEnumerator()
    {
        // A record set's array is read, never written: only the keys are sorted.
        var items = source is IArrayBacked<T> backed ? backed.Items : source.ToArray();
        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = (DayKey(items[i]) << 32) | (uint)i;
        }

        Array.Sort(keys);
        for (var i = 0; i < keys.Length; i++)
        {
            yield return items[(int)(keys[i] & uint.MaxValue)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
