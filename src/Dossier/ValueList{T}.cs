using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Dossier;

/// <summary>
/// An immutable list that compares by value: two lists are equal when they hold equal items in
/// the same order. Generated records use it for arrays, so that records with list properties
/// keep the value equality that C# records promise.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueList<T>>, IArrayBacked<T>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>Wraps an array without copying it. For generated code, which never touches the array again.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValueList<T> FromTrustedArray(T[] items) =>
        items is null ? throw new ArgumentNullException(nameof(items)) : items.Length == 0 ? Empty : new(items);

    internal static ValueList<T> CopyOf(ReadOnlySpan<T> items) => items.IsEmpty ? Empty : new(items.ToArray());

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>Returns the items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    T[] IArrayBacked<T>.Items => _items;

    // The read-only IList<T> contract, so that LINQ's Count(), ElementAt, Last, ToArray and ToList
    // take their indexed and copying paths instead of enumerating. Every mutator throws.
    bool ICollection<T>.IsReadOnly => true;

    T IList<T>.this[int index]
    {
        get => _items[index];
        set => throw ReadOnlyCollection.Mutation();
    }

    int IList<T>.IndexOf(T item) => Array.IndexOf(_items, item);

    bool ICollection<T>.Contains(T item) => Array.IndexOf(_items, item) >= 0;

    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    void IList<T>.Insert(int index, T item) => throw ReadOnlyCollection.Mutation();

    void IList<T>.RemoveAt(int index) => throw ReadOnlyCollection.Mutation();

    void ICollection<T>.Add(T item) => throw ReadOnlyCollection.Mutation();

    void ICollection<T>.Clear() => throw ReadOnlyCollection.Mutation();

    bool ICollection<T>.Remove(T item) => throw ReadOnlyCollection.Mutation();

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the list as <c>[a, b, c]</c>, numbers and dates in the invariant culture (as <see cref="SourceLocation"/>).</summary>
    public override string ToString()
    {
        var parts = new string?[_items.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = _items[i] is IFormattable formattable ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : _items[i]?.ToString();
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>Compares two lists by value.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists by value.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <summary>An allocation-free enumerator over a value list.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Advances to the next item.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/> (the target of collection expressions).</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.CopyOf(items);
}
