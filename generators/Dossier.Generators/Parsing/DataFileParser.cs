using System.Threading;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>Reads a data file with the parser of its layout: the one place a new format is added.</summary>
internal static class DataFileParser
{
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, CancellationToken cancellationToken)
    {
        // A lone surrogate has no UTF-8 form, so no value holding it could be compiled in: every
        // format refuses the file at the first one (DOS104) before reading it.
        var content = text.ToString();
        if (Utf8OffsetMap.CheckSurrogates(file, text, content) is { } invalid)
        {
            return ParsedDataFile.Failed(file, invalid);
        }

        return file.Kind switch
        {
            DataFileKind.JsonArray or DataFileKind.JsonRecord => JsonDataParser.Parse(file, text, content, cancellationToken),
            DataFileKind.CsvTable or DataFileKind.TsvTable => CsvDataParser.Parse(file, text, content, cancellationToken),
            DataFileKind.YamlArray or DataFileKind.YamlRecord => YamlDataParser.Parse(file, text, content, cancellationToken),
            _ => MarkdownDataParser.Parse(file, text, content, cancellationToken),
        };
    }
}
