using System;

namespace Dossier;

/// <summary>Where a record comes from: a data file and the 1-based line on which the record starts.</summary>
/// <param name="Path">The data file's path from the folder that holds the data root, with forward slashes (for example <c>data/meetings/almaty.md</c>).</param>
/// <param name="Line">The 1-based line on which the record starts.</param>
public readonly record struct SourceLocation(string Path, int Line)
{
    /// <summary>Formats the location as <c>path:line</c>, the form compilers and editors understand.</summary>
    public override string ToString() => Path + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
