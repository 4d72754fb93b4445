using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Emission;

/// <summary>
/// Writes a collection's records as data: their values as UTF-8 text compiled into the assembly's
/// data section, and small reader methods that build the records from it on first access.
/// </summary>
/// <remarks>
/// <para>
/// Why data and not code. Records written as object initializers (one statement per record, in
/// chunked methods) compile to IL whose size, compile time and start-up JIT time all grow with
/// the data: 10,000 flat records took 12 s to compile and their first access JIT-compiled
/// megabytes of straight-line IL, slower than deserializing the same JSON at run time; and every
/// string literal went to the metadata's user-string heap, which the compiler caps at 16 MB
/// (CS8103), a limit that 100,000 markdown records exceed.
/// </para>
/// <para>
/// Here the values go into <c>"""..."""u8</c> literals instead: the compiler stores those bytes
/// as-is in the data section (no user-string heap, no IL per value). Compiling them still costs
/// time in proportion to the bytes (the compiler lowers a UTF-8 literal byte by byte before it
/// writes the blob: about 0.3 µs a byte on the benchmark machine, 4 s for 100,000 flat records),
/// but far less than the same records cost as code (10,000 flat records, measured alike: 12 s
/// as object initializers, 2 s as data), and the text is about the size of the JSON it came from.
/// The code is the same few methods whatever the size: a reader per record type (an object
/// initializer whose values come from <c>global::Dossier.CompiledDataReader</c>, in property
/// order) and one call per block of data, so no method nears the JIT's limit for optimised code
/// and nothing nests deeper than the data does. Start-up decodes the text (UTF-8 to strings,
/// invariant number parsing) without JIT-compiling anything in proportion to the data: two to
/// four times faster than System.Text.Json's source-generated deserializer over the same JSON,
/// with about half its allocations or less (docs/performance.md).
/// </para>
/// <para>
/// The text stays readable and reviewable: one line per record, values in property order
/// separated by <c>|</c>, a comment above each block naming the values. See
/// <c>CompiledDataReader</c> for the format. It is derived from the values' C# literals (the
/// model's <see cref="ValueSpec.Literal"/>), so inference needs no second representation. Each
/// data file's lines are written when that file is bound (<see cref="TryWriteRecord"/>), so an
/// edit re-writes one file's lines; a literal that has no data form is an error (DOS100), so a
/// new kind of value is never emitted wrongly.
/// </para>
/// </remarks>
internal static class DataEmitter
{
    /// <summary>
    /// Records per data literal. Small, so that an edit re-emits a small block (each block of a
    /// collection with several is a source file of its own).
    /// </summary>
    internal const int MaxRecordsPerBlock = 128;

    /// <summary>
    /// Characters per data literal (unless one record is longer): the block's text then stays
    /// below the large-object heap's threshold (85,000 bytes), whose allocations are collected
    /// only with the whole heap, a cost an editor would pay on every keystroke.
    /// </summary>
    internal const int MaxCharsPerBlock = 32 * 1024;

    /// <summary>Calls to <c>Read</c> per method: keeps <c>Create</c> far below the JIT's limit for optimised code at any size.</summary>
    internal const int MaxCallsPerMethod = 500;

    private const string Reader = "global::Dossier.CompiledDataReader";
    private const string SectionType = "global::Dossier.MarkdownSection";

