using System;
using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>Places a file of the data folder in its collection, by its path alone (the data conventions).</summary>
internal static class DataFileClassifier
{
    /// <summary>The extensions of data files, as Dossier.targets' glob lists them (the tool lists files by them too).</summary>
    public static readonly IReadOnlyList<string> Extensions = new[] { ".json", ".md", ".yaml", ".yml", ".csv", ".tsv" };

    public static bool IsCandidate(string path)
    {
        for (var i = 0; i < Extensions.Count; i++)
        {
            if (path.EndsWith(Extensions[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the path is a YAML file (<c>.yaml</c> or <c>.yml</c>, in any case).</summary>
    internal static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the file's place, or null when the file is outside the data folder or is
    /// documentation (README.md). A file inside the data folder that fits no convention gets
    /// a warning rather than being skipped in silence.
    /// </summary>
    public static DataFileInfo? Classify(string filePath, DossierOptions options, out DiagnosticInfo? warning)
    {
        warning = null;
        var path = PathHelper.Normalize(filePath);
        if (!path.StartsWith(options.DataRoot, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path.Substring(options.DataRoot.Length);
        var segments = relative.Split('/');
        var fileName = segments[segments.Length - 1];
        var extension = PathHelper.GetExtension(fileName);
        var stem = fileName.Substring(0, fileName.Length - extension.Length);
        if (stem.Length == 0 || Array.Exists(segments, s => s.StartsWith(".", StringComparison.Ordinal)))
        {
            return null; // hidden files and folders (.obsidian, .DS_Store-like names) are not data
        }

        if (string.Equals(stem, "README", StringComparison.OrdinalIgnoreCase) && extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null; // documentation of the data, by convention
        }

        var displayPath = path.StartsWith(options.DisplayBase, StringComparison.Ordinal)
            ? path.Substring(options.DisplayBase.Length)
            : relative;
        var isJson = extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
        var isYaml = IsYaml(extension);
        var separatedKind = SeparatedValuesKind(extension);
        switch (segments.Length)
        {
            case 1:
                var arrayKind = isJson ? DataFileKind.JsonArray : isYaml ? DataFileKind.YamlArray : separatedKind ?? DataFileKind.MarkdownTable;
                return new DataFileInfo(filePath, displayPath, stem, arrayKind, FileId: null);
            case 2 when separatedKind is not null:
                // Rows of a CSV file are records of their own: inside a collection folder (one
                // record per file) the file would have to be one record, which a table is not.
                warning = Ignored(filePath, displayPath, "a CSV or TSV file holds a whole collection, one record per row, so it is read only directly in the data folder");
                return null;
            case 2:
                var recordKind = isJson ? DataFileKind.JsonRecord : isYaml ? DataFileKind.YamlRecord : DataFileKind.MarkdownRecord;
                return new DataFileInfo(filePath, displayPath, segments[0], recordKind, FileId: stem);
            default:
                warning = Ignored(filePath, displayPath, "collections are one level deep");
                return null;
        }
    }

    private static DiagnosticInfo Ignored(string filePath, string displayPath, string reason) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedDataFile, LocationInfo.FileStart(filePath), displayPath, reason);

    private static DataFileKind? SeparatedValuesKind(string extension) =>
        extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? DataFileKind.CsvTable
        : extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? DataFileKind.TsvTable
        : null;
}
