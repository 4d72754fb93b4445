using System;
using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>The records of a collection file's array (a JSON array, a YAML sequence), whatever its format.</summary>
internal static class CollectionItems
{
    /// <summary>
    /// Each item that is an object becomes a record, at its own line; any other item is DOS102 at
    /// the item, in the words <paramref name="notARecord"/> gives for its kind, and the other
    /// items are still read.
    /// </summary>
    public static void Read(DataFileInfo file, DataValue array, List<DataRecord> records, List<DiagnosticInfo> diagnostics, Func<DataValueKind, string> notARecord)
    {
        foreach (var item in array.Items)
        {
            if (item.Kind != DataValueKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedJsonShape, item.Location, file.DisplayPath, notARecord(item.Kind)));
                continue;
            }

            records.Add(new DataRecord(item, item.Location.Line));
        }
    }
}
