using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// One data file's records bound to its collection's schema: each record as a line of compiled
/// data (see <see cref="Emission.DataEmitter"/>), with the ids it refers to and what did not fit.
/// Computed per file against the schema, so that an edit that keeps the schema re-binds one file.
/// </summary>
/// <param name="Collection">The collection's name on disk.</param>
/// <param name="DisplayPath">The file's display path, which orders records within the collection.</param>
/// <param name="Lines">One line of data per record, in file order.</param>
/// <param name="Uses">The ids its references name, checked once every collection's ids are known.</param>
/// <param name="Fits">For each property declared in C#, how its values fitted the declared type.</param>
/// <param name="HasErrors">The file, or a value in it, is in error: the collection gets no records.</param>
internal sealed record BoundFile(
    string Collection,
    string DisplayPath,
    EquatableArray<string> Lines,
    EquatableArray<ReferenceUse> Uses,
    EquatableArray<DeclaredFit> Fits,
    bool HasErrors,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An id that a record uses to refer to another collection's record, with where it is written.</summary>
internal sealed record ReferenceUse(string TargetCollection, string Id, LocationInfo Location);

/// <summary>How many values of a declared property fitted its type, how many did not, and the first that did not.</summary>
internal sealed record DeclaredFit(string Property, int Fits, int Misfits, string? FirstMisfit);

/// <summary>A collection's records, ready to emit: one line of data each, in data order (files by path, then position), in blocks.</summary>
internal sealed record CollectionRecords(string Collection, EquatableArray<DataBlockSpec> Blocks)
{
    public static CollectionRecords None(string collection) => new(collection, EquatableArray<DataBlockSpec>.Empty);
}

/// <summary>One block of a collection's data: one <c>"""..."""u8</c> literal.</summary>
/// <param name="Index">The block's number in its collection (<c>Data3</c>).</param>
/// <param name="Lines">One line per record.</param>
/// <remarks>Where its records start in the collection is not held here: <c>Create</c> derives it from the blocks' sizes (<see cref="CollectionOutput.BlockSizes"/>).</remarks>
internal sealed record DataBlockSpec(int Index, EquatableArray<string> Lines);

/// <summary>
/// A collection's types and where its records are: the input of its source file. The lines of
/// data are here only when they fit one block; otherwise each block is a source file of its own
/// (<see cref="DataBlockOutput"/>), so that an edit re-emits the block it changed.
/// </summary>
/// <param name="BlockSizes">The number of records in each block, in order.</param>
/// <param name="InlineBlock">The only block, written into the collection's file; null when there are several (or none).</param>
internal sealed record CollectionOutput(CollectionSpec Spec, EquatableArray<int> BlockSizes, DataBlockSpec? InlineBlock)
{
    /// <summary>How many records in all.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var size in BlockSizes)
            {
                count += size;
            }

            return count;
        }
    }
}

/// <summary>One block of a collection's data, as a source file of its own (a part of the collection's holder class).</summary>
/// <param name="Layout">The comment that names the values of a line.</param>
internal sealed record DataBlockOutput(string Namespace, string ClassName, string PropertyName, string Layout, DataBlockSpec Block);

/// <summary>Every collection's records, and the errors found while assembling them (dangling references, declared types that fit nothing).</summary>
internal sealed record AssembledRecords(EquatableArray<CollectionRecords> Collections, EquatableArray<DiagnosticInfo> Diagnostics);
