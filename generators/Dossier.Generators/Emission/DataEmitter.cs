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
/// Data and not code: records written as object initializers compile to IL whose size, compile
/// time and first-access JIT time grow with the data, and put every string on the metadata's
/// user-string heap, which the compiler caps (CS8103). A <c>"""..."""u8</c> literal is stored
/// as-is in the data section, with no IL per value and no user string. The code is then the same
/// few methods whatever the size: a reader per record type (an object initializer whose values
/// come from <c>global::Dossier.CompiledDataReader</c>, in property order) and one call per block
/// of data, so no method nears the JIT's limit for optimised code and nothing nests deeper than
/// the data does. docs/architecture.md gives the measurements behind this choice.
/// </para>
/// <para>
/// The text stays readable and reviewable: one line per record, a comment above each block
/// naming the values. The format and the cut into blocks are <see cref="CompiledDataWriter"/>'s;
/// each data file's lines are written when that file is bound, so this class only places them.
/// </para>
/// </remarks>
internal static class DataEmitter
{
    /// <summary>Calls to <c>Read</c> per method: keeps <c>Create</c> far below the JIT's limit for optimised code at any size.</summary>
    internal const int MaxCallsPerMethod = 500;

    private const string Reader = "global::Dossier.CompiledDataReader";
    private const string SectionType = "global::Dossier.MarkdownSection";

    /// <summary>
    /// Names a collection's blocks and places them in slots, one source file per slot. A block's
    /// slot comes from its key (a hash of its first record's id), among a number of slots that
    /// depends only on how many blocks there are (a power of two, at least twice as many): adding
    /// a block changes its own slot, not the others'. A block is named after its slot and its
    /// place among the slot's blocks (<c>Data5_0</c>); the only block of a collection is <c>Data0</c>.
    /// </summary>
    public static EquatableArray<DataBlockRef> Place(EquatableArray<DataBlockSpec> blocks)
    {
        if (blocks.Count == 1)
        {
            return new EquatableArray<DataBlockRef>(new[] { new DataBlockRef("Data0", blocks[0].Lines.Count, 0) });
        }

        var slotCount = SlotCount(blocks.Count);
        var taken = new int[slotCount];
        var refs = new DataBlockRef[blocks.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            var slot = (int)(blocks[i].Key & (uint)(slotCount - 1));
            refs[i] = new DataBlockRef("Data" + Number(slot) + "_" + Number(taken[slot]++), blocks[i].Lines.Count, slot);
        }

        return new EquatableArray<DataBlockRef>(refs);
    }

