using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// What one data file contributes to its collection's schema: the shape of its records (keys,
/// kinds of value, where each was first seen) and their ids. Computed per file, so that an edit
/// re-reads one file; merging the shapes of all files (the schema step) costs
/// time in proportion to the number of keys, not of values.
/// </summary>
/// <param name="HasErrors">The file failed to parse, or one of its records has no usable id.</param>
/// <param name="Ids">The ids of the records whose shape is merged, in file order.</param>
/// <param name="Root">The records' shape, merged across the file.</param>
/// <param name="Diagnostics">What was wrong within the file (ids, keys, conflicting kinds).</param>
internal sealed record FileShape(
    DataFileInfo File,
    bool HasErrors,
    EquatableArray<RecordId> Ids,
    ObjectShape Root,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A record's id and where it is written.</summary>
internal sealed record RecordId(string Id, LocationInfo Location);

/// <summary>The merged shape of some objects: how many, and their keys in the order first met.</summary>
internal sealed record ObjectShape(int Count, EquatableArray<PropertyShape> Properties)
{
    public static readonly ObjectShape Empty = new(0, EquatableArray<PropertyShape>.Empty);
}

/// <summary>One key of an object shape: how many objects held it and what its values were.</summary>
/// <param name="IsSections">The value is a markdown record's sections, whose type is fixed.</param>
/// <param name="OtherSpellings">Other keys of the file that give the same name (an error unless one is the collection's spelling).</param>
internal sealed record PropertyShape(string Key, string Name, int Present, LocationInfo KeyLocation, bool IsSections, TypeShape Type, EquatableArray<KeySpelling> OtherSpellings);

/// <summary>A spelling of a key, where first written.</summary>
internal sealed record KeySpelling(string Key, LocationInfo Location);

/// <summary>A kind of value, where first seen.</summary>
internal sealed record OtherKind(DataValueKind Kind, LocationInfo Location);

/// <summary>
/// What the values of one key (or one array's items) were in one file: a frozen
/// type builder. <see cref="Shape"/> is the first kind seen (<see cref="DataValueKind.Null"/> while there are only nulls); values of other kinds
/// are in <see cref="OtherKinds"/>, judged against the collection's kind when files are merged.
/// </summary>
internal sealed record TypeShape(
    DataValueKind Shape,
    bool SawNull,
    NumberKind Number,
    bool AllDates,
    bool AllDateTimeOffsets,
    ObjectShape? Object,
    TypeShape? Element,
    LocationInfo? FirstLocation,
    string? Example,
    EquatableArray<OtherKind> OtherKinds);
