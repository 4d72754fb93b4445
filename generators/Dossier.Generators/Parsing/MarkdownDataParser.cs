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
        var document = new DataDocument(file.FilePath, text);
        if (SplitFrontMatter(file, document, content, diagnostics, cancellationToken, out var properties, out var bodyStart))
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
                ReadTable(file, document, content, bodyStart, diagnostics, records, cancellationToken);
            }
            else
            {
                records.Add(ReadRecord(file, document, content, body, bodyStart, properties, diagnostics, cancellationToken));
            }
        }

        return ParsedDataFile.Read(file, document, records, diagnostics);
    }

    /// <summary>Finds and parses the front matter; false when it is broken (a diagnostic says why).</summary>
    private static bool SplitFrontMatter(DataFileInfo file, DataDocument document, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, out List<DataProperty> properties, out int bodyStart)
    {
        properties = new List<DataProperty>();
        bodyStart = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var text = document.Text;
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
                var parsed = FrontMatterParser.Parse(file, document, yamlStart, yaml, diagnostics, cancellationToken);
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

    private static DataRecord ReadRecord(DataFileInfo file, DataDocument document, string content, string body, int bodyStart, List<DataProperty> properties, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var recordSpan = document.Span(0, 0);
        var bodySpan = document.Span(bodyStart, 0);
        var markdown = MarkdownText.Parse(file, document.Text, bodyStart, body, diagnostics);
        if (markdown is null)
        {
            return new DataRecord(document.Object(properties, recordSpan), 1);
        }

        if (!properties.Exists(p => string.Equals(p.Key, TitleKey, StringComparison.OrdinalIgnoreCase))
            && MarkdownText.FirstTitleHeading(markdown) is { } title)
        {
            var span = document.Span(bodyStart + title.Span.Start, title.Span.Length);
            properties.Add(new DataProperty(TitleKey, document.Scalar(DataValueKind.String, MarkdownText.PlainText(title.Inline), span), span));
        }

        // The body is the markdown exactly as written, so a program can render it with any library.
        AddUnique(file, properties, new DataProperty(BodyKey, document.Scalar(DataValueKind.String, body, bodySpan), bodySpan), diagnostics);
        ReadSections(file, document, content, body, bodyStart, markdown, properties, diagnostics, cancellationToken);
        return new DataRecord(document.Object(properties, recordSpan), 1);
    }

    /// <summary>
    /// The headings below the title become <c>Sections</c>; a pipe table right under a heading
    /// becomes a property named after the heading, one object per row, typed like any data.
    /// </summary>
    private static void ReadSections(DataFileInfo file, DataDocument document, string content, string body, int bodyStart, MarkdownDocument markdown, List<DataProperty> properties, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var blocks = new List<Block>(markdown);
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
            var span = document.Span(bodyStart + heading.Span.Start, heading.Span.Length);
            if (!seen.Add((heading.Level, name)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateHeading, document.Location(span), name, file.DisplayPath));
                continue;
            }

            // The section's markdown runs from the line after the heading to the next heading.
            var start = text.Lines.GetLineFromPosition(bodyStart + heading.Span.End).EndIncludingLineBreak - bodyStart;
            var end = h + 1 < headings.Count ? blocks[headings[h + 1]].Span.Start : body.Length;
            var sectionText = start < end ? body.Substring(start, end - start).Trim('\r', '\n') : string.Empty;
            sections.Add(document.Object(
                new[]
                {
                    new DataProperty("heading", document.Scalar(DataValueKind.String, name, span), span),
                    new DataProperty("level", document.Scalar(DataValueKind.Number, heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), span), span),
                    new DataProperty("text", document.Scalar(DataValueKind.String, sectionText, span), span),
                },
                span));

            if (headings[h] + 1 < blocks.Count && blocks[headings[h] + 1] is Table table)
            {
                var rows = ReadRows(file, document, content, table, bodyStart, diagnostics, cancellationToken);
                AddUnique(file, properties, new DataProperty(name, document.Array(rows.ConvertAll(r => r.Row), span), span), diagnostics);
            }
        }

        var sectionsSpan = document.Span(bodyStart, 0);
        AddUnique(file, properties, new DataProperty(SectionsKey, document.Array(sections, sectionsSpan), sectionsSpan, IsSections: true), diagnostics);
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

    private static void ReadTable(DataFileInfo file, DataDocument document, string content, int bodyStart, List<DiagnosticInfo> diagnostics, List<DataRecord> records, CancellationToken cancellationToken)
    {
        var markdown = MarkdownText.Parse(file, document.Text, bodyStart, content.Substring(bodyStart), diagnostics);
        if (markdown is null)
        {
            return;
        }

        // The first table at the top level: one inside a quote or list would carry its markers into the cells.
        Table? table = null;
        foreach (var block in markdown)
        {
            if (block is Table first)
            {
                table = first;
                break;
            }
        }

        if (table is null || table.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTable, document.Location(default), file.DisplayPath));
            return;
        }

        foreach (var (row, line) in ReadRows(file, document, content, table, bodyStart, diagnostics, cancellationToken))
        {
            records.Add(new DataRecord(row, line));
        }
    }

    /// <summary>A pipe table's rows as objects keyed by the header cells, each cell typed by <see cref="PlainScalar"/>.</summary>
    private static List<(DataValue Row, int Line)> ReadRows(DataFileInfo file, DataDocument document, string content, Table table, int bodyStart, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var rows = new List<(DataValue, int)>();
        List<(string Name, TextSpan Span)>? header = null;
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
                header = cells.ConvertAll(c => (c.Text, document.Span(line.Start + c.Start, c.Length)));
                if (!TableRecords.CheckHeader(file, document, header, diagnostics))
                {
                    return rows;
                }

                continue;
            }

            var values = cells.ConvertAll(c => PlainScalar.ToValue(document, c.Text, document.Span(line.Start + c.Start, c.Length)));
            var rowSpan = document.Span(line.Start, line.Length);
            if (TableRecords.ToRecord(file, document, header, values, rowSpan, diagnostics) is { } record)
            {
                rows.Add((record, document.Location(rowSpan).Line));
            }
        }

        return rows;
    }
}
