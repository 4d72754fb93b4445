using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads a JSON data file with System.Text.Json's <see cref="Utf8JsonReader"/> (strict RFC 8259:
/// no comments, no trailing commas), keeping the exact text of numbers and the position of
/// every value. Depth is bounded, so hostile nesting yields a diagnostic, not a stack overflow.
/// </summary>
internal static class JsonDataParser
{
    /// <summary>How deep values may nest. Deeper data is reported (DOS103), never recursed into.</summary>
    public const int MaxDepth = 64;

    /// <param name="content">The file's text, as a string (<see cref="DataFileParser"/> has checked it for lone surrogates).</param>
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, string content, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var records = new List<DataRecord>();

        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            // A byte order mark left in the text (the compiler strips it when it reads a file):
            // whitespace of the same length keeps every offset in place.
            content = " " + content.Substring(1);
        }

        var utf8 = Utf8OffsetMap.Encode(content);
        // A value takes some sixteen bytes of JSON or more (a key, quotes, separators), so the
        // document's arrays are made large enough for most files at once.
        var document = new DataDocument(file.FilePath, text, utf8, capacity: (utf8.Length / 16) + 4);

        // The scratch lists are taken for this parse and given back after it: a parse that began
        // inside another on the same thread would get lists of its own.
        var scratch = _scratch ?? new Scratch();
        _scratch = null;
        DataValue? root;
        try
        {
            root = new Reader(file, text, content, utf8, document, scratch, diagnostics, cancellationToken).ReadDocument();
        }
        finally
        {
            scratch.Release();
            _scratch = scratch;
        }

        if (root is not { } value)
        {
            return ParsedDataFile.Read(file, document, records, diagnostics);
        }

        if (file.Kind == DataFileKind.JsonArray)
        {
            if (value.Kind != DataValueKind.Array)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnexpectedJsonShape,
                    value.Location,
                    file.DisplayPath,
                    $"holds {ValueDescriptions.Of(value.Kind)}, but a collection file directly in the data folder must hold an array of objects, one per record. Wrap the value in [ ], or move the file into a folder named after its collection."));
                return ParsedDataFile.Read(file, document, records, diagnostics);
            }

            CollectionItems.Read(file, value, records, diagnostics, static kind => $"has {ValueDescriptions.Of(kind)} where a record (an object) was expected. Every element of a collection array must be an object.");
        }
        else if (value.Kind != DataValueKind.Object)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedJsonShape,
                value.Location,
                file.DisplayPath,
                $"holds {ValueDescriptions.Of(value.Kind)}, but a file inside a collection folder must hold one object: the record. To keep several records in one file, move it up to the data folder as an array."));
        }
        else
        {
            records.Add(new DataRecord(WithoutSchemaKey(value), value.Location.Line));
        }

        return ParsedDataFile.Read(file, document, records, diagnostics);
    }

    /// <summary>The key a one-record file may carry to name its JSON Schema for editors (`dossier schema`).</summary>
    internal const string SchemaKey = "$schema";

    /// <summary>A one-record file's object without its top-level <c>$schema</c> key: it tells editors which schema to use, and is not data.</summary>
    internal static DataValue WithoutSchemaKey(DataValue record)
    {
        var properties = record.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Key == SchemaKey)
            {
                var kept = new List<DataProperty>(properties.Count - 1);
                foreach (var property in properties)
                {
                    if (property.Key != SchemaKey)
                    {
                        kept.Add(property);
                    }
                }

                return record.Document.Object(kept, record.Span);
            }
        }

        return record;
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>The bytes this thread's scratch holds between parses, roughly (element sizes estimated); never more than <see cref="ScratchBytesBound"/>.</summary>
    internal static long ScratchBytesHeld() => _scratch?.BytesHeld() ?? 0;

    /// <summary>The most a thread's scratch holds between parses, whatever the files were.</summary>
    internal const long ScratchBytesBound = Scratch.MaxBytesHeld;

    /// <summary>
    /// Lists and keys that the reader reuses, kept from one file to the next on a thread: a
    /// collection of one-record files parses thousands of small files, each of which would
    /// otherwise grow its own lists from empty and decode its keys again.
    /// </summary>
    private sealed class Scratch
    {
        // Lists per depth, reused from one object (or array) to the next: records are many and
        // alike, and a list per object would be allocated and grown again for every record.
        // Objects nest, so each depth has its own.
        public readonly List<DataProperty>?[] Properties = new List<DataProperty>?[MaxDepth + 2];
        public readonly List<DataValue>?[] Items = new List<DataValue>?[MaxDepth + 2];

        // Keys per depth and position: an object's key is usually the one at the same place in
        // the previous object of that depth (in this file or the last), so its string is reused
        // rather than decoded again, and later steps meet the same string instance for a key.
        public readonly (byte[] Utf8, string Key)[]?[] Keys = new (byte[], string)[]?[MaxDepth + 2];

        /// <summary>The positions of each depth whose keys are kept.</summary>
        public const int CachedPositions = 32;

        /// <summary>Longer keys are not kept: a file's one huge key would stay in memory for as long as the thread lives.</summary>
        public const int MaxCachedKeyBytes = 256;

        /// <summary>The capacity a list keeps for the next file; a larger one (a whole collection's array) is dropped.</summary>
        public const int KeptCapacity = 1024;

        // Estimated sizes: a property is a key and a value (a reference and an index) and a span; a value is a reference and an index.
        private const int PropertyBytes = 40;
        private const int ValueBytes = 16;

        /// <summary>The most the scratch holds between parses, whatever the files were: every depth's lists at their kept capacity and every key slot full.</summary>
        public const long MaxBytesHeld = (long)(MaxDepth + 2) * ((KeptCapacity * (PropertyBytes + ValueBytes)) + (CachedPositions * (MaxCachedKeyBytes * 3L)));

        public long BytesHeld()
        {
            long bytes = 0;
            for (var depth = 0; depth < Properties.Length; depth++)
            {
                bytes += (Properties[depth]?.Capacity ?? 0) * (long)PropertyBytes;
                bytes += (Items[depth]?.Capacity ?? 0) * (long)ValueBytes;
                foreach (var (utf8, key) in Keys[depth] ?? System.Array.Empty<(byte[], string)>())
                {
                    bytes += (utf8?.Length ?? 0) + (2L * (key?.Length ?? 0));
                }
            }

            return bytes;
        }

        /// <summary>
        /// Empties the lists, so that a thread holds no values of a file once its parse is over.
        /// Small lists keep their capacity for the next file; a large one (a whole collection's
        /// array) is dropped, so that a long-lived compiler process does not keep it per thread.
        /// </summary>
        public void Release()
        {
            for (var depth = 0; depth < Properties.Length; depth++)
            {
                Release(ref Properties[depth]);
                Release(ref Items[depth]);
            }

            static void Release<T>(ref List<T>? list)
            {
                if (list?.Capacity > KeptCapacity)
                {
                    list = null;
                }
                else
                {
                    list?.Clear();
                }
            }
        }
    }

    /// <summary>The reader state for one file; a class so that the recursive descent can share it.</summary>
    private sealed class Reader
    {
        private readonly DataFileInfo _file;
        private readonly SourceText _text;
        private readonly byte[] _utf8;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Utf8OffsetMap _offsets;
        private readonly DataDocument _document;
        private bool _failed;

        private readonly List<DataProperty>?[] _properties;
        private readonly List<DataValue>?[] _items;
        private readonly (byte[] Utf8, string Key)[]?[] _keys;

        public Reader(DataFileInfo file, SourceText text, string content, byte[] utf8, DataDocument document, Scratch scratch, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _document = document;
            _properties = scratch.Properties;
            _items = scratch.Items;
            _keys = scratch.Keys;
            _file = file;
            _text = text;
            _utf8 = utf8;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _offsets = new Utf8OffsetMap(content, utf8.Length);
        }

        public DataValue? ReadDocument()
        {
            // The reader's own limit sits one above ours, so that our check (with its clearer
            // message) always fires first.
            var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
            try
            {
                if (!reader.Read())
                {
                    ReportInvalid(0, 0, "the file holds no JSON value");
                    return null;
                }

                var value = ReadValue(ref reader, depth: 0);
                if (_failed)
                {
                    return null;
                }

                if (reader.Read())
                {
                    ReportInvalid(reader.TokenStartIndex, 1, "there is more text after the end of the JSON value");
                    return null;
                }

                return value;
            }
            catch (JsonException exception)
            {
                var line = exception.LineNumber ?? 0;
                var offset = Utf8OffsetMap.LineStartByteOffset(_utf8, line) + (exception.BytePositionInLine ?? 0);
                ReportInvalid(offset, 1, CleanMessage(exception.Message));
                return null;
            }
        }

        private DataValue? ReadValue(ref Utf8JsonReader reader, int depth)
        {
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return CheckDepth(start, depth) ? ReadObject(ref reader, depth + 1) : null;
                case JsonTokenType.StartArray:
                    return CheckDepth(start, depth) ? ReadArray(ref reader, depth + 1) : null;
                case JsonTokenType.String when !reader.ValueIsEscaped:
                    // One segment over _utf8: the string's bytes follow its opening quote, and are
                    // decoded when the value is read (valid UTF-8: they were encoded from a string).
                    return _document.Utf8Scalar(DataValueKind.String, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, TokenSpan(ref reader));
                case JsonTokenType.String:
                    var text = ReadString(ref reader);
                    return text is null ? null : _document.Scalar(DataValueKind.String, text, TokenSpan(ref reader));
                case JsonTokenType.Number:
                    // A number's bytes are ASCII and never escaped.
                    return _document.Utf8Scalar(DataValueKind.Number, (int)reader.TokenStartIndex, reader.ValueSpan.Length, TokenSpan(ref reader));
                case JsonTokenType.True:
                    return _document.Scalar(DataValueKind.Boolean, "true", TokenSpan(ref reader));
                case JsonTokenType.False:
                    return _document.Scalar(DataValueKind.Boolean, "false", TokenSpan(ref reader));
                case JsonTokenType.Null:
                    return _document.Scalar(DataValueKind.Null, null, TokenSpan(ref reader));
                default:
                    ReportInvalid(start, 1, $"unexpected token {reader.TokenType}");
                    return null;
            }
        }

        private bool CheckDepth(long start, int depth)
        {
            if (depth < MaxDepth)
            {
                return true;
            }

            Report(DiagnosticDescriptors.NestingTooDeep, start, 1, _file.DisplayPath, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }

        private DataValue? ReadObject(ref Utf8JsonReader reader, int depth)
        {
            // Offsets are mapped as the reader meets them, in increasing order: mapping the start
            // only at the end would walk the file again from its beginning for every object.
            var start = _offsets.ToCharOffset(reader.TokenStartIndex);
            var properties = _properties[depth] ??= new List<DataProperty>();
            properties.Clear();
            // Duplicate keys: see DuplicateKeys.
            HashSet<string>? seen = null;
            var position = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var keySpan = TokenSpan(ref reader);
                var key = ReadKey(ref reader, depth, position++);
                if (key is null || !reader.Read())
                {
                    return null;
                }

                var value = ReadValue(ref reader, depth);
                if (value is null)
                {
                    return null;
                }

                if (!DuplicateKeys.IsFirst(key, properties, ref seen))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, _document.Location(keySpan), key, _file.DisplayPath));
                    continue;
                }

                properties.Add(new DataProperty(key, value.Value, keySpan));
            }

            return _document.Object(properties, CharSpan(start, _offsets.ToCharOffset(reader.BytesConsumed)));
        }

        private DataValue? ReadArray(ref Utf8JsonReader reader, int depth)
        {
            var start = _offsets.ToCharOffset(reader.TokenStartIndex);
            var items = _items[depth] ??= new List<DataValue>();
            items.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var item = ReadValue(ref reader, depth);
                if (item is null)
                {
                    return null;
                }

                items.Add(item.Value);
            }

            return _document.Array(items, CharSpan(start, _offsets.ToCharOffset(reader.BytesConsumed)));
        }

        /// <summary>A property's key, the same string as the previous object's key at this depth and position when the bytes are the same.</summary>
        private string? ReadKey(ref Utf8JsonReader reader, int depth, int position)
        {
            if (reader.ValueIsEscaped || position >= Scratch.CachedPositions || reader.ValueSpan.Length > Scratch.MaxCachedKeyBytes)
            {
                return ReadString(ref reader);
            }

            var keys = _keys[depth] ??= new (byte[] Utf8, string Key)[Scratch.CachedPositions];
            var cached = keys[position];
            if (cached.Utf8 is not null && reader.ValueSpan.SequenceEqual(cached.Utf8))
            {
                return cached.Key;
            }

            var key = ReadString(ref reader);
            if (key is not null)
            {
                keys[position] = (reader.ValueSpan.ToArray(), key);
            }

            return key;
        }

        private string? ReadString(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException exception)
            {
                // An escape such as \uD800 that decodes to a lone surrogate cannot be held in a
                // valid string; System.Text.Json refuses it, and so do we.
                Report(DiagnosticDescriptors.InvalidString, reader.TokenStartIndex, (int)(reader.BytesConsumed - reader.TokenStartIndex), _file.DisplayPath, CleanMessage(exception.Message));
                return null;
            }
        }

        private TextSpan TokenSpan(ref Utf8JsonReader reader) =>
            CharSpan(_offsets.ToCharOffset(reader.TokenStartIndex), _offsets.ToCharOffset(reader.BytesConsumed));

        private TextSpan CharSpan(int start, int end) => _document.Span(start, end - start);

        private void ReportInvalid(long byteOffset, int length, string reason) =>
            Report(DiagnosticDescriptors.InvalidJson, byteOffset, length, _file.DisplayPath, reason);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, long byteOffset, int length, params string[] args)
        {
            _failed = true;
            var start = _offsets.ToCharOffset(byteOffset);
            var end = _offsets.ToCharOffset(byteOffset + length);
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.At(_file.FilePath, _text, start, end - start), args));
        }

        private static string CleanMessage(string message)
        {
            // System.Text.Json appends its own (0-based, byte-counted) position; ours is in the location.
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            }

            var result = (cut < 0 ? message : message.Substring(0, cut)).Trim();

            // The reader quotes the offending text, which may hold line breaks: a diagnostic is one line.
            result = result.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
            return result.TrimEnd('.');
        }
    }
}
