using System;
using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads markdown data files: a record per file (front matter, title, body) or, for a markdown
/// file directly in the data folder, a record per row of its first pipe table.
/// </summary>
internal static class MarkdownDataParser
{
    public const string TitleKey = "title";
    public const string BodyKey = "body";
    public const string SectionsKey = "sections";

    /// <param name="content">The file's text, as a string (<see cref="DataFileParser"/> has checked it for lone surrogates).</param>
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, string content, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var records = new List<DataRecord>();
        if (SplitFrontMatter(file, text, content, diagnostics, cancellationToken, out var properties, out var bodyStart))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Blank lines between the front matter and the content are layout, not content.
            while (bodyStart < content.Length && content[bodyStart] is '\r' or '\n')
            {
                bodyStart++;
            }

            var body = content.Substring(bodyStart);
            if (file.Kind == DataFileKind.MarkdownTable)
            {
                ReadTable(file, text, content, bodyStart, diagnostics, records, cancellationToken);
            }
            else
            {
                records.Add(ReadRecord(file, text, content, body, bodyStart, properties, diagnostics, cancellationToken));
            }
        }

        return new ParsedDataFile(file, records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Finds and parses the front matter; false when it is broken (a diagnostic says why).</summary>
    private static bool SplitFrontMatter(DataFileInfo file, SourceText text, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, out List<DataProperty> properties, out int bodyStart)
    {
        properties = new List<DataProperty>();
        bodyStart = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var lines = text.Lines;
        if (lines.Count == 0 || !IsFence(text, lines[0], bodyStart, "---"))
        {
            return true; // no front matter: the whole file is the body
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(text, lines[i], lines[i].Start, "---") || IsFence(text, lines[i], lines[i].Start, "..."))
            {
                var yamlStart = lines[0].EndIncludingLineBreak;
                var yaml = text.ToString(TextSpan.FromBounds(yamlStart, lines[i].Start));
                bodyStart = lines[i].EndIncludingLineBreak;
                var parsed = FrontMatterParser.Parse(file, text, yamlStart, yaml, diagnostics, cancellationToken);
                if (parsed is null)
                {
                    return false;
                }

                properties = parsed;
                return true;
            }
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedFrontMatter, LocationInfo.At(file.FilePath, text, lines[0].Start, lines[0].End - lines[0].Start), file.DisplayPath));
        return false;
    }

    private static bool IsFence(SourceText text, TextLine line, int start, string fence) =>
        line.End - start >= fence.Length
        && text.ToString(TextSpan.FromBounds(start, line.End)).TrimEnd() == fence;

    private static DataRecord ReadRecord(DataFileInfo file, SourceText text, string content, string body, int bodyStart, List<DataProperty> properties, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var recordLocation = LocationInfo.At(file.FilePath, text, 0, 0);
        var bodyLocation = LocationInfo.At(file.FilePath, text, bodyStart, 0);
        var document = MarkdownText.Parse(file, text, bodyStart, body, diagnostics);
        if (document is null)
        {
            return new DataRecord(DataValue.Object(properties.ToEquatableArray(), recordLocation), 1);
        }

        if (!properties.Exists(p => string.Equals(p.Key, TitleKey, StringComparison.OrdinalIgnoreCase))
            && MarkdownText.FirstTitleHeading(document) is { } title)
        {
            var location = LocationInfo.At(file.FilePath, text, bodyStart + title.Span.Start, title.Span.Length);
            properties.Add(new DataProperty(TitleKey, DataValue.Scalar(DataValueKind.String, MarkdownText.PlainText(title.Inline), location), location));
        }

        // The body is the markdown exactly as written, so a program can render it with any library.
        AddUnique(file, properties, new DataProperty(BodyKey, DataValue.Scalar(DataValueKind.String, body, bodyLocation), bodyLocation), diagnostics);
        ReadSections(file, text, content, body, bodyStart, document, properties, diagnostics, cancellationToken);
        return new DataRecord(DataValue.Object(properties.ToEquatableArray(), recordLocation), 1);
    }

    /// <summary>
    /// The headings below the title become <c>Sections</c>; a pipe table right under a heading
    /// becomes a property named after the heading, one object per row, typed like any data.
    /// </summary>
    private static void ReadSections(DataFileInfo file, SourceText text, string content, string body, int bodyStart, MarkdownDocument document, List<DataProperty> properties, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>(document);
        var headings = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock { Level: >= 2 })
            {
                headings.Add(i);
            }
        }

        var sections = new List<DataValue>(headings.Count);
        var seen = new HashSet<(int, string)>();
        for (var h = 0; h < headings.Count; h++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var heading = (HeadingBlock)blocks[headings[h]];
            var name = MarkdownText.PlainText(heading.Inline);
            var location = LocationInfo.At(file.FilePath, text, bodyStart + heading.Span.Start, heading.Span.Length);
            if (!seen.Add((heading.Level, name)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateHeading, location, name, file.DisplayPath));
                continue;
            }

            // The section's markdown runs from the line after the heading to the next heading.
            var start = text.Lines.GetLineFromPosition(bodyStart + heading.Span.End).EndIncludingLineBreak - bodyStart;
            var end = h + 1 < headings.Count ? blocks[headings[h + 1]].Span.Start : body.Length;
            var sectionText = start < end ? body.Substring(start, end - start).Trim('\r', '\n') : string.Empty;
            sections.Add(DataValue.Object(
                new EquatableArray<DataProperty>(new[]
                {
                    new DataProperty("heading", DataValue.Scalar(DataValueKind.String, name, location), location),
                    new DataProperty("level", DataValue.Scalar(DataValueKind.Number, heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), location), location),
                    new DataProperty("text", DataValue.Scalar(DataValueKind.String, sectionText, location), location),
                }),
                location));

            if (headings[h] + 1 < blocks.Count && blocks[headings[h] + 1] is Table table)
            {
                var rows = ReadRows(file, text, content, table, bodyStart, diagnostics, cancellationToken);
                var items = rows.ConvertAll(r => r.Row).ToEquatableArray();
                AddUnique(file, properties, new DataProperty(name, DataValue.Array(items, location), location), diagnostics);
            }
        }

        var sectionsLocation = LocationInfo.At(file.FilePath, text, bodyStart, 0);
        AddUnique(file, properties, new DataProperty(SectionsKey, DataValue.Array(sections.ToEquatableArray(), sectionsLocation), sectionsLocation, IsSections: true), diagnostics);
    }

    /// <summary>Adds a property the markdown defines, unless the front matter already has that key (then it is an error, not an overwrite).</summary>
    private static void AddUnique(DataFileInfo file, List<DataProperty> properties, DataProperty property, List<DiagnosticInfo> diagnostics)
    {
        var existing = properties.FindIndex(p => p.Key == property.Key);
        if (existing >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, properties[existing].KeyLocation, property.Key, file.DisplayPath));
            return;
        }

        properties.Add(property);
    }

    private static void ReadTable(DataFileInfo file, SourceText text, string content, int bodyStart, List<DiagnosticInfo> diagnostics, List<DataRecord> records, CancellationToken cancellationToken)
    {
        var document = MarkdownText.Parse(file, text, bodyStart, content.Substring(bodyStart), diagnostics);
        if (document is null)
        {
            return;
        }

        // The first table at the top level: one inside a quote or list would carry its markers into the cells.
        Table? table = null;
        foreach (var block in document)
        {
            if (block is Table first)
            {
                table = first;
                break;
            }
        }

        if (table is null || table.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTable, LocationInfo.At(file.FilePath, text, 0, 0), file.DisplayPath));
            return;
        }

        foreach (var (row, line) in ReadRows(file, text, content, table, bodyStart, diagnostics, cancellationToken))
        {
            records.Add(new DataRecord(row, line));
        }
    }

    /// <summary>A pipe table's rows as objects keyed by the header cells, each cell typed by <see cref="PlainScalar"/>.</summary>
    private static List<(DataValue Row, int Line)> ReadRows(DataFileInfo file, SourceText text, string content, Table table, int bodyStart, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var rows = new List<(DataValue, int)>();
        List<(string Name, LocationInfo Location)>? header = null;
        foreach (var block in table)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The row's line as Markdig saw it (only \r and \n end a line there; Roslyn also breaks
            // at U+2028 and friends, which would cut a cell in two).
            var row = (TableRow)block;
            var start = bodyStart + row.Span.Start;
            var floor = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0; // a byte order mark is not a cell
            while (start > floor && content[start - 1] is not ('\r' or '\n'))
            {
                start--;
            }

            var end = bodyStart + row.Span.Start;
            while (end < content.Length && content[end] is not ('\r' or '\n'))
            {
                end++;
            }

            var line = TextSpan.FromBounds(start, end);
            var lineText = content.Substring(start, end - start);
            var cells = MarkdownText.SplitRow(lineText);
            if (header is null)
            {
                header = cells.ConvertAll(c => (c.Text, LocationInfo.At(file.FilePath, text, line.Start + c.Start, c.Length)));
                if (!TableRecords.CheckHeader(file, header, diagnostics))
                {
                    return rows;
                }

                continue;
            }

            var values = cells.ConvertAll(c => PlainScalar.ToValue(c.Text, LocationInfo.At(file.FilePath, text, line.Start + c.Start, c.Length)));
            var rowLocation = LocationInfo.At(file.FilePath, text, line.Start, line.Length);
            if (TableRecords.ToRecord(file, text, header, values, rowLocation, diagnostics) is { } record)
            {
                rows.Add((record, rowLocation.Line));
            }
        }

        return rows;
    }
}
