using System;
using System.Collections.Generic;
using System.IO;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads YAML front matter with YamlDotNet into <see cref="DataValue"/>s, keeping each value's
/// position in the markdown file. Quoted scalars are strings; plain scalars are typed by
/// <see cref="PlainScalar"/>, the same rules as table cells.
/// </summary>
internal sealed class FrontMatterParser
{
    private readonly DataFileInfo _file;
    private readonly SourceText _text;
    private readonly int _yamlStart;
    private readonly List<DiagnosticInfo> _diagnostics;

    private FrontMatterParser(DataFileInfo file, SourceText text, int yamlStart, List<DiagnosticInfo> diagnostics)
    {
        _file = file;
        _text = text;
        _yamlStart = yamlStart;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses the YAML between the front matter fences. Returns the mapping's properties, or null
    /// when the YAML is invalid or not a mapping (a diagnostic is then added).
    /// </summary>
    public static List<DataProperty>? Parse(DataFileInfo file, SourceText text, int yamlStart, string yaml, List<DiagnosticInfo> diagnostics)
    {
        var parser = new FrontMatterParser(file, text, yamlStart, diagnostics);
        var stream = new YamlStream();
        try
        {
            // YamlStream builds its tree recursively and expands aliases: check the event stream
            // first (flat, not recursive), so that hostile nesting or alias bombs are refused.
            if (!parser.CheckShape(yaml))
            {
                return null;
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidFrontMatter,
                parser.At(exception.Start, exception.End),
                file.DisplayPath,
                CleanMessage(exception)));
            return null;
        }
        catch (Exception exception) when (!Helpers.Exceptions.IsFatal(exception))
        {
            // YamlDotNet may throw other exceptions on malformed input; it is still the file's fault.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, LocationInfo.At(file.FilePath, text, yamlStart, 0), file.DisplayPath, exception.Message));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new List<DataProperty>();
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            if (root is YamlScalarNode { Style: ScalarStyle.Plain } scalar && PlainScalar.Classify(scalar.Value ?? string.Empty) == DataValueKind.Null)
            {
                return new List<DataProperty>(); // "---\n---": empty front matter
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FrontMatterNotMapping,
                parser.At(root.Start, root.End),
                file.DisplayPath,
                root is YamlSequenceNode ? "a sequence" : "a single value"));
            return null;
        }

        var value = parser.Convert(mapping, depth: 0);
        return value is null ? null : new List<DataProperty>(value.Properties);
    }

    /// <summary>Walks the YAML events: nesting at most <see cref="JsonDataParser.MaxDepth"/> levels, no aliases.</summary>
    private bool CheckShape(string yaml)
    {
        var events = new Parser(new StringReader(yaml));
        var depth = 0;
        while (events.MoveNext())
        {
            switch (events.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > JsonDataParser.MaxDepth)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, At(events.Current.Start, events.Current.End), _file.DisplayPath, JsonDataParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        return false;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias alias:
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, At(alias.Start, alias.End), _file.DisplayPath, "aliases (*name) are not supported; write the value out"));
                    return false;
            }
        }

        return true;
    }

    private DataValue? Convert(YamlNode node, int depth)
    {
        var location = At(node.Start, node.End);
        if (depth >= JsonDataParser.MaxDepth)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, location, _file.DisplayPath, JsonDataParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return ConvertScalar(scalar, location);

            case YamlSequenceNode sequence:
                var items = new List<DataValue>();
                foreach (var child in sequence.Children)
                {
                    var item = Convert(child, depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return DataValue.Array(items.ToEquatableArray(), location);

            case YamlMappingNode mapping:
                var properties = new List<DataProperty>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in mapping.Children)
                {
                    var keyLocation = At(pair.Key.Start, pair.Key.End);
                    if (pair.Key is not YamlScalarNode { Value: { } key })
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, keyLocation, _file.DisplayPath, "a key must be a plain string, not a list or a mapping"));
                        return null;
                    }

                    var child = Convert(pair.Value, depth + 1);
                    if (child is null)
                    {
                        return null;
                    }

                    if (!seen.Add(key))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, keyLocation, key, _file.DisplayPath));
                        return null;
                    }

                    properties.Add(new DataProperty(key, child, keyLocation));
                }

                return DataValue.Object(properties.ToEquatableArray(), location);

            default:
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, location, _file.DisplayPath, "this kind of YAML node is not supported"));
                return null;
        }
    }

    private DataValue? ConvertScalar(YamlScalarNode scalar, LocationInfo location)
    {
        var text = scalar.Value ?? string.Empty;
        if (Utf8OffsetMap.FindUnpairedSurrogate(text) is var bad and >= 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidString, location, _file.DisplayPath, $"an unpaired surrogate U+{(int)text[bad]:X4}"));
            return null;
        }

        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        var isString = scalar.Style != ScalarStyle.Plain || tag is "tag:yaml.org,2002:str" or "!!str";
        return isString ? DataValue.Scalar(DataValueKind.String, text, location) : PlainScalar.ToValue(text, location);
    }

    private LocationInfo At(Mark start, Mark end)
    {
        var from = _yamlStart + (int)start.Index;
        var to = _yamlStart + (int)end.Index;
        return LocationInfo.At(_file.FilePath, _text, from, Math.Max(1, to - from));
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes "(Line: 2, Col: 5, Idx: 10) - (Line ...): "; the location says that already.
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message).Trim().TrimEnd('.');
    }
}
