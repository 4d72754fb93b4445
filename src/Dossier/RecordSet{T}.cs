using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Dossier;

/// <summary>
/// The records of one collection, in data order, with lookup by id in constant time.
/// Generated <c>Dataset</c> classes expose one record set per collection.
/// </summary>
/// <remarks>
/// A collection with unique keys (<see cref="DossierUniqueAttribute"/>) gets a generated record set
/// derived from this one, which adds a lookup per key; this class has no virtual members.
/// </remarks>
/// <typeparam name="T">The collection's record type.</typeparam>
public class RecordSet<T> : IReadOnlyList<T>, IList<T>, IArrayBacked<T> where T : class, IRecord
{
    private readonly T[] _records;

    // Built on the first lookup: enumeration-only programs never pay for the index.
    private Dictionary<string, T>? _byId;

    /// <summary>Creates a record set holding a copy of <paramref name="records"/>.</summary>
    /// <param name="collectionName">The collection's name, used in error messages (for example <c>meetings</c>).</param>
    /// <param name="records">The records, with ids unique within the collection.</param>
    /// <exception cref="ArgumentException">Two records share an id.</exception>
    public RecordSet(string collectionName, IEnumerable<T> records)
        : this(collectionName, new List<T>(records ?? throw new ArgumentNullException(nameof(records))).ToArray(), validate: true)
    {
    }

    /// <summary>
    /// Wraps an array without copying it, for generated record sets that add lookups by unique
    /// keys. The array must not change afterwards; ids are checked on the first lookup.
    /// </summary>
    /// <param name="collectionName">The collection's name, used in error messages.</param>
    /// <param name="records">The records, owned by the set from now on.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected RecordSet(string collectionName, T[] records)
        : this(collectionName, records ?? throw new ArgumentNullException(nameof(records)), validate: false)
    {
    }

    private RecordSet(string collectionName, T[] records, bool validate)
    {
        CollectionName = collectionName ?? throw new ArgumentNullException(nameof(collectionName));
        _records = records;
        if (validate)
        {
            _byId = BuildIndex();
        }
    }

    /// <summary>
    /// Wraps an array without copying it. For generated code, which never touches the array again
    /// and whose ids the generator has already checked for uniqueness.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static RecordSet<T> FromTrustedArray(string collectionName, T[] records) =>
        new(collectionName, records ?? throw new ArgumentNullException(nameof(records)), validate: false);

    /// <summary>The collection's name as it appears in the data folder (for example <c>meetings</c>).</summary>
    public string CollectionName { get; }

    /// <inheritdoc/>
    public int Count => _records.Length;

    /// <inheritdoc/>
    public T this[int index] => _records[index];

    /// <summary>Returns the record with the given id.</summary>
    /// <exception cref="KeyNotFoundException">No record of this collection has that id.</exception>
    public T Get(string id)
    {
        if (TryGet(id, out var record))
        {
            return record;
        }

        throw new KeyNotFoundException($"The collection '{CollectionName}' has no record with id '{id}'.");
    }

    /// <summary>Looks a record up by id.</summary>
    /// <returns><see langword="true"/> when a record with that id exists.</returns>
    public bool TryGet(string id, [MaybeNullWhen(false)] out T record)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (_byId ??= BuildIndex()).TryGetValue(id, out record);
    }

    /// <summary>Returns the records with the given ids, in the order of <paramref name="ids"/>.</summary>
    /// <exception cref="KeyNotFoundException">An id names no record of this collection.</exception>
    public ValueList<T> GetMany(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        var records = new T[ids.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = Get(ids[i]);
        }

        return ValueList<T>.FromTrustedArray(records);
    }

    /// <summary>Whether a record with the given id exists.</summary>
    public bool Contains(string id) => TryGet(id, out _);

    /// <summary>Returns an enumerator over the records in data order, without allocating.</summary>
    [SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types", Justification = "The analyzer reads the nested enumerator of a class-constrained generic type as oblivious; every type here is annotated.")]
    public Enumerator GetEnumerator() => new(_records);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_records).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _records.GetEnumerator();

    /// <summary>Returns the records as a read-only span, for allocation-free loops.</summary>
    public ReadOnlySpan<T> AsSpan() => _records;

    T[] IArrayBacked<T>.Items => _records;

    // The read-only IList<T> contract, so that LINQ's Count(), ElementAt, Last, ToArray and ToList
    // take their indexed and copying paths instead of enumerating. Every mutator throws.
    bool ICollection<T>.IsReadOnly => true;

    T IList<T>.this[int index]
    {
        get => _records[index];
        set => throw ReadOnlyCollection.Mutation();
    }

    int IList<T>.IndexOf(T item) => Array.IndexOf(_records, item);

    bool ICollection<T>.Contains(T item) => Array.IndexOf(_records, item) >= 0;

    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => _records.CopyTo(array, arrayIndex);

    void IList<T>.Insert(int index, T item) => throw ReadOnlyCollection.Mutation();

    void IList<T>.RemoveAt(int index) => throw ReadOnlyCollection.Mutation();

    void ICollection<T>.Add(T item) => throw ReadOnlyCollection.Mutation();

    void ICollection<T>.Clear() => throw ReadOnlyCollection.Mutation();

    bool ICollection<T>.Remove(T item) => throw ReadOnlyCollection.Mutation();

    private Dictionary<string, T> BuildIndex()
    {
        var index = new Dictionary<string, T>(_records.Length, StringComparer.Ordinal);
        foreach (var record in _records)
        {
            if (record?.Id is null)
            {
                throw new ArgumentException($"The collection '{CollectionName}' holds a null record or a record with a null id.", "records");
            }

            if (!index.TryAdd(record.Id, record))
            {
                throw new ArgumentException($"The collection '{CollectionName}' has two records with id '{record.Id}'.", "records");
            }
        }

        return index;
    }

    /// <summary>An allocation-free enumerator over a record set.</summary>
    public struct Enumerator
    {
        private readonly T[] _records;
        private int _index;

        internal Enumerator(T[] records)
        {
            _records = records;
            _index = -1;
        }

        /// <summary>The current record.</summary>
        public readonly T Current => _records[_index];

        /// <summary>Advances to the next record.</summary>
        public bool MoveNext() => ++_index < _records.Length;
    }
}
