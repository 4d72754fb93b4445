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
        return source.Where(record => record.Date >= from && record.Date <= to);
    }

    /// <summary>The records dated within <paramref name="year"/>, in source order.</summary>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> source, int year) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date.Year == year);
    }

    /// <summary>The records dated on or after <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrAfter<T>(this IEnumerable<T> source, DateOnly date) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date >= date);
    }

    /// <summary>The records dated on or before <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrBefore<T>(this IEnumerable<T> source, DateOnly date) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date <= date);
    }

    /// <summary>The records ordered by date, oldest first; records of the same date keep their source order.</summary>
    public static IOrderedEnumerable<T> Chronologically<T>(this IEnumerable<T> source) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.OrderBy(record => record.Date);
    }

    /// <summary>The records ordered by date, newest first; records of the same date keep their source order.</summary>
    public static IOrderedEnumerable<T> ReverseChronologically<T>(this IEnumerable<T> source) where T : IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.OrderByDescending(record => record.Date);
    }

    /// <summary>The record with the latest date (the first of them on a tie), or <see langword="default"/> when there is none.</summary>
    public static T? Latest<T>(this IEnumerable<T> source) where T : IDatedRecord =>
        Pick(source, latest: true);

    /// <summary>The record with the earliest date (the first of them on a tie), or <see langword="default"/> when there is none.</summary>
    public static T? Earliest<T>(this IEnumerable<T> source) where T : IDatedRecord =>
        Pick(source, latest: false);

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
        return source.Where(record => record.Date is { } date && date >= from && date <= to);
    }

    /// <summary>The records dated within <paramref name="year"/>, in source order.</summary>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> source, int year) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date is { } date && date.Year == year);
    }

    /// <summary>The records dated on or after <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrAfter<T>(this IEnumerable<T> source, DateOnly date) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date is { } value && value >= date);
    }

    /// <summary>The records dated on or before <paramref name="date"/>, in source order.</summary>
    public static IEnumerable<T> OnOrBefore<T>(this IEnumerable<T> source, DateOnly date) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(record => record.Date is { } value && value <= date);
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
        return source.OrderBy(record => record.Date is null).ThenBy(record => record.Date.GetValueOrDefault());
    }

    /// <summary>The records ordered by date, newest first, undated records last; ties keep their source order.</summary>
    public static IOrderedEnumerable<T> ReverseChronologically<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.OrderBy(record => record.Date is null).ThenByDescending(record => record.Date.GetValueOrDefault());
    }

    /// <summary>The dated record with the latest date (the first of them on a tie), or <see langword="default"/> when none is dated.</summary>
    public static T? Latest<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord => Pick(source, latest: true);

    /// <summary>The dated record with the earliest date (the first of them on a tie), or <see langword="default"/> when none is dated.</summary>
    public static T? Earliest<T>(this IEnumerable<T> source) where T : IOptionallyDatedRecord => Pick(source, latest: false);

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
