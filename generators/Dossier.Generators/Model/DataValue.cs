using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>The kinds of value a data file can hold, whatever its format.</summary>
internal enum DataValueKind
{
    Null,
    Boolean,
    Number,
    String,
    Object,
    Array,
}

/// <summary>
/// A value read from a data file (JSON, YAML, front matter or a table cell), before any type is
/// inferred. Numbers keep their exact source text so that no precision is lost before the
/// collection's type is known.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Text">The string, the number's source text, or "true"/"false"; null for objects, arrays and null.</param>
/// <param name="Properties">An object's properties, in source order.</param>
/// <param name="Items">An array's items.</param>
/// <param name="Location">Where the value starts in its file.</param>
internal sealed record DataValue(
    DataValueKind Kind,
    string? Text,
    EquatableArray<DataProperty> Properties,
    EquatableArray<DataValue> Items,
    LocationInfo Location)
{
    public static DataValue Scalar(DataValueKind kind, string? text, LocationInfo location) =>
        new(kind, text, EquatableArray<DataProperty>.Empty, EquatableArray<DataValue>.Empty, location);

    public static DataValue Object(EquatableArray<DataProperty> properties, LocationInfo location) =>
        new(DataValueKind.Object, null, properties, EquatableArray<DataValue>.Empty, location);

    public static DataValue Array(EquatableArray<DataValue> items, LocationInfo location) =>
        new(DataValueKind.Array, null, EquatableArray<DataProperty>.Empty, items, location);
}

/// <summary>
/// A key and its value, with the key's own position for naming errors. A struct, held inline in
/// its object's array: a record has one per key, and as objects they would be one more allocation
/// per key for the parse and one more for the garbage collector to trace.
/// </summary>
/// <param name="IsSections">The value is a markdown record's sections (objects with heading, level and text), typed as <c>ValueList&lt;MarkdownSection&gt;</c>.</param>
internal readonly record struct DataProperty(string Key, DataValue Value, LocationInfo KeyLocation, bool IsSections = false);
