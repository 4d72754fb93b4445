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

    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var records = new List<DataRecord>();
        var content = text.ToString();
        var surrogate = Utf8OffsetMap.FindUnpairedSurrogate(content);
        if (surrogate >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidString, LocationInfo.At(file.FilePath, text, surrogate, 1), file.DisplayPath, $"an unpaired surrogate U+{(int)content[surrogate]:X4}"));
        }
        else if (SplitFrontMatter(file, text, diagnostics, out var properties, out var bodyStart))
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
                records.Add(ReadRecord(file, text, body, bodyStart, properties));
            }
        }

        return new ParsedDataFile(file, records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Finds and parses the front matter; false when it is broken (a diagnostic says why).</summary>
    private static bool SplitFrontMatter(DataFileInfo file, SourceText text, List<DiagnosticInfo> diagnostics, out List<DataProperty> properties, out int bodyStart)
    {
        properties = new List<DataProperty>();
        var content = text.ToString();
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
                var parsed = FrontMatterParser.Parse(file, text, yamlStart, yaml, diagnostics);
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

    private static DataRecord ReadRecord(DataFileInfo file, SourceText text, string body, int bodyStart, List<DataProperty> properties)
    {
        var recordLocation = LocationInfo.At(file.FilePath, text, 0, 0);
        var bodyLocation = LocationInfo.At(file.FilePath, text, bodyStart, 0);
        if (!properties.Exists(p => string.Equals(p.Key, TitleKey, StringComparison.OrdinalIgnoreCase)))
        {
            var document = Markdown.Parse(body, MarkdownText.Pipeline);
            if (MarkdownText.FirstTitleHeading(document) is { } heading)
            {
                var location = LocationInfo.At(file.FilePath, text, bodyStart + heading.Span.Start, heading.Span.Length);
                properties.Add(new DataProperty(TitleKey, DataValue.Scalar(DataValueKind.String, MarkdownText.PlainText(heading.Inline), location), location));
            }
        }

        // The body is the markdown exactly as written, so a program can render it with any library.
        properties.Add(new DataProperty(BodyKey, DataValue.Scalar(DataValueKind.String, body, bodyLocation), bodyLocation));
        return new DataRecord(DataValue.Object(properties.ToEquatableArray(), recordLocation), 1);
    }

    private static void ReadTable(DataFileInfo file, SourceText text, string content, int bodyStart, List<DiagnosticInfo> diagnostics, List<DataRecord> records, CancellationToken cancellationToken)
    {
        var document = Markdown.Parse(content.Substring(bodyStart), MarkdownText.Pipeline);
        Table? table = null;
        foreach (var block in document.Descendants<Table>())
        {
            table = block;
            break;
        }

        if (table is null || table.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTable, LocationInfo.At(file.FilePath, text, 0, 0), file.DisplayPath));
            return;
        }

        var firstLine = text.Lines.GetLineFromPosition(bodyStart).LineNumber;
        List<(string Name, LocationInfo Location)>? header = null;
        foreach (var block in table)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = (TableRow)block;
            var line = text.Lines[firstLine + row.Line];
            var lineText = text.ToString(line.Span);
            var cells = MarkdownText.SplitRow(lineText);
            if (header is null)
            {
                header = cells.ConvertAll(c => (c.Text, LocationInfo.At(file.FilePath, text, line.Start + c.Start, c.Length)));
                continue;
            }

            if (cells.Count > header.Count)
            {
                var extra = cells[header.Count];
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TableRowTooWide,
                    LocationInfo.At(file.FilePath, text, line.Start + extra.Start, Math.Max(1, extra.Length)),
                    file.DisplayPath,
                    cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var properties = new List<DataProperty>(cells.Count);
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                var location = LocationInfo.At(file.FilePath, text, line.Start + cell.Start, cell.Length);
                var kind = PlainScalar.Classify(cell.Text);
                var value = kind switch
                {
                    DataValueKind.Null => DataValue.Scalar(DataValueKind.Null, null, location),
                    DataValueKind.Boolean => DataValue.Scalar(kind, PlainScalar.NormalizeBoolean(cell.Text), location),
                    _ => DataValue.Scalar(kind, cell.Text, location),
                };
                properties.Add(new DataProperty(header[i].Name, value, header[i].Location));
            }

            var rowLocation = LocationInfo.At(file.FilePath, text, line.Start, line.End - line.Start);
            records.Add(new DataRecord(DataValue.Object(properties.ToEquatableArray(), rowLocation), rowLocation.Line));
        }
    }
}