    /// <summary>A collection's lines of data, in blocks of at most <see cref="MaxRecordsPerBlock"/> records and (unless one record is longer) <see cref="MaxCharsPerBlock"/> characters.</summary>
    public static EquatableArray<DataBlockSpec> Blocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<DataBlockSpec>();
        var start = 0;
        var chars = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > start && (i - start >= MaxRecordsPerBlock || chars + lines[i].Length > MaxCharsPerBlock))
            {
                blocks.Add(Block(blocks.Count, lines, start, i));
                start = i;
                chars = 0;
            }

            chars += lines[i].Length + 1;
        }

        if (lines.Count > start)
        {
            blocks.Add(Block(blocks.Count, lines, start, lines.Count));
        }

        return blocks.ToEquatableArray();
    }

    private static DataBlockSpec Block(int index, IReadOnlyList<string> lines, int start, int end)
    {
        var block = new string[end - start];
        for (var i = start; i < end; i++)
        {
            block[i - start] = lines[i];
        }

        return new DataBlockSpec(index, start, new EquatableArray<string>(block));
    }

    /// <summary>The holder class is split across files when its blocks are.</summary>
    public static bool IsSplit(CollectionOutput output) => output.InlineBlock is null && output.BlockSizes.Count > 0;

    /// <summary>Writes <c>Create</c>, the readers and (when it has only one) the data, inside the collection's holder class.</summary>
    public static void Write(SourceWriter writer, CollectionOutput output, string recordType)
    {
        var collection = output.Spec;
        var root = collection.Types[0];
        var sizes = output.BlockSizes;
        writer.OpenBlock($"private static global::Dossier.RecordSet<{recordType}> Create()");
        writer.WriteLine($"var records = new {recordType}[{Number(output.Count)}];");
        if (sizes.Count <= MaxCallsPerMethod)
        {
            WriteReadCalls(writer, sizes, 0, sizes.Count);
        }
        else
        {
            for (var group = 0; group * MaxCallsPerMethod < sizes.Count; group++)
            {
                writer.WriteLine($"ReadBlocks{Number(group)}(records);");
            }
        }

        writer.WriteLine($"return global::Dossier.RecordSet<{recordType}>.FromTrustedArray({SymbolDisplay.FormatLiteral(collection.Name, quote: true)}, records);");
        writer.CloseBlock();

        if (sizes.Count == 0)
        {
            return; // no records, nothing to read
        }

        if (sizes.Count > MaxCallsPerMethod)
        {
            for (var group = 0; group * MaxCallsPerMethod < sizes.Count; group++)
            {
                writer.WriteLine();
                writer.OpenBlock($"private static void ReadBlocks{Number(group)}({recordType}[] records)");
                WriteReadCalls(writer, sizes, group * MaxCallsPerMethod, System.Math.Min(sizes.Count, (group + 1) * MaxCallsPerMethod));
                writer.CloseBlock();
            }
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Reads the records from <paramref name=\"start\"/> up to <paramref name=\"end\"/> from one block of data.</summary>");
        writer.OpenBlock($"private static void Read(global::System.ReadOnlySpan<byte> data, {recordType}[] records, int start, int end)");
        writer.WriteLine($"var reader = new {Reader}(data);");
        writer.OpenBlock("for (var i = start; i < end; i++)");
        writer.WriteLine($"records[i] = {ReaderName(root.Name)}(ref reader);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("reader.EndData();");
        writer.CloseBlock();

        foreach (var type in collection.Types)
        {
            writer.WriteLine();
            WriteReader(writer, collection, type);
        }

        if (output.InlineBlock is { } block)
        {
            writer.WriteLine();
            WriteBlock(writer, RootLayout(collection), block);
        }
    }

    private static void WriteReadCalls(SourceWriter writer, EquatableArray<int> sizes, int from, int to)
    {
        var start = 0;
        for (var i = 0; i < to; i++)
        {
            if (i >= from)
            {
                writer.WriteLine($"Read(Data{Number(i)}, records, {Number(start)}, {Number(start + sizes[i])});");
            }

            start += sizes[i];
        }
    }

    /// <summary>One block of data as a source file of its own: a part of the collection's holder class.</summary>
    public static string EmitBlock(DataBlockOutput output)
    {
        var writer = new SourceWriter();
        CollectionEmitter.EmitFileHeader(writer);
        if (output.Namespace.Length > 0)
        {
            writer.OpenBlock("namespace " + output.Namespace);
        }

        writer.OpenBlock("static partial class " + output.ClassName);
        writer.OpenBlock("private static partial class " + CollectionEmitter.HolderName(output.PropertyName));
        WriteBlock(writer, output.Layout, output.Block);
        writer.CloseBlock();
        writer.CloseBlock();
        if (output.Namespace.Length > 0)
        {
            writer.CloseBlock();
        }

        return writer.ToString();
    }

    /// <summary>The hint name of a block's own source file.</summary>
    public static string BlockHintName(DataBlockOutput output) =>
        output.ClassName + "." + output.PropertyName + ".Data" + Number(output.Block.Index) + ".g.cs";

    private static void WriteBlock(SourceWriter writer, string layout, DataBlockSpec block)
    {
        writer.WriteLine("// One record per line: " + layout);
        var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(block.Lines) + 1));
        writer.WriteLine($"private static global::System.ReadOnlySpan<byte> Data{Number(block.Index)} => {quotes}");
        foreach (var text in block.Lines)
        {
            writer.WriteLine(text);
        }

        writer.WriteLine(quotes + "u8;");
    }

    /// <summary>The longest run of <c>"</c> in the lines, so that the raw literal's delimiter is longer.</summary>
    private static int LongestQuoteRun(EquatableArray<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == '"' ? run + 1 : 0;
                longest = run > longest ? run : longest;
            }
        }

        return longest;
    }

    private static void WriteReader(SourceWriter writer, CollectionSpec collection, RecordTypeSpec type)
    {
        var name = TypeSpec.Qualify(collection.TypesNamespace, type.Name);
        writer.OpenBlock($"private static {name} {ReaderName(type.Name)}(ref {Reader} reader)");
        if (!type.IsRoot)
        {
            writer.WriteLine("reader.Open();");
        }

        writer.WriteLine("var record = new " + name);
        writer.OpenBlock();
        if (type.IsRoot)
        {
            writer.WriteLine("Id = reader.String(),");
            writer.WriteLine("Source = reader.Source(),");
        }

        foreach (var property in type.Properties)
        {
            writer.WriteLine(property.Name + " = " + ReadExpression(collection, property.Type, "reader", 1) + ",");
        }

        writer.CloseBlock(";");
        writer.WriteLine(type.IsRoot ? "reader.EndRecord();" : "reader.Close();");
        writer.WriteLine("return record;");
        writer.CloseBlock();
    }

    /// <summary>The expression that reads a value of <paramref name="type"/> from the reader named <paramref name="reader"/>.</summary>
    private static string ReadExpression(CollectionSpec collection, TypeSpec type, string reader, int depth)
    {
        string value;
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                value = reader + ".Boolean()";
                break;
            case TypeKind.Int32:
                value = reader + ".Int32()";
                break;
            case TypeKind.Int64:
                value = reader + ".Int64()";
                break;
            case TypeKind.Decimal:
                value = reader + ".Decimal()";
                break;
            case TypeKind.Double:
                value = reader + ".Double()";
                break;
            case TypeKind.DateOnly:
                value = reader + ".DateOnly()";
                break;
            case TypeKind.DateTimeOffset:
                value = reader + ".DateTimeOffset()";
                break;
            case TypeKind.Enum:
                value = $"{reader}.Enum<{type.RecordName}>()";
                break;
            case TypeKind.Record:
                value = $"{ReaderName(type.RecordName!)}(ref {reader})";
                break;
            case TypeKind.Sections:
                var r = "r" + Number(depth);
                value = $"{reader}.List<{SectionType}>(static (ref {Reader} {r}) => new {SectionType}({r}.String(), {r}.Int32(), {r}.String()))";
                break;
            case TypeKind.List:
                var element = type.Element!;
                var elementType = element.ToDisplay(collection.TypesNamespace);
                if (element.Kind == TypeKind.Record && !element.IsNullable)
                {
                    value = $"{reader}.List<{elementType}>({ReaderName(element.RecordName!)})";
                }
                else
                {
                    var item = "r" + Number(depth);
                    value = $"{reader}.List<{elementType}>(static (ref {Reader} {item}) => {ReadExpression(collection, element, item, depth + 1)})";
                }

                break;
            default:
                value = reader + ".String()";
                break;
        }

        return type.IsNullable ? $"{reader}.IsNull() ? null : {value}" : value;
    }

    /// <summary>Names the values of a line, for the comment above each block: <c>Id|Source|Venue{City|Country?}|Topics[n]</c>.</summary>
    public static string RootLayout(CollectionSpec collection)
    {
        var root = collection.Types[0];
        var builder = new StringBuilder("Id|Source");
        foreach (var property in root.Properties)
        {
            builder.Append('|').Append(property.Name);
            Layout(builder, collection, property.Type, 0);
        }

        return builder.ToString();
    }

    private static void Layout(StringBuilder builder, CollectionSpec collection, TypeSpec type, int depth)
    {
        if (type.IsNullable)
        {
            builder.Append('?');
        }

        if (depth > 16)
        {
            builder.Append("...");
            return;
        }

        switch (type.Kind)
        {
            case TypeKind.Record:
                builder.Append('{');
                var first = true;
                foreach (var property in FindType(collection, type.RecordName!).Properties)
                {
                    builder.Append(first ? string.Empty : "|").Append(property.Name);
                    Layout(builder, collection, property.Type, depth + 1);
                    first = false;
                }

                builder.Append('}');
                break;
            case TypeKind.List:
                builder.Append("[n]");
                Layout(builder, collection, type.Element!, depth + 1);
                break;
            case TypeKind.Sections:
                builder.Append("[n]{Heading|Level|Text}");
                break;
        }
    }

    /// <summary>Writes a root record's line of data, or returns false when some value has no data form.</summary>
    public static bool TryWriteRecord(StringBuilder line, CollectionSpec collection, RecordTypeSpec type, ValueSpec record)
    {
        if (record.RecordName != type.Name || record.Items.Count != type.Properties.Count + 2
            || !LiteralReader.TryString(record.Items[0].Literal, out var id)
            || !TryReadSource(record.Items[1].Literal, out var path, out var lineNumber))
        {
            return false;
        }

        AppendEscaped(line, id);
        line.Append('|');
        AppendEscaped(line, path);
        line.Append(':').Append(lineNumber);
        for (var i = 0; i < type.Properties.Count; i++)
        {
            line.Append('|');
            if (!TryWrite(line, collection, type.Properties[i].Type, record.Items[i + 2], 0))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadSource(string? literal, out string path, out string line)
    {
        path = line = string.Empty;
        var reader = new LiteralReader(literal);
        return reader.Skip("new global::Dossier.SourceLocation(") && reader.String(out path) && reader.Skip(", ")
            && reader.Integer(out line) && reader.Skip(")") && reader.AtEnd;
    }

    /// <summary>Appends a value's data form, or returns false when it has none.</summary>
    private static bool TryWrite(StringBuilder line, CollectionSpec collection, TypeSpec type, ValueSpec value, int depth)
    {
        var literal = value.Literal;
        if (literal == "null")
        {
            line.Append(type.IsNullable ? "\\N" : string.Empty);
            return type.IsNullable;
        }

        if (depth > 64)
        {
            return false;
        }

        var reader = new LiteralReader(literal);
        switch (type.Kind)
        {
            case TypeKind.Boolean when literal is "true" or "false":
                line.Append(literal);
                return true;
            case TypeKind.Int32:
                return Append(line, reader.Integer(out var int32) && reader.AtEnd, int32);
            case TypeKind.Int64:
                return Append(line, reader.Integer(out var int64) && reader.Skip("L") && reader.AtEnd, int64);
            case TypeKind.Decimal:
                return Append(line, reader.Number(out var number) && reader.Skip("m") && reader.AtEnd, number);
            case TypeKind.Double:
                return Append(line, reader.Number(out var real) && reader.Skip("d") && reader.AtEnd, real);
            case TypeKind.String:
                if (!LiteralReader.TryString(literal, out var text))
                {
                    return false;
                }

                AppendEscaped(line, text);
                return true;
            case TypeKind.DateOnly:
                if (!(reader.Skip("new global::System.DateOnly(") && reader.Integer(out var year) && reader.Skip(", ") && reader.Integer(out var month)
                    && reader.Skip(", ") && reader.Integer(out var day) && reader.Skip(")") && reader.AtEnd))
                {
                    return false;
                }

                line.Append(year.PadLeft(4, '0')).Append('-').Append(month.PadLeft(2, '0')).Append('-').Append(day.PadLeft(2, '0'));
                return year.Length <= 4 && month.Length <= 2 && day.Length <= 2;
            case TypeKind.DateTimeOffset:
                if (!(reader.Skip("new global::System.DateTimeOffset(") && reader.Integer(out var ticks) && reader.Skip("L, new global::System.TimeSpan(")
                    && reader.Integer(out var offset) && reader.Skip("L))")
                    && long.TryParse(ticks, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticksValue)
                    && long.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offsetValue)))
                {
                    return false;
                }

                line.Append(new System.DateTimeOffset(ticksValue, new System.TimeSpan(offsetValue)).ToString("o", CultureInfo.InvariantCulture));
                return true;
            case TypeKind.Enum:
                // The member's name as Enum.TryParse reads it: "@class" (a keyword, escaped in C#) is "class".
                var prefix = type.RecordName + ".";
                var member = literal!.StartsWith(prefix, System.StringComparison.Ordinal) ? literal.Substring(prefix.Length) : string.Empty;
                member = member.StartsWith("@", System.StringComparison.Ordinal) ? member.Substring(1) : member;
                if (!SyntaxFacts.IsValidIdentifier(member))
                {
                    return false;
                }

                line.Append(member);
                return true;
            case TypeKind.Record:
                if (value.RecordName is null || value.RecordName != type.RecordName)
                {
                    return false;
                }

                var recordType = FindType(collection, value.RecordName);
                if (recordType.Properties.Count != value.Items.Count)
                {
                    return false;
                }

                line.Append('{');
                for (var i = 0; i < recordType.Properties.Count; i++)
                {
                    line.Append('|');
                    if (!TryWrite(line, collection, recordType.Properties[i].Type, value.Items[i], depth + 1))
                    {
                        return false;
                    }
                }

                line.Append("|}");
                return true;
            case TypeKind.List when literal is null && value.RecordName is null:
                line.Append(Number(value.Items.Count));
                foreach (var item in value.Items)
                {
                    line.Append('|');
                    if (!TryWrite(line, collection, type.Element!, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case TypeKind.Sections:
                return TryWriteSections(line, reader);
            default:
                return false;
        }
    }

    /// <summary>A markdown record's sections: <c>ValueList&lt;MarkdownSection&gt;.Empty</c>, or <c>FromTrustedArray(new MarkdownSection[] { new("Heading", 2, "Text"), })</c>.</summary>
    private static bool TryWriteSections(StringBuilder line, LiteralReader reader)
    {
        const string List = "global::Dossier.ValueList<" + SectionType + ">";
        if (reader.Skip(List + ".Empty"))
        {
            line.Append('0');
            return reader.AtEnd;
        }

        if (!reader.Skip(List + ".FromTrustedArray(new " + SectionType + "[] { "))
        {
            return false;
        }

        var count = 0;
        var items = new StringBuilder();
        while (!reader.Skip("})"))
        {
            if (!(reader.Skip("new(") && reader.String(out var heading) && reader.Skip(", ") && reader.Integer(out var level)
                && reader.Skip(", ") && reader.String(out var text) && reader.Skip("), ")))
            {
                return false;
            }

            items.Append('|');
            AppendEscaped(items, heading);
            items.Append('|').Append(level).Append('|');
            AppendEscaped(items, text);
            count++;
        }

        line.Append(Number(count)).Append(items);
        return count > 0 && reader.AtEnd;
    }

    private static bool Append(StringBuilder line, bool success, string text)
    {
        line.Append(text);
        return success;
    }

    /// <summary>Appends a string with the data format's escapes (see <c>CompiledDataReader</c>).</summary>
    internal static void AppendEscaped(StringBuilder builder, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '\\' => "\\\\",
                '|' => "\\|",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => NeedsUnicodeEscape(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null,
            };
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, start, i - start).Append(escape);
            start = i + 1;
        }

        builder.Append(value, start, value.Length - start);
    }

    /// <summary>
    /// Characters written as <c>\uXXXX</c>: controls, and the line and paragraph separators that
    /// C# counts as line breaks, and invisible format characters (zero-width and bidirectional
    /// marks, which could make the data read differently from what it holds). A fixed list, not
    /// Unicode categories, so that the output is the same whatever Unicode tables the host has.
    /// </summary>
    private static bool NeedsUnicodeEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || (c >= '\uFFF9' && c <= '\uFFFB');

    private static RecordTypeSpec FindType(CollectionSpec collection, string name)
    {
        foreach (var type in collection.Types)
        {
            if (type.Name == name)
            {
                return type;
            }
        }

        throw new KeyNotFoundException(name);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reader method of a record type: <c>ReadMeeting</c> (<c>Readclass</c> for a type named <c>@class</c>).</summary>
    private static string ReaderName(string typeName) => "Read" + typeName.TrimStart('@');
}

/// <summary>
/// Reads back the C# literals that inference binds values to (<c>"text"</c>, <c>-12</c>,
/// <c>43.8m</c>, <c>new global::System.DateOnly(2025, 4, 26)</c>...), for the data form.
/// Only the forms inference writes are accepted; anything else fails, and is reported (DOS100)
/// rather than emitted.
/// </summary>
internal struct LiteralReader(string? text)
{
    private readonly string _text = text ?? string.Empty;
    private int _position;

    public readonly bool AtEnd => _position == _text.Length;

    public bool Skip(string expected)
    {
        if (_position + expected.Length > _text.Length || string.CompareOrdinal(_text, _position, expected, 0, expected.Length) != 0)
        {
            return false;
        }

        _position += expected.Length;
        return true;
    }

    /// <summary>An optionally negative run of digits.</summary>
    public bool Integer(out string value)
    {
        var start = _position;
        if (_position < _text.Length && _text[_position] == '-')
        {
            _position++;
        }

        var digits = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        value = _text.Substring(start, _position - start);
        return _position > digits;
    }

    /// <summary>A number as <c>ToString</c> writes decimals and doubles: digits, point, exponent, sign, and the invariant words for infinities are not accepted.</summary>
    public bool Number(out string value)
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'E' or 'e'))
        {
            _position++;
        }

        value = _text.Substring(start, _position - start);
        return value.Length > 0 && char.IsDigit(value[value.Length - 1]);
    }

    /// <summary>A regular C# string literal, unescaped.</summary>
    public bool String(out string value)
    {
        value = string.Empty;
        if (_position >= _text.Length || _text[_position] != '"')
        {
            return false;
        }

        var builder = (StringBuilder?)null;
        var start = ++_position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                value = builder is null ? _text.Substring(start, _position - start) : builder.Append(_text, start, _position - start).ToString();
                _position++;
                return true;
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, start, _position - start);
            if (_position + 1 >= _text.Length || !Unescape(builder))
            {
                return false;
            }

            start = _position;
        }

        return false;
    }

    /// <summary>A whole literal that is one C# string.</summary>
    public static bool TryString(string? literal, out string value)
    {
        var reader = new LiteralReader(literal);
        return reader.String(out value) & reader.AtEnd;
    }

    private bool Unescape(StringBuilder builder)
    {
        var escape = _text[_position + 1];
        _position += 2;
        switch (escape)
        {
            case '\'':
            case '"':
            case '\\':
                builder.Append(escape);
                return true;
            case '0':
                builder.Append('\0');
                return true;
            case 'a':
                builder.Append('\a');
                return true;
            case 'b':
                builder.Append('\b');
                return true;
            case 'f':
                builder.Append('\f');
                return true;
            case 'n':
                builder.Append('\n');
                return true;
            case 'r':
                builder.Append('\r');
                return true;
            case 't':
                builder.Append('\t');
                return true;
            case 'v':
                builder.Append('\v');
                return true;
            case 'u':
                return Hex(builder, 4);
            case 'U':
                return Hex(builder, 8);
            default:
                return false;
        }
    }

    private bool Hex(StringBuilder builder, int digits)
    {
        if (_position + digits > _text.Length
            || !uint.TryParse(_text.Substring(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            return false;
        }

        _position += digits;
        if (code < 0x10000)
        {
            builder.Append((char)code);
        }
        else
        {
            code -= 0x10000;
            builder.Append((char)(0xD800 + (code >> 10))).Append((char)(0xDC00 + (code & 0x3FF)));
        }

        return true;
    }
}
