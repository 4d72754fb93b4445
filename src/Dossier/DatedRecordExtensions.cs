using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier;

/// <summary>
/// LINQ operators for records with a <see cref="IDatedRecord.Date"/>. Each is lazy where LINQ's
/// equivalent is lazy, single-pass, and composes with method and query syntax alike.
/// </summary>
public static class DatedRecordExtensions
{
    /// <summary>The records dated from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in source order.</summary>
    public static IEnumerable<T> Between<T>(this IEnumerable<T> source, DateOnly from, DateOnly to) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, from, to);
    }

    /// <summary>The records dated within <paramref name="year"/>, in source order.</summary>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> source, int year) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return year is < 1 or > 9999 ? Enumerable.Empty<T>() : InRange(source, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>The records dated on or after <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrAfter<T>(this IEnumerable<T> source, DateOnly date) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, date, DateOnly.MaxValue);
    }

    /// <summary>The records dated on or before <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrBefore<T>(this IEnumerable<T> source, DateOnly date) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, DateOnly.MinValue, date);
    }

    /// <summary>The records ordered by date, oldest first; records of the same date keep their source order.</summary>
    public static IOrderedEnumerable<T> Chronologically<T>(this IEnumerable<T> source) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ChronologicalOrder<T>(source, static record => record.Date, newestFirst: false);
    }

    /// <summary>The records ordered by date, newest first; records of the same date keep their source order.</summary>
    public static IOrderedEnumerable<T> ReverseChronologically<T>(this IEnumerable<T> source) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ChronologicalOrder<T>(source, static record => record.Date, newestFirst: true);
    }

    /// <summary>The record with the latest date (the first of them on a tie), or <see langword="default"/> when there is none.</summary>
    public static T? Latest<T>(this IEnumerable<T> source) where T : IDatedRecord =>
        Pick(source, latest: true);

    /// <summary>The record with the earliest date (the first of them on a tie), or <see langword="default"/> when there is none.</summary>
    public static T? Earliest<T>(this IEnumerable<T> source) where T : IDatedRecord =>
        Pick(source, latest: false);

    /// <summary>
    /// The records dated from <paramref name="from"/> to <paramref name="to"/>, lazily. Reads each
    /// record's date once, and loops over a record set's array directly rather than through its
    /// enumerator: generic code reaches <c>Date</c> through the interface, which costs more than
    /// a lambda over the concrete record type, and this is what makes up for it.
    /// </summary>
    private static IEnumerable<T> InRange<T>(IEnumerable<T> source, DateOnly from, DateOnly to) where T : IDatedRecord =>
        source is IArrayBacked<T> backed ? new DatedArrayRange<T>(backed.Items, from, to) : InRangeOf(source, from, to);

    private static IEnumerable<T> InRangeOf<T>(IEnumerable<T> source, DateOnly from, DateOnly to) where T : IDatedRecord
    {
        foreach (var record in source)
        {
            var date = record.Date;
            if (date >= from && date <= to)
            {
                yield return record;
            }
        }
    }

    private static T? Pick<T>(IEnumerable<T> source, bool latest) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        var found = false;
        T? best = default;
        var bestDate = default(DateOnly);
        foreach (var record in source)
        {
            var date = record.Date;
            if (!found || (latest ? date > bestDate : date < bestDate))
            {
                found = true;
                best = record;
                bestDate = date;
            }
        }

        return best;
    }
}

