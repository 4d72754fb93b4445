using System;
using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Rows of a table to records, for every table Dossier reads (a markdown table collection, a
/// table under a markdown heading, a CSV or TSV file): the header's cells name the properties,
/// each other row is an object of its cells under those names.
/// </summary>
internal static class TableRecords
{
    /// <summary>Header cells name properties: each must be present and unique, or a column's values would be lost.</summary>
    public static bool CheckHeader(DataFileInfo file, DataDocument document, List<(string Name, TextSpan Span)> header, List<DiagnosticInfo> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, span) in header)
        {
            if (name.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyHeaderCell, document.Location(span), file.DisplayPath));
                return false;
            }

            if (!seen.Add(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, document.Location(span), name, file.DisplayPath));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One row as an object keyed by the header. A row with fewer cells than the header has null
    /// for the cells it lacks (at the row's end); one with more is DOS108 at the first extra cell
    /// and no record, since no name would hold the extra values.
    /// </summary>
    public static DataValue? ToRecord(DataFileInfo file, DataDocument document, List<(string Name, TextSpan Span)> header, List<DataValue> cells, TextSpan row, List<DiagnosticInfo> diagnostics)
    {
        if (cells.Count > header.Count)
        {
            var extra = cells[header.Count].Span;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TableRowTooWide,
                document.Location(document.Span(extra.Start, Math.Max(1, extra.Length))),
                file.DisplayPath,
                cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var properties = new DataProperty[header.Count];
        var lacking = cells.Count < header.Count ? document.Span(row.End, 0) : default;
        for (var i = 0; i < header.Count; i++)
        {
            var value = i < cells.Count ? cells[i] : document.Scalar(DataValueKind.Null, null, lacking);

            // An id is text, and a table cell cannot be quoted in markdown: a numeric id (a code,
            // a registry number) is read as written rather than refused as a number.
            if (value.Kind == DataValueKind.Number && Inference.Naming.ToPascalCase(header[i].Name) == "Id")
            {
                value = document.Scalar(DataValueKind.String, value.Text, value.Span);
            }

            properties[i] = new DataProperty(header[i].Name, value, header[i].Span);
        }

        return document.Object(properties, row);
    }
}
