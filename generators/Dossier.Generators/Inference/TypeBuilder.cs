using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Accumulates the type of one property across every record of a collection. Mutable, and
/// used only inside one inference run; the result is an immutable <see cref="TypeSpec"/>.
/// </summary>
internal sealed class TypeBuilder
{
    public DataValueKind Shape { get; set; }

    /// <summary>A null value was seen (missing keys are counted by the owning object).</summary>
    public bool SawNull { get; set; }

    /// <summary>The widest number kind seen.</summary>
    public NumberKind Number { get; set; }

    public bool AllDates { get; set; } = true;

    public bool AllDateTimeOffsets { get; set; } = true;

    public ObjectBuilder? Object { get; set; }

    public TypeBuilder? Element { get; set; }

    /// <summary>Where the shape was first seen, for conflict messages.</summary>
    public LocationInfo? FirstLocation { get; set; }

    /// <summary>The first value seen, as an example for the docs.</summary>
    public string? Example { get; set; }

    /// <summary>
    /// Within one file: the other kinds of value seen, each with where it was first seen. Judged
    /// when the files' shapes are merged, against the kind the whole collection settles on, so
    /// that a value is an error only when it conflicts with that kind.
    /// </summary>
    public List<OtherKind>? OtherKinds { get; set; }

    // The rules for merging kinds of value live here once: one value into a file's shape
    // (ShapeReader) and one file's shape into the collection's (SchemaBuilder) both follow them.

    /// <summary>
    /// Takes <paramref name="kind"/> as this property's kind if it has none yet (only nulls so far).
    /// Returns whether values of <paramref name="kind"/> fit it; the caller decides what a misfit is.
    /// </summary>
    public bool Adopt(DataValueKind kind, LocationInfo? location, string? example)
    {
        if (Shape == DataValueKind.Null)
        {
            Shape = kind;
            FirstLocation = location;
            Example = example;
            return true;
        }

        return Shape == kind;
    }

    /// <summary>Numbers widen to the smallest kind that holds every value exactly.</summary>
    public void WidenNumber(NumberKind kind)
    {
        if (kind > Number)
        {
            Number = kind;
        }
    }

    /// <summary>Strings stay dates (or dates with times) only while every value is one.</summary>
    public void NarrowStrings(bool isDate, bool isDateTimeOffset)
    {
        AllDates &= isDate;
        AllDateTimeOffsets &= isDateTimeOffset;
    }
}

/// <summary>Accumulates the properties of one object shape (a root record or a nested one).</summary>
internal sealed class ObjectBuilder
{
    public ObjectBuilder(string typeName) => TypeName = typeName;

    /// <summary>The generated type's name (<c>Meeting</c>, <c>MeetingVenue</c>).</summary>
    public string TypeName { get; set; }

    /// <summary>How many objects were merged in.</summary>
    public int Count { get; set; }

    public List<PropertyBuilder> Properties { get; } = new();

    public Dictionary<string, PropertyBuilder> ByName { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The reserved keys already reported for this object shape of the file (DOS207), each at its first use only.</summary>
    public HashSet<string>? ReportedReservedKeys { get; set; }
}

/// <summary>One property of an object shape.</summary>
internal sealed class PropertyBuilder
{
    public PropertyBuilder(string key, string name, LocationInfo keyLocation)
    {
        Key = key;
        Name = name;
        KeyLocation = keyLocation;
    }

    /// <summary>The first key spelling seen; another spelling that maps to the same name is an error.</summary>
    public string Key { get; }

    public string Name { get; }

    public TypeBuilder Type { get; } = new();

    /// <summary>How many objects held the key.</summary>
    public int Present { get; set; }

    /// <summary>Where the key was first written, for naming errors.</summary>
    public LocationInfo KeyLocation { get; }

    /// <summary>The property holds a markdown record's sections, whose type is fixed (<c>ValueList&lt;MarkdownSection&gt;</c>).</summary>
    public bool IsSections { get; set; }

    /// <summary>Where the property is in its object's <see cref="ObjectBuilder.Properties"/>.</summary>
    public int Position { get; set; }

    /// <summary>Within one file: other spellings of the key that give the same name, each where first written; judged when shapes are merged.</summary>
    public List<KeySpelling>? OtherSpellings { get; set; }
}
