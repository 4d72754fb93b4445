using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Dossier;

/// <summary>
/// Records by a key that is unique within their collection, other than the id: an ISO code, a
/// registry number, a slug. Generated record sets expose one per <see cref="DossierUniqueAttribute"/>
/// property (<c>Dataset.Countries.ByIsoCode</c>), built on first use; the build has checked that
/// the key is unique.
/// </summary>
/// <typeparam name="TKey">The key's type: <see cref="string"/> (compared ordinally), <see cref="int"/> or <see cref="long"/>.</typeparam>
/// <typeparam name="T">The record type.</typeparam>
public sealed class UniqueIndex<TKey, T>
    where TKey : notnull
    where T : class
{
    private readonly Dictionary<TKey, T> _records;

    internal UniqueIndex(string collectionName, string keyName, Dictionary<TKey, T> records)
    {
        CollectionName = collectionName;
        KeyName = keyName;
        _records = records;
    }

    /// <summary>The collection's name as it appears in the data folder (for example <c>countries</c>).</summary>
    public string CollectionName { get; }

    /// <summary>The key as written in the data (for example <c>isoCode</c>).</summary>
    public string KeyName { get; }

    /// <summary>How many records have a value for the key (those with none are not indexed).</summary>
    public int Count => _records.Count;

    /// <summary>Returns the record whose key is <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No record of the collection has that key.</exception>
    public T Get(TKey key)
    {
        if (TryGet(key, out var record))
        {
            return record;
        }

        throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The collection '{0}' has no record whose {1} is '{2}'.", CollectionName, KeyName, key));
    }

    /// <summary>Looks a record up by its key.</summary>
    /// <returns><see langword="true"/> when a record has that key.</returns>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out T record)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _records.TryGetValue(key, out record);
    }

    /// <summary>Whether a record has the key.</summary>
    public bool Contains(TKey key) => TryGet(key, out _);

    /// <summary>Returns the records with the given keys, in the order of <paramref name="keys"/>.</summary>
    /// <exception cref="KeyNotFoundException">A key names no record of the collection.</exception>
    public ValueList<T> GetMany(IReadOnlyList<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var records = new T[keys.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = Get(keys[i]);
        }

        return ValueList<T>.FromTrustedArray(records);
    }
}

/// <summary>Builds <see cref="UniqueIndex{TKey, T}"/>s: one overload for keys of a reference type, one for keys of a value type.</summary>
public static class UniqueIndex
{
    /// <summary>Indexes <paramref name="records"/> by a key of a reference type (a <see cref="string"/>); records whose key is null are left out.</summary>
    /// <param name="collectionName">The collection's name, for error messages.</param>
    /// <param name="keyName">The key's name, for error messages.</param>
    /// <param name="records">The records to index.</param>
    /// <param name="key">Reads a record's key.</param>
    /// <exception cref="ArgumentException">Two records share a key.</exception>
    public static UniqueIndex<TKey, T> Create<TKey, T>(string collectionName, string keyName, IEnumerable<T> records, Func<T, TKey?> key)
        where TKey : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        return Build<TKey, T>(collectionName, keyName, records, record => key(record) is { } value ? (true, value) : (false, default!));
    }

    /// <summary>Indexes <paramref name="records"/> by a key of a value type (an <see cref="int"/>, a <see cref="long"/>); records whose key is null are left out.</summary>
    /// <param name="collectionName">The collection's name, for error messages.</param>
    /// <param name="keyName">The key's name, for error messages.</param>
    /// <param name="records">The records to index.</param>
    /// <param name="key">Reads a record's key.</param>
    /// <exception cref="ArgumentException">Two records share a key.</exception>
    public static UniqueIndex<TKey, T> Create<TKey, T>(string collectionName, string keyName, IEnumerable<T> records, Func<T, TKey?> key)
        where TKey : struct
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        return Build<TKey, T>(collectionName, keyName, records, record => key(record) is { } value ? (true, value) : (false, default));
    }

    // The two overloads differ only in what "no key" is (null, or an empty Nullable<TKey>), which
    // one generic signature cannot say; both index through here.
    private static UniqueIndex<TKey, T> Build<TKey, T>(string collectionName, string keyName, IEnumerable<T> records, Func<T, (bool HasKey, TKey Key)> key)
        where TKey : notnull
        where T : class
    {
        ArgumentNullException.ThrowIfNull(collectionName);
        ArgumentNullException.ThrowIfNull(keyName);
        ArgumentNullException.ThrowIfNull(records);
        var index = records is IReadOnlyCollection<T> sized ? new Dictionary<TKey, T>(sized.Count) : new Dictionary<TKey, T>();
        foreach (var record in records)
        {
            var (hasKey, value) = key(record);
            if (hasKey && !index.TryAdd(value, record))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The collection '{0}' has two records whose {1} is '{2}'.", collectionName, keyName, value), nameof(records));
            }
        }

        return new UniqueIndex<TKey, T>(collectionName, keyName, index);
    }
}