/// <summary>
/// The same operators for records whose date may be missing (<see cref="IOptionallyDatedRecord"/>).
/// Undated records match no date range, are never the latest or earliest, and sort last.
/// </summary>
public static class OptionallyDatedRecordExtensions
{
    /// <summary>The dated records from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in source order.</summary>
    public static IEnumerable<T> Between<T>(this IEnumerable<T> source, DateOnly from, DateOnly to) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, from, to);
    }

    /// <summary>The records dated within <paramref name="year"/>, in source order.</summary>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> source, int year) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return year is < 1 or > 9999 ? Enumerable.Empty<T>() : InRange(source, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>The records dated on or after <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrAfter<T>(this IEnumerable<T> source, DateOnly date) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, date, DateOnly.MaxValue);
    }

    /// <summary>The records dated on or before <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrBefore<T>(this IEnumerable<T> source, DateOnly date) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return InRange(source, DateOnly.MinValue, date);
    }

    /// <summary>The records without a date, in source order.</summary>
    public static IEnumerable<T> Undated<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date is null);
    }

    /// <summary>The records ordered by date, oldest first, undated records last; ties keep their source order.</summary>
    public static IOrderedEnumerable<T> Chronologically<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ChronologicalOrder<T>(source, static record => record.Date, newestFirst: false);
    }

    /// <summary>The records ordered by date, newest first, undated records last; ties keep their source order.</summary>
    public static IOrderedEnumerable<T> ReverseChronologically<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ChronologicalOrder<T>(source, static record => record.Date, newestFirst: true);
    }

    /// <summary>The dated record with the latest date (the first of them on a tie), or <see langword="default"/> when none is dated.</summary>
    public static T? Latest<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord => Pick(source, latest: true);

    /// <summary>The dated record with the earliest date (the first of them on a tie), or <see langword="default"/> when none is dated.</summary>
    public static T? Earliest<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord => Pick(source, latest: false);

    /// <summary>The dated records from <paramref name="from"/> to <paramref name="to"/>, lazily (see the dated version).</summary>
    private static IEnumerable<T> InRange<T>(IEnumerable<T> source, DateOnly from, DateOnly to) where T : IOptionallyDatedRecord =>
        source is IArrayBacked<T> backed ? new OptionallyDatedArrayRange<T>(backed.Items, from, to) : InRangeOf(source, from, to);

    private static IEnumerable<T> InRangeOf<T>(IEnumerable<T> source, DateOnly from, DateOnly to) where T : IOptionallyDatedRecord
    {
        foreach (var record in source)
        {
            if (record.Date is { } date && date >= from && date <= to)
            {
                yield return record;
            }
        }
    }

    private static T? Pick<T>(IEnumerable<T> source, bool latest) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        T? best = default;
        DateOnly? bestDate = null;
        foreach (var record in source)
        {
            if (record.Date is { } date && (bestDate is null || (latest ? date > bestDate.Value : date < bestDate.Value)))
            {
                best = record;
                bestDate = date;
            }
        }

        return best;
    }
}

/// <summary>
/// The records of an array that match a test, lazily: an enumerable that is its own first
/// enumerator (as LINQ's iterators are), scanning the array with its state in locals. The date
/// helpers use it for record sets, which are arrays underneath.
/// </summary>
internal abstract class ArrayFilter<T>(T[] items) : IEnumerable<T>, IEnumerator<T>
{
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private int _index = -2; // -2: not yet enumerated; -1: before the first item
    private T _current = default!;

    public T Current => _current;

    object? System.Collections.IEnumerator.Current => _current;

    public IEnumerator<T> GetEnumerator()
    {
        if (_index == -2 && _threadId == Environment.CurrentManagedThreadId)
        {
            _index = -1;
            return this;
        }

        var copy = Clone();
        copy._index = -1;
        return copy;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool MoveNext()
    {
        var array = items;
        var index = _index;
        while (++index < array.Length)
        {
            var record = array[index];
            if (Matches(record))
            {
                _index = index;
                _current = record;
                return true;
            }
        }

        _index = array.Length;
        _current = default!;
        return false;
    }

    public void Reset() => throw new NotSupportedException();

    public void Dispose()
    {
    }

    /// <summary>Whether <paramref name="record"/> is in the result.</summary>
    protected abstract bool Matches(T record);

    /// <summary>A fresh filter over the same array, for a second enumeration.</summary>
    protected abstract ArrayFilter<T> Clone();
}

/// <summary>The records of an array dated from <c>from</c> to <c>to</c>, both inclusive.</summary>
internal sealed class DatedArrayRange<T>(T[] items, DateOnly from, DateOnly to) : ArrayFilter<T>(items) where T : IDatedRecord
{
    private readonly T[] _items = items;

    protected override bool Matches(T record)
    {
        var date = record.Date;
        return date >= from && date <= to;
    }

    protected override ArrayFilter<T> Clone() => new DatedArrayRange<T>(_items, from, to);
}

/// <summary>The same for records whose date may be missing: undated records are never in range.</summary>
internal sealed class OptionallyDatedArrayRange<T>(T[] items, DateOnly from, DateOnly to) : ArrayFilter<T>(items) where T : IOptionallyDatedRecord
{
    private readonly T[] _items = items;

    protected override bool Matches(T record) => record.Date is { } date && date >= from && date <= to;

    protected override ArrayFilter<T> Clone() => new OptionallyDatedArrayRange<T>(_items, from, to);
}
