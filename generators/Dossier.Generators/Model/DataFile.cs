using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>How a file in the data folder holds its records.</summary>
internal enum DataFileKind
{
    /// <summary><c>data/name.json</c>: a JSON array, one record per element.</summary>
    JsonArray,

    /// <summary><c>data/name/*.json</c>: one JSON object, one record.</summary>
    JsonRecord,

    /// <summary><c>data/name/*.md</c>: front matter, title and body, one record.</summary>
    MarkdownRecord,

    /// <summary><c>data/name.md</c>: a pipe table, one record per row.</summary>
    MarkdownTable,

    /// <summary><c>data/name.csv</c>: comma-separated values, one record per row after the header.</summary>
    CsvTable,

    /// <summary><c>data/name.tsv</c>: tab-separated values, one record per row after the header.</summary>
    TsvTable,

    /// <summary><c>data/name.yaml</c> or <c>.yml</c>: a YAML sequence of mappings, one record per item.</summary>
    YamlArray,

    /// <summary><c>data/name/*.yaml</c> or <c>*.yml</c>: one YAML mapping, one record.</summary>
    YamlRecord,
}

/// <summary>A data file, placed in its collection by its path.</summary>
/// <param name="FilePath">The path the compiler knows the file by (used for diagnostics).</param>
/// <param name="DisplayPath">The path from the data folder's parent, with forward slashes (used in <c>Source</c>).</param>
/// <param name="Collection">The collection's name as written on disk (<c>trade-stats</c>).</param>
/// <param name="FileId">For one-record-per-file collections, the default id: the file name without extension.</param>
internal sealed record DataFileInfo(string FilePath, string DisplayPath, string Collection, DataFileKind Kind, string? FileId);

/// <summary>One record read from a file: an object value and the line it starts on.</summary>
internal readonly record struct DataRecord(DataValue Value, int Line);

/// <summary>
/// The result of reading one data file: its records and what was wrong with it. Equal to another
/// when the file, the diagnostics and the text are (<see cref="DataDocument.SameContent"/>): the
/// records are read from the text, so they are equal too, and comparing the text costs one
/// comparison instead of one per value.
/// </summary>
/// <param name="Document">The values the records are read from; null when the file could not be read.</param>
internal sealed record ParsedDataFile(DataFileInfo File, DataDocument? Document, EquatableArray<DataRecord> Records, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A file that could not be read: no records, and the error that says why.</summary>
    public static ParsedDataFile Failed(DataFileInfo file, DiagnosticInfo failure) => new(file, null, EquatableArray<DataRecord>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));

    /// <summary>A parser's result: its document, trimmed since it outlives the parse, with the records and diagnostics read from it.</summary>
    public static ParsedDataFile Read(DataFileInfo file, DataDocument document, List<DataRecord> records, List<DiagnosticInfo> diagnostics)
    {
        document.TrimExcess();
        return new ParsedDataFile(file, document, records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    public bool Equals(ParsedDataFile? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && File.Equals(other.File)
            && Records.Count == other.Records.Count
            && Diagnostics.Equals(other.Diagnostics)
            && DataDocument.SameContent(Document, other.Document));

    public override int GetHashCode() => unchecked((File.GetHashCode() * 31) + Records.Count);
}
