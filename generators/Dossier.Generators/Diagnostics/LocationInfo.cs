using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Diagnostics;

/// <summary>
/// A position in a data file, kept as plain values so that models stay equatable and hold no
/// <see cref="Location"/> (which would tie a cached step to one compilation). A struct: every
/// parsed value and key carries one, and as objects they would be as many again as the values,
/// all allocated by the parse and traced by the garbage collector while the run lasts.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The 1-based line, as people count.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>The 1-based column, as people count.</summary>
    public int Column => LineSpan.Start.Character + 1;

    /// <summary>"file.json:3:14", for messages that point at a second place (where a value was first seen).</summary>
    public string ToFileLineColumn() =>
        $"{System.IO.Path.GetFileName(FilePath)}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The start of a file, for errors about the file as a whole.</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, default, default);

    public static LocationInfo At(string filePath, SourceText text, int start, int length)
    {
        start = System.Math.Max(0, System.Math.Min(start, text.Length));
        length = System.Math.Max(0, System.Math.Min(length, text.Length - start));
        var span = new TextSpan(start, length);
        return new LocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }
}
