using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>Everything the emitter needs for one collection: its types and its records, values already bound to C# literals.</summary>
/// <param name="Name">The collection's name on disk (<c>trade-stats</c>).</param>
/// <param name="PropertyName">Its property on the entry class (<c>TradeStats</c>).</param>
/// <param name="Origin">The files it was read from, for docs (<c>data/meetings/*.md</c>).</param>
/// <param name="Types">The root record type first, then the nested record types.</param>
/// <param name="Records">One value per record, in data order (files by path, then position).</param>
internal sealed record CollectionSpec(
    string Namespace,
    string ClassName,
    string Name,
    string PropertyName,
    string Origin,
    EquatableArray<RecordTypeSpec> Types,
    EquatableArray<ValueSpec> Records);

/// <summary>A generated record type.</summary>
/// <param name="DatedInterface">The runtime interface for a <c>Date</c> property, if the record is a root record with one.</param>
internal sealed record RecordTypeSpec(
    string Name,
    string Summary,
    bool IsRoot,
    string? DatedInterface,
    EquatableArray<PropertySpec> Properties);

/// <summary>A generated property: its C# name, the key it comes from, its type, and an example value for the docs.</summary>
internal sealed record PropertySpec(string Name, string Key, TypeSpec Type, string? Example);

/// <summary>
/// A value ready to emit. A scalar is a C# expression (<see cref="Literal"/>); a record lists its
/// property values in the order of its type's properties; a list holds its items.
/// </summary>
internal sealed record ValueSpec(
    string? Literal,
    string? RecordName,
    EquatableArray<ValueSpec> Items,
    string? ElementType)
{
    public static ValueSpec Scalar(string literal) => new(literal, null, EquatableArray<ValueSpec>.Empty, null);
}

/// <summary>The entry class: its namespace, name and collections (sorted by name).</summary>
internal sealed record EntryClassSpec(string Namespace, string ClassName, EquatableArray<CollectionSummary> Collections);

/// <summary>What the entry class's docs say of one collection.</summary>
internal sealed record CollectionSummary(string Name, string PropertyName, string RecordName, string Origin, int Count);
