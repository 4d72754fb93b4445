using System.Threading;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>Reads a data file with the parser of its layout: the one place a new format is added.</summary>
internal static class DataFileParser
{
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, CancellationToken cancellationToken) => file.Kind switch
    {
        DataFileKind.JsonArray or DataFileKind.JsonRecord => JsonDataParser.Parse(file, text, cancellationToken),
        DataFileKind.CsvTable or DataFileKind.TsvTable => CsvDataParser.Parse(file, text, cancellationToken),
        DataFileKind.YamlArray or DataFileKind.YamlRecord => YamlDataParser.Parse(file, text, cancellationToken),
        _ => MarkdownDataParser.Parse(file, text, cancellationToken),
    };
}
