namespace Dossier.Generators.Inference;

/// <summary>
/// Where a value sits in its record (<c>meetings.venue.city</c>, <c>items.tags[]</c>), for error
/// messages. Built as a chain and turned into text only when an error needs it: merging shapes
/// visits every key of every file, and most merges find nothing to report.
/// </summary>
internal sealed class ValuePath(ValuePath? parent, string? key)
{
    /// <summary>The path one level down: a key, or (for null) an array's items.</summary>
    public ValuePath Append(string? key) => new(this, key);

    public override string ToString() => parent is null ? key ?? string.Empty : parent + (key is null ? "[]" : "." + key);
}
