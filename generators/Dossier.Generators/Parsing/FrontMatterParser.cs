using System;
using System.Collections.Generic;
using System.IO;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads YAML front matter with YamlDotNet's parser into <see cref="DataValue"/>s, keeping each value's
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
        List<ParsingEvent>? events;
        try
        {
            events = parser.ReadEvents(yaml);
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

        if (events is null)
        {
            return null;
        }

        // The first document's root node: the event after the first DocumentStart.
        var index = events.FindIndex(e => e is DocumentStart) + 1;
        if (index == 0 || events[index] is DocumentEnd)
        {
            return new List<DataProperty>();
        }

        var root = events[index];
        if (root is not MappingStart)
        {
            if (root is Scalar { Style: ScalarStyle.Plain } scalar && PlainScalar.Classify(scalar.Value) == DataValueKind.Null)
            {
                return new List<DataProperty>(); // "---\n---": empty front matter
            }

            var end = root is SequenceStart ? events[FindEnd(events, index)] : root;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FrontMatterNotMapping,
                parser.At(root.Start, end.End),
                file.DisplayPath,
                root is SequenceStart ? "a sequence" : "a single value"));
            return null;
        }

        var value = parser.Convert(events, ref index, depth: 0);
        if (value is null)
        {
            return null;
        }

        // A second document ("--- [more]" before the closing fence) would be ignored: its
        // values would be lost without a word, so it is an error.
        var second = events.FindIndex(index, e => e is DocumentStart);
        if (second >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidFrontMatter,
                parser.At(events[second].Start, events[second].End),
                file.DisplayPath,
                "it holds more than one YAML document; front matter is one mapping, so merge them"));
            return null;
        }

        return new List<DataProperty>(value.Properties);
    }

    /// <summary>
    /// Reads the YAML's events once (flat, not recursive), refusing nesting deeper than
    /// <see cref="JsonDataParser.MaxDepth"/> and aliases, so that hostile nesting or alias bombs
    /// are refused before any value is built. The values are then built from these events: the
    /// YAML is parsed once, and no YamlDotNet node tree is built only to be converted.
    /// </summary>
    private List<ParsingEvent>? ReadEvents(string yaml)
    {
        var events = new List<ParsingEvent>(64);
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > JsonDataParser.MaxDepth)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, At(current.Start, current.End), _file.DisplayPath, JsonDataParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        return null;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias alias:
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, At(alias.Start, alias.End), _file.DisplayPath, "aliases (*name) are not supported; write the value out"));
                    return null;
            }

            events.Add(current);
        }

        return events;
    }

    /// <summary>The index of the end event of the mapping or sequence that starts at <paramref name="start"/>.</summary>
    private static int FindEnd(List<ParsingEvent> events, int start)
    {
        var depth = 0;
        for (var i = start; i < events.Count; i++)
        {
            depth += events[i] switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>
    /// Converts the node that starts at <paramref name="index"/> and moves past it. Recursion is
    /// bounded: <see cref="ReadEvents"/> refused anything nested deeper than the limit.
    /// </summary>
    private DataValue? Convert(List<ParsingEvent> events, ref int index, int depth)
    {
        var start = events[index++];
        if (depth >= JsonDataParser.MaxDepth)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, At(start.Start, start.End), _file.DisplayPath, JsonDataParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        switch (start)
        {
            case Scalar scalar:
                return ConvertScalar(scalar, At(scalar.Start, scalar.End));

            case SequenceStart:
                var items = new List<DataValue>();
                while (events[index] is not SequenceEnd)
                {
                    var item = Convert(events, ref index, depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return DataValue.Array(items.ToEquatableArray(), At(start.Start, events[index++].End));

            case MappingStart:
                var properties = new List<DataProperty>();
                HashSet<string>? seen = null;
                while (events[index] is not MappingEnd)
                {
                    var keyEvent = events[index];
                    var keyEnd = keyEvent is Scalar ? keyEvent : events[FindEnd(events, index)];
                    var keyLocation = At(keyEvent.Start, keyEnd.End);
                    if (keyEvent is not Scalar { Value: var key })
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, keyLocation, _file.DisplayPath, "a key must be a plain string, not a list or a mapping"));
                        return null;
                    }

                    index++;
                    var child = Convert(events, ref index, depth + 1);
                    if (child is null)
                    {
                        return null;
                    }

                    if (!DuplicateKeys.IsFirst(key, properties, ref seen))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, keyLocation, key, _file.DisplayPath));
                        return null;
                    }

                    properties.Add(new DataProperty(key, child, keyLocation));
                }

                return DataValue.Object(properties.ToEquatableArray(), At(start.Start, events[index++].End));

            default:
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFrontMatter, At(start.Start, start.End), _file.DisplayPath, "this kind of YAML node is not supported"));
                return null;
        }
    }

    private DataValue? ConvertScalar(Scalar scalar, LocationInfo location)
    {
        var text = scalar.Value;
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
