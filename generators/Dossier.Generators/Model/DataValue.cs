using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Model;

/// <summary>The kinds of value a data file can hold, whatever its format.</summary>
internal enum DataValueKind : byte
{
    Null,
    Boolean,
    Number,
    String,
    Object,
    Array,
}

/// <summary>
/// The values read from one data file (JSON, YAML, front matter, table cells), before any type is
/// inferred, held as JSON's <c>JsonDocument</c> holds them: a flat array of fixed-size entries
/// rather than an object per value. Every parsed file stays alive for the whole run (binding reads
/// it after the schema is known, and the incremental cache keeps it for the next run), and a tree
/// of objects would be some twenty objects per record for the garbage collector to trace again and
/// again. Here a file is a few arrays however many values it holds.
/// <para>
/// Positions are kept as spans of the file's text; a line and column is computed only when a
/// diagnostic or a record's line needs one. A JSON scalar's text is decoded from the file's UTF-8
/// bytes when it is read, so a parse allocates no string per value. Numbers keep their exact
/// source text, so that no precision is lost before the collection's type is known.
/// </para>
/// <para>
/// A document is built bottom-up by its parser (values first, then the object or array that holds
/// them) and is not changed once its <see cref="ParsedDataFile"/> is made. Two documents hold the
/// same values when their texts are the same (<see cref="SameContent"/>): the values are a
/// function of the text, so the cache compares the texts rather than every value.
/// </para>
/// </summary>
internal sealed class DataDocument
{
    private static readonly Node[] NoNodes = System.Array.Empty<Node>();
    private static readonly int[] NoChildren = System.Array.Empty<int>();

    private readonly byte[]? _utf8;
    private Node[] _nodes = NoNodes;
    private int _nodeCount;
    private int[] _children = NoChildren;
    private int _childCount;

    /// <param name="filePath">The path the compiler knows the file by, for locations.</param>
    /// <param name="text">The file's text: positions are spans of it, and documents compare by it.</param>
    /// <param name="utf8">The file's UTF-8 bytes, for scalars whose text is read from them (<see cref="Utf8Scalar"/>).</param>
    /// <param name="capacity">How many values the parser expects, so that the arrays are made once rather than grown.</param>
    public DataDocument(string filePath, SourceText text, byte[]? utf8 = null, int capacity = 0)
    {
        FilePath = filePath;
        Text = text;
        _utf8 = utf8;
        if (capacity > 0)
        {
            _nodes = new Node[capacity];
            _children = new int[capacity];
        }
    }

    public string FilePath { get; }

    public SourceText Text { get; }

