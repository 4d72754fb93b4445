using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads the YAML front matter of a markdown record with <see cref="YamlValueReader"/>: what is
/// particular to front matter is that it may be empty, and must otherwise be a mapping.
/// </summary>
internal static class FrontMatterParser
{
    /// <summary>
    /// Parses the YAML between the front matter fences. Returns the mapping's properties, or null
    /// when the YAML is invalid or not a mapping (a diagnostic is then added).
    /// </summary>
    public static List<DataProperty>? Parse(DataFileInfo file, DataDocument document, int yamlStart, string yaml, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (!YamlValueReader.TryRead(file, document, yamlStart, yaml, YamlOrigin.FrontMatter, diagnostics, cancellationToken, out var root))
        {
            return null;
        }

        if (root is not { } value || value.Kind == DataValueKind.Null)
        {
            return new List<DataProperty>(); // no YAML, or "---\n---": empty front matter
        }

        switch (value.Kind)
        {
            case DataValueKind.Object:
                return new List<DataProperty>(value.Properties);
            default:
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FrontMatterNotMapping,
                    value.Location,
                    file.DisplayPath,
                    value.Kind == DataValueKind.Array ? "a sequence" : "a single value"));
                return null;
        }
    }
}
