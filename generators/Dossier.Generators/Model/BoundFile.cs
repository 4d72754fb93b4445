using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// One data file's records bound to its collection's schema: each record as a line of compiled
/// data (see <c>Emission/CompiledDataWriter.cs</c>), with the ids it refers to and what did not fit.
/// Computed per file against its collection's binding schema, so that an edit re-binds the files it touched.
/// </summary>
/// <param name="Collection">The collection's name on disk.</param>
/// <param name="DisplayPath">The file's display path, which orders records within the collection.</param>
/// <param name="Lines">One line of data per record, in file order.</param>
/// <param name="Uses">The ids its references name, checked once every collection's ids are known.</param>
/// <param name="Fits">For each property declared in C#, how its values fitted the declared type.</param>
/// <param name="Keys">The values of its records' unique keys, checked once every file of the collection is bound.</param>
/// <param name="HasErrors">The file, or a value in it, is in error: the collection gets no records.</param>
internal sealed record BoundFile(
    string Collection,
    string DisplayPath,
    EquatableArray<string> Lines,
    EquatableArray<ReferenceUse> Uses,
    EquatableArray<DeclaredFit> Fits,
    EquatableArray<UniqueKeyUse> Keys,
    bool HasErrors,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A file whose binding failed (a bug of ours): no records, and the error.</summary>
    public static BoundFile Failed(DataFileInfo file, DiagnosticInfo failure) =>
        new(file.Collection, file.DisplayPath, EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, EquatableArray<DeclaredFit>.Empty, EquatableArray<UniqueKeyUse>.Empty, true, new EquatableArray<DiagnosticInfo>(new[] { failure }));
}

/// <summary>An id that a record uses to refer to another collection's record, with where it is written.</summary>
/// <param name="TargetKeyProperty">For a reference by a unique key, the target's property that holds it, and <paramref name="Id"/> is a value of it; null for an id.</param>
internal sealed record ReferenceUse(string TargetCollection, string Id, LocationInfo Location, string? TargetKeyProperty = null);

/// <summary>A record's value of a unique key, with where it is written.</summary>
/// <param name="Property">The key's property.</param>
/// <param name="Compiled">The value as compiled, which is equal for values the lookup holds as equal.</param>
/// <param name="Written">The value as written, for messages.</param>
/// <param name="RecordId">The record's id, for messages.</param>
internal sealed record UniqueKeyUse(string Property, string Compiled, string Written, string RecordId, LocationInfo Location);

/// <summary>How many values of a declared property fitted its type, how many did not, and the first that did not.</summary>
internal sealed record DeclaredFit(string Property, int Fits, int Misfits, string? FirstMisfit);

/// <summary>A collection's records, ready to emit: one line of data each, in data order (files by path, then position), in blocks.</summary>
internal sealed record CollectionRecords(string Collection, EquatableArray<DataBlockSpec> Blocks)
{
    public static CollectionRecords None(string collection) => new(collection, EquatableArray<DataBlockSpec>.Empty);
}

/// <summary>One block of a collection's data: one <c>"""..."""u8</c> literal.</summary>
/// <param name="Lines">One line per record.</param>
/// <param name="Key">A hash of its first record's id, which places the block in a source file (<c>DataEmitter.Place</c>).</param>
internal sealed record DataBlockSpec(EquatableArray<string> Lines, uint Key);

/// <summary>A block as the collection's source file names it: the member that holds it, how many records it has, and the slot (source file) it is in.</summary>
internal sealed record DataBlockRef(string Name, int Count, int Slot);

/// <summary>
/// A collection's types and where its records are: the input of its source file. The lines of
/// data are here only when they fit one block; otherwise the blocks are placed in source files
/// of their own (<see cref="DataSlotOutput"/>), so that an edit re-emits the blocks it changed.
/// </summary>
/// <param name="Blocks">The blocks, in data order.</param>
/// <param name="InlineBlock">The only block, written into the collection's file; null when there are several (or none).</param>
internal sealed record CollectionOutput(CollectionSpec Spec, EquatableArray<DataBlockRef> Blocks, DataBlockSpec? InlineBlock)
{
    /// <summary>How many records in all.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var block in Blocks)
            {
                count += block.Count;
            }

            return count;
        }
    }
}

/// <summary>The blocks of a collection that has several, with what their source files need of it.</summary>
/// <param name="Layout">The comment that names the values of a line.</param>
internal sealed record DataBlockSet(string Namespace, string ClassName, string PropertyName, string Layout, EquatableArray<DataBlockSpec> Blocks);

/// <summary>
/// One source file of a collection's data: the blocks placed in one slot (a part of the
/// collection's holder class). Empty slots are kept, and emit nothing, so that each slot keeps
/// its position in the pipeline's table and a change to one block re-emits that slot alone.
/// </summary>
internal sealed record DataSlotOutput(string Namespace, string ClassName, string PropertyName, string Layout, int Slot, EquatableArray<NamedDataBlock> Blocks);

/// <summary>A block with the name of the member that holds it (<c>Data5_0</c>).</summary>
internal sealed record NamedDataBlock(string Name, EquatableArray<string> Lines);

/// <summary>Every collection's records, and the errors found while assembling them (dangling references, declared types that fit nothing).</summary>
internal sealed record AssembledRecords(EquatableArray<CollectionRecords> Collections, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The result of an assembly that failed (a bug of ours): no records, and the error.</summary>
    public static AssembledRecords Failed(DiagnosticInfo failure) => new(EquatableArray<CollectionRecords>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
}