    /// <summary>The least power of two that is at least twice <paramref name="blocks"/>.</summary>
    internal static int SlotCount(int blocks)
    {
        var count = 1;
        while (count < blocks * 2)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>A collection's blocks in their slots: one output per slot, empty slots included.</summary>
    public static System.Collections.Immutable.ImmutableArray<DataSlotOutput> Slots(DataBlockSet set)
    {
        var refs = Place(set.Blocks);
        var slotCount = SlotCount(set.Blocks.Count);
        var bySlot = new List<NamedDataBlock>?[slotCount];
        for (var i = 0; i < refs.Count; i++)
        {
            (bySlot[refs[i].Slot] ??= new List<NamedDataBlock>()).Add(new NamedDataBlock(refs[i].Name, set.Blocks[i].Lines));
        }

        var outputs = System.Collections.Immutable.ImmutableArray.CreateBuilder<DataSlotOutput>(slotCount);
        for (var slot = 0; slot < slotCount; slot++)
        {
            var blocks = bySlot[slot] is { } list ? list.ToEquatableArray() : EquatableArray<NamedDataBlock>.Empty;
            outputs.Add(new DataSlotOutput(set.Namespace, set.ClassName, set.PropertyName, set.Layout, slot, blocks));
        }

        return outputs.MoveToImmutable();
    }

    /// <summary>The holder class is split across files when its blocks are.</summary>
    public static bool IsSplit(CollectionOutput output) => output.InlineBlock is null && output.Blocks.Count > 0;

    /// <summary>Writes <c>Create</c>, the readers and (when it has only one) the data, inside the collection's holder class.</summary>
    public static void Write(SourceWriter writer, CollectionOutput output, string recordType)
    {
        var collection = output.Spec;
        var root = collection.Types[0];
        var blocks = output.Blocks;
        writer.OpenBlock($"private static {UniqueKeyEmitter.SetType(collection, recordType)} Create()");
        writer.WriteLine($"var records = new {recordType}[{Number(output.Count)}];");
        if (blocks.Count <= MaxCallsPerMethod)
        {
            WriteReadCalls(writer, blocks, 0, blocks.Count);
        }
        else
        {
            for (var group = 0; group * MaxCallsPerMethod < blocks.Count; group++)
            {
                writer.WriteLine($"ReadBlocks{Number(group)}(records);");
            }
        }

        writer.WriteLine($"return {UniqueKeyEmitter.NewSet(collection, recordType)};");
        writer.CloseBlock();

        if (blocks.Count == 0)
        {
            return; // no records, nothing to read
        }

        if (blocks.Count > MaxCallsPerMethod)
        {
            for (var group = 0; group * MaxCallsPerMethod < blocks.Count; group++)
            {
                writer.WriteLine();
                writer.OpenBlock($"private static void ReadBlocks{Number(group)}({recordType}[] records)");
                WriteReadCalls(writer, blocks, group * MaxCallsPerMethod, System.Math.Min(blocks.Count, (group + 1) * MaxCallsPerMethod));
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
            WriteBlock(writer, RootLayout(collection), output.Blocks[0].Name, block.Lines);
        }
    }

    private static void WriteReadCalls(SourceWriter writer, EquatableArray<DataBlockRef> blocks, int from, int to)
    {
        var start = 0;
        for (var i = 0; i < to; i++)
        {
            if (i >= from)
            {
                writer.WriteLine($"Read({blocks[i].Name}, records, {Number(start)}, {Number(start + blocks[i].Count)});");
            }

            start += blocks[i].Count;
        }
    }

    /// <summary>The blocks of one slot as a source file of their own: a part of the collection's holder class.</summary>
    public static string EmitSlot(DataSlotOutput output)
    {
        var writer = new SourceWriter();
        CollectionEmitter.EmitFileHeader(writer);
        if (output.Namespace.Length > 0)
        {
            writer.OpenBlock("namespace " + output.Namespace);
        }

        writer.OpenBlock("static partial class " + output.ClassName);
        writer.OpenBlock("private static partial class " + CollectionEmitter.HolderName(output.PropertyName));
        for (var i = 0; i < output.Blocks.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            WriteBlock(writer, output.Layout, output.Blocks[i].Name, output.Blocks[i].Lines);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        if (output.Namespace.Length > 0)
        {
            writer.CloseBlock();
        }

        return writer.ToString();
    }

    /// <summary>The hint name of a slot's source file.</summary>
    public static string SlotHintName(DataSlotOutput output) =>
        output.ClassName + "." + output.PropertyName + ".Data" + Number(output.Slot) + ".g.cs";

    private static void WriteBlock(SourceWriter writer, string layout, string name, EquatableArray<string> lines)
    {
        writer.WriteLine("// One record per line: " + layout);
        var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(lines) + 1));
        writer.WriteLine($"private static global::System.ReadOnlySpan<byte> {name} => {quotes}");
        foreach (var text in lines)
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
            case DataTypeKind.Boolean:
                value = reader + ".Boolean()";
                break;
            case DataTypeKind.Int32:
                value = reader + ".Int32()";
                break;
            case DataTypeKind.Int64:
                value = reader + ".Int64()";
                break;
            case DataTypeKind.Decimal:
                value = reader + ".Decimal()";
                break;
            case DataTypeKind.Double:
                value = reader + ".Double()";
                break;
            case DataTypeKind.DateOnly:
                value = reader + ".DateOnly()";
                break;
            case DataTypeKind.DateTimeOffset:
                value = reader + ".DateTimeOffset()";
                break;
            case DataTypeKind.Enum:
                value = $"{reader}.Enum<{type.RecordName}>()";
                break;
            case DataTypeKind.Record:
                value = $"{ReaderName(type.RecordName!)}(ref {reader})";
                break;
            case DataTypeKind.Sections:
                var r = "r" + Number(depth);
                value = $"{reader}.List<{SectionType}>(static (ref {Reader} {r}) => new {SectionType}({r}.String(), {r}.Int32(), {r}.String()))";
                break;
            case DataTypeKind.List:
                var element = type.Element!;
                var elementType = element.ToDisplay(collection.TypesNamespace);
                if (element.Kind == DataTypeKind.Record && !element.IsNullable)
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
            case DataTypeKind.Record:
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
            case DataTypeKind.List:
                builder.Append("[n]");
                Layout(builder, collection, type.Element!, depth + 1);
                break;
            case DataTypeKind.Sections:
                builder.Append("[n]{Heading|Level|Text}");
                break;
        }
    }

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