    /// <summary>A span of the text, cut to fit it as <see cref="LocationInfo.At"/> cuts one.</summary>
    public TextSpan Span(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - start));
        return new TextSpan(start, length);
    }

    /// <summary>The location of a span of this document's text, with its line and column.</summary>
    public LocationInfo Location(TextSpan span) => LocationInfo.At(FilePath, Text, span.Start, span.Length);

    /// <summary>A scalar whose text is given (null for null).</summary>
    public DataValue Scalar(DataValueKind kind, string? text, TextSpan span) =>
        Add(new Node { Kind = kind, Text = text, Start = span.Start, Length = span.Length });

    /// <summary>A scalar whose text is the UTF-8 bytes at <paramref name="byteStart"/>, decoded when it is read.</summary>
    public DataValue Utf8Scalar(DataValueKind kind, int byteStart, int byteLength, TextSpan span) =>
        Add(new Node { Kind = kind, FromUtf8 = true, First = byteStart, Count = byteLength, Start = span.Start, Length = span.Length });

    /// <summary>An object of the given properties, in source order.</summary>
    public DataValue Object(IReadOnlyList<DataProperty> properties, TextSpan span)
    {
        var first = _childCount;
        EnsureChildren(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var index = property.Value.Index;
            ref var child = ref _nodes[index];
            if (child.Key is not null && (child.Key != property.Key || child.KeyStart != property.KeySpan.Start || child.IsSections != property.IsSections))
            {
                // The value is already another object's property under another key: it gets an entry of its own.
                index = Add(child).Index;
            }

            ref var entry = ref _nodes[index];
            entry.Key = property.Key;
            entry.KeyStart = property.KeySpan.Start;
            entry.KeyLength = property.KeySpan.Length;
            entry.IsSections = property.IsSections;
            _children[_childCount++] = index;
        }

        return Add(new Node { Kind = DataValueKind.Object, First = first, Count = properties.Count, Start = span.Start, Length = span.Length });
    }

    /// <summary>An array of the given items.</summary>
    public DataValue Array(IReadOnlyList<DataValue> items, TextSpan span)
    {
        var first = _childCount;
        EnsureChildren(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            _children[_childCount++] = items[i].Index;
        }

        return Add(new Node { Kind = DataValueKind.Array, First = first, Count = items.Count, Start = span.Start, Length = span.Length });
    }

    /// <summary>
    /// Gives back the room the arrays grew into when it is more than a quarter of them and more
    /// than a few entries: the document outlives its parse, and a copy to the exact size costs
    /// more than a little room (a small file's few spare entries are not worth a copy).
    /// </summary>
    public void TrimExcess()
    {
        const int SmallExcess = 64;
        if (_nodes.Length - _nodeCount > Math.Max(SmallExcess, _nodes.Length / 4))
        {
            System.Array.Resize(ref _nodes, _nodeCount);
        }

        if (_children.Length - _childCount > Math.Max(SmallExcess, _children.Length / 4))
        {
            System.Array.Resize(ref _children, _childCount);
        }
    }

    /// <summary>Where the document ends now, to take back what is added after it (<see cref="Rewind"/>).</summary>
    public (int Nodes, int Children) Checkpoint() => (_nodeCount, _childCount);

    /// <summary>Takes back the values added since <paramref name="checkpoint"/>: a reader that gives up on a text leaves nothing behind.</summary>
    public void Rewind((int Nodes, int Children) checkpoint)
    {
        System.Array.Clear(_nodes, checkpoint.Nodes, _nodeCount - checkpoint.Nodes);
        _nodeCount = checkpoint.Nodes;
        _childCount = checkpoint.Children;
    }

    /// <summary>Whether two documents hold the same values: the same text of the same file.</summary>
    public static bool SameContent(DataDocument? left, DataDocument? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && left.FilePath == right.FilePath && left.Text.ContentEquals(right.Text));

    internal ref readonly Node NodeAt(int index) => ref _nodes[index];

    internal int ChildAt(int index) => _children[index];

    internal string? TextOf(int index)
    {
        ref readonly var node = ref _nodes[index];
        return node.FromUtf8 ? Encoding.UTF8.GetString(_utf8!, node.First, node.Count) : node.Text;
    }

    private DataValue Add(Node node)
    {
        if (_nodeCount == _nodes.Length)
        {
            System.Array.Resize(ref _nodes, Math.Max(16, _nodes.Length * 2));
        }

        _nodes[_nodeCount] = node;
        return new DataValue(this, _nodeCount++);
    }

    private void EnsureChildren(int count)
    {
        if (_childCount + count > _children.Length)
        {
            System.Array.Resize(ref _children, Math.Max(Math.Max(16, _children.Length * 2), _childCount + count));
        }
    }

    /// <summary>
    /// One value. A scalar's text is <see cref="Text"/>, or <see cref="Count"/> UTF-8 bytes at
    /// <see cref="First"/> when <see cref="FromUtf8"/>; an object's or array's children are
    /// <see cref="Count"/> entries of the children array at <see cref="First"/>. A value that is a
    /// property carries its key and the key's span.
    /// </summary>
    internal struct Node
    {
        public string? Text;
        public string? Key;
        public int Start;
        public int Length;
        public int KeyStart;
        public int KeyLength;
        public int First;
        public int Count;
        public DataValueKind Kind;
        public bool FromUtf8;
        public bool IsSections;
    }
}

