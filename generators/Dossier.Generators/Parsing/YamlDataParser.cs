using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads a YAML data file: a sequence of mappings directly in the data folder, or one mapping in a
/// collection folder, the same layouts as JSON. Values are read by <see cref="YamlValueReader"/>,
/// typed as front matter is; a record file's top-level <c>$schema</c> key is left out as in JSON.
/// </summary>
internal static class YamlDataParser
{
    /// <param name="content">The file's text, as a string (<see cref="DataFileParser"/> has checked it for lone surrogates).</param>
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, string content, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var records = new List<DataRecord>();
        var document = new DataDocument(file.FilePath, text);

        // A byte order mark left in the text is skipped, not replaced: YAML's indentation counts columns.
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        if (!YamlValueReader.TryRead(file, document, start, content.Substring(start), YamlOrigin.DataFile, diagnostics, cancellationToken, out var root))
        {
            return ParsedDataFile.Read(file, document, records, diagnostics);
        }

        var isArray = file.Kind == DataFileKind.YamlArray;
        if (root is not { } value)
        {
            diagnostics.Add(ShapeError(file, document.Location(default), "holds no YAML document", isArray));
        }
        else if (isArray && value.Kind == DataValueKind.Array)
        {
            CollectionItems.Read(file, value, records, diagnostics, static kind => $"has {Describe(kind)} where a record (a mapping) was expected. Every item of a collection sequence must be a mapping of keys to values.");
        }
        else if (!isArray && value.Kind == DataValueKind.Object)
        {
            records.Add(new DataRecord(JsonDataParser.WithoutSchemaKey(value), value.Location.Line));
        }
        else
        {
            diagnostics.Add(ShapeError(file, value.Location, "holds " + Describe(value.Kind), isArray));
        }

        return ParsedDataFile.Read(file, document, records, diagnostics);
    }

    private static DiagnosticInfo ShapeError(DataFileInfo file, LocationInfo location, string holds, bool isArray) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.UnexpectedJsonShape,
            location,
            file.DisplayPath,
            isArray
                ? holds + ", but a collection file directly in the data folder must hold a sequence of mappings, one per record (\"- id: a\" lines). Write the records as a sequence, or move the file into a folder named after its collection."
                : holds + ", but a file inside a collection folder must hold one mapping of keys to values: the record. To keep several records in one file, move it up to the data folder as a sequence.");

    /// <summary>A kind of value in YAML's words: a sequence and a mapping rather than an array and an object.</summary>
    private static string Describe(DataValueKind kind) => kind switch
    {
        DataValueKind.Object => "a mapping",
        DataValueKind.Array => "a sequence",
        _ => ValueDescriptions.Of(kind),
    };
}
