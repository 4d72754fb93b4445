using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Dossier;

/// <summary>
/// The records of one collection grouped by the id they refer to, built once. Generated code
/// uses it for inverse navigations (<c>Country.Officials</c>: the officials whose country is
/// this one), so that each access is a dictionary lookup, not a scan.
/// </summary>
/// <remarks>For generated code only: it is hidden from IntelliSense, and user code reaches the groups through the generated navigations.</remarks>
/// <typeparam name="T">The referring record type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordLookup<T> where T : class
{
    private readonly Dictionary<string, ValueList<T>> _groups;

    private RecordLookup(Dictionary<string, ValueList<T>> groups) => _groups = groups;

    /// <summary>The records that refer to <paramref name="id"/>, in data order; empty when none does.</summary>
    public ValueList<T> this[string id] =>
        _groups.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var records) ? records : ValueList<T>.Empty;

    /// <summary>Groups records by the one id each refers to (records whose id is null are left out).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static RecordLookup<T> Create(IEnumerable<T> records, Func<T, string?> key)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(key);
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (key(record) is { } id)
            {
                Add(groups, id, record);
            }
        }

        return Freeze(groups);
    }

    /// <summary>Groups records by each of the ids they refer to; a record that names an id twice is listed once.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static RecordLookup<T> CreateMany(IEnumerable<T> records, Func<T, IReadOnlyList<string>?> keys)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(keys);
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            seen.Clear();
            if (keys(record) is not { } ids)
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (seen.Add(id))
                {
                    Add(groups, id, record);
                }
            }
        }

        return Freeze(groups);
    }

    private static void Add(Dictionary<string, List<T>> groups, string id, T record)
    {
        if (!groups.TryGetValue(id, out var list))
        {
            groups.Add(id, list = new List<T>());
        }

        list.Add(record);
    }

    private static RecordLookup<T> Freeze(Dictionary<string, List<T>> groups)
    {
        var frozen = new Dictionary<string, ValueList<T>>(groups.Count, StringComparer.Ordinal);
        foreach (var pair in groups)
        {
            frozen.Add(pair.Key, ValueList<T>.FromTrustedArray(pair.Value.ToArray()));
        }

        return new RecordLookup<T>(frozen);
    }
}