/// <summary>
/// A value of a <see cref="DataDocument"/>: what it is, its text, its properties or items, and
/// where it is. A view (the document and an index), so that reading values allocates nothing but
/// the texts asked for; two views are equal when they are the same value of the same document.
/// </summary>
internal readonly struct DataValue : IEquatable<DataValue>
{
    internal DataValue(DataDocument document, int index)
    {
        Document = document;
        Index = index;
    }

    public DataDocument Document { get; }

    internal int Index { get; }

    public DataValueKind Kind => Document.NodeAt(Index).Kind;

    /// <summary>The string, the number's source text, or "true"/"false"; null for objects, arrays and null. Decoded on each read for JSON: read it once per use.</summary>
    public string? Text => Document.TextOf(Index);

    /// <summary>The value's span of its file's text.</summary>
    public TextSpan Span
    {
        get
        {
            ref readonly var node = ref Document.NodeAt(Index);
            return new TextSpan(node.Start, node.Length);
        }
    }

    /// <summary>Where the value is in its file, line and column included (computed on each read).</summary>
    public LocationInfo Location => Document.Location(Span);

    /// <summary>An object's properties, in source order (none for any other value).</summary>
    public DataProperties Properties => new(Document, Kind == DataValueKind.Object ? Index : -1);

    /// <summary>An array's items (none for any other value).</summary>
    public DataItems Items => new(Document, Kind == DataValueKind.Array ? Index : -1);

    public bool Equals(DataValue other) => ReferenceEquals(Document, other.Document) && Index == other.Index;

    public override bool Equals(object? obj) => obj is DataValue other && Equals(other);

    public override int GetHashCode() => Index;
}

/// <summary>
/// A key and its value, with the key's own span for naming errors. Built by parsers to make an
/// object (<see cref="DataDocument.Object"/>), and read back from it.
/// </summary>
/// <param name="IsSections">The value is a markdown record's sections (objects with heading, level and text), typed as <c>ValueList&lt;MarkdownSection&gt;</c>.</param>
internal readonly record struct DataProperty(string Key, DataValue Value, TextSpan KeySpan, bool IsSections = false)
{
    /// <summary>Where the key is in its file, line and column included (computed on each read).</summary>
    public LocationInfo KeyLocation => Value.Document.Location(KeySpan);
}

/// <summary>An object's properties: a view of its document, enumerated without allocating.</summary>
internal readonly struct DataProperties : IReadOnlyList<DataProperty>
{
    private readonly DataChildren _children;

    internal DataProperties(DataDocument document, int index) => _children = new DataChildren(document, index);

    public int Count => _children.Count;

    public DataProperty this[int index]
    {
        get
        {
            var child = _children[index];
            ref readonly var node = ref child.Document.NodeAt(child.Index);
            return new DataProperty(node.Key!, child, new TextSpan(node.KeyStart, node.KeyLength), node.IsSections);
        }
    }

    public DataViewEnumerator<DataProperties, DataProperty> GetEnumerator() => new(this);

    IEnumerator<DataProperty> IEnumerable<DataProperty>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>An array's items: a view of its document, enumerated without allocating.</summary>
internal readonly struct DataItems : IReadOnlyList<DataValue>
{
    private readonly DataChildren _children;

    internal DataItems(DataDocument document, int index) => _children = new DataChildren(document, index);

    public int Count => _children.Count;

    public DataValue this[int index] => _children[index];

    public DataViewEnumerator<DataItems, DataValue> GetEnumerator() => new(this);

    IEnumerator<DataValue> IEnumerable<DataValue>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The children of an object or an array (none for a scalar), which <see cref="DataProperties"/> and <see cref="DataItems"/> present.</summary>
internal readonly struct DataChildren
{
    private readonly DataDocument _document;
    private readonly int _first;

    /// <param name="index">The object or array, or -1 for none.</param>
    public DataChildren(DataDocument document, int index)
    {
        _document = document;
        if (index < 0)
        {
            _first = 0;
            Count = 0;
        }
        else
        {
            ref readonly var node = ref document.NodeAt(index);
            _first = node.First;
            Count = node.Count;
        }
    }

    public int Count { get; }

    public DataValue this[int index] =>
        (uint)index < (uint)Count ? new DataValue(_document, _document.ChildAt(_first + index)) : throw new ArgumentOutOfRangeException(nameof(index));
}

/// <summary>Enumerates a view of a document's values without allocating (boxed only when enumerated through an interface).</summary>
internal struct DataViewEnumerator<TView, T> : IEnumerator<T>
    where TView : struct, IReadOnlyList<T>
{
    private readonly TView _view;
    private int _index;

    internal DataViewEnumerator(TView view)
    {
        _view = view;
        _index = -1;
    }

    public readonly T Current => _view[_index];

    readonly object? IEnumerator.Current => Current;

    public bool MoveNext() => ++_index < _view.Count;

    public void Reset() => _index = -1;

    public readonly void Dispose()
    {
    }
}
