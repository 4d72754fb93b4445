using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Generators.Parsing;

/// <summary>
/// What differs between the places YAML is read from: the diagnostic for YAML that cannot be
/// read, and what to say when a second document follows the first.
/// </summary>
internal sealed class YamlOrigin
{
    public static readonly YamlOrigin FrontMatter = new(DiagnosticDescriptors.InvalidFrontMatter, "front matter is one mapping, so merge them");

    public static readonly YamlOrigin DataFile = new(DiagnosticDescriptors.InvalidYaml, "a data file is one document, so merge them, or put each record in a file of its own");

    private YamlOrigin(DiagnosticDescriptor invalid, string oneDocumentAdvice)
    {
        Invalid = invalid;
        OneDocumentAdvice = oneDocumentAdvice;
    }

    /// <summary>Reported with the file's display path and the reason.</summary>
    public DiagnosticDescriptor Invalid { get; }

    public string OneDocumentAdvice { get; }
}

/// <summary>
/// Reads one YAML document with YamlDotNet's parser into a <see cref="DataValue"/>, keeping each
/// value's position in its file: the one conversion of YAML to data, for front matter and YAML
/// data files alike. Quoted scalars are strings; plain scalars are typed by
/// <see cref="PlainScalar"/>, the same rules as table cells. Tags of YAML's core schema are
/// honoured only when the value fits them; any other tag is an error, never ignored. Aliases are
/// refused (an alias bomb expands a few lines into billions of values), and nesting is bounded by
/// <see cref="JsonDataParser.MaxDepth"/>.
/// </summary>
internal sealed class YamlValueReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Set only by the test that holds <see cref="PlainYamlReader"/> to YamlDotNet's result, to read with YamlDotNet alone.</summary>
    [System.ThreadStatic]
    internal static bool UseYamlDotNetOnly;

    private readonly DataFileInfo _file;
    private readonly DataDocument _document;
    private readonly int _offset;
    private readonly YamlOrigin _origin;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private Mark _lastEnd = Mark.Empty;

    private YamlValueReader(DataFileInfo file, DataDocument document, int offset, YamlOrigin origin, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _file = file;
        _document = document;
        _offset = offset;
        _origin = origin;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Reads the single document of <paramref name="yaml"/>, which starts at <paramref name="offset"/>
    /// in the file's text, into <paramref name="document"/>. False when it cannot be read (a diagnostic says why);
    /// otherwise <paramref name="root"/> is the document's value, or null when there is no document.
    /// </summary>
    public static bool TryRead(DataFileInfo file, DataDocument document, int offset, string yaml, YamlOrigin origin, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, out DataValue? root)
    {
        root = null;
        var reader = new YamlValueReader(file, document, offset, origin, diagnostics, cancellationToken);

        // YamlDotNet's reader takes a NUL for the end of the text: what follows it would be lost.
        if (yaml.IndexOf('\0') is var nul and >= 0)
        {
            reader.Report(origin.Invalid, document.Location(document.Span(offset + nul, 1)), file.DisplayPath, "it holds a NUL character (U+0000), which YAML does not allow; remove it, or write it as \"\\0\" in a double-quoted string");
            return false;
        }

        // The common case (plain "key: value" lines) in one pass; everything else through YamlDotNet.
        if (!UseYamlDotNetOnly && PlainYamlReader.TryRead(document, offset, yaml) is { } plain)
        {
            root = plain;
            return true;
        }

        List<ParsingEvent>? events;
        try
        {
            events = reader.ReadEvents(yaml);
        }
        catch (YamlException exception)
        {
            reader.Report(origin.Invalid, reader.At(exception.Start, exception.End), file.DisplayPath, CleanMessage(exception));
            return false;
        }
        catch (Exception exception) when (!Exceptions.IsFatal(exception))
        {
            // YamlDotNet may throw other exceptions on malformed input (with no position); it is
            // still the file's fault, and the end of the last node read is where reading stopped.
            reader.Report(origin.Invalid, reader.At(reader._lastEnd, reader._lastEnd), file.DisplayPath, "YamlDotNet could not read past this point (" + exception.Message.TrimEnd('.') + ")");
            return false;
        }

        if (events is null)
        {
            return false;
        }

        // The first document's root node: the event after the first DocumentStart.
        var index = events.FindIndex(e => e is DocumentStart) + 1;
        if (index == 0 || events[index] is DocumentEnd)
        {
            return true;
        }

        root = reader.Convert(events, ref index, depth: 0);
        if (root is null)
        {
            return false;
        }

        // A second document would be ignored: its values would be lost without a word.
        var second = events.FindIndex(index, e => e is DocumentStart);
        if (second >= 0)
        {
            reader.Report(origin.Invalid, reader.At(events[second].Start, events[second].End), file.DisplayPath, "it holds more than one YAML document; " + origin.OneDocumentAdvice);
            root = null;
            return false;
        }

        return true;
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
            _cancellationToken.ThrowIfCancellationRequested();
            var current = parser.Current!;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > JsonDataParser.MaxDepth)
                    {
                        ReportTooDeep(current);
                        return null;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias alias:
                    Report(_origin.Invalid, At(alias.Start, alias.End), _file.DisplayPath, "aliases (*name) are not supported; write the value out");
                    return null;
            }

            events.Add(current);
            _lastEnd = current.End;
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
            ReportTooDeep(start);
            return null;
        }

        switch (start)
        {
            case Scalar scalar:
                return ConvertScalar(scalar, SpanOf(scalar.Start, scalar.End));

            case SequenceStart sequence:
                if (!HasCollectionTag(sequence.Tag, "seq", sequence))
                {
                    return null;
                }

                var items = new List<DataValue>();
                while (events[index] is not SequenceEnd)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var item = Convert(events, ref index, depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item.Value);
                }

                return _document.Array(items, SpanOf(start.Start, events[index++].End));

            case MappingStart mapping:
                if (!HasCollectionTag(mapping.Tag, "map", mapping))
                {
                    return null;
                }

                var properties = new List<DataProperty>();
                HashSet<string>? seen = null;
                while (events[index] is not MappingEnd)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var keyEvent = events[index];
                    var keyEnd = keyEvent is Scalar ? keyEvent : events[FindEnd(events, index)];
                    var keySpan = SpanOf(keyEvent.Start, keyEnd.End);
                    if (keyEvent is not Scalar { Value: var key } keyScalar)
                    {
                        Report(_origin.Invalid, _document.Location(keySpan), _file.DisplayPath, "a key must be a plain string, not a list or a mapping");
                        return null;
                    }

                    // A key is read as a string whatever its tag: a tag that says otherwise would be ignored.
                    if (CoreTagName(keyScalar.Tag) is { Length: > 0 } keyTag && keyTag != "str")
                    {
                        ReportTag(keyScalar.Tag, _document.Location(keySpan), "a key is always a string, so only !!str may tag it");
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
                        Report(DiagnosticDescriptors.DuplicateKey, _document.Location(keySpan), key, _file.DisplayPath);
                        return null;
                    }

                    properties.Add(new DataProperty(key, child.Value, keySpan));
                }

                return _document.Object(properties, SpanOf(start.Start, events[index++].End));

            default:
                Report(_origin.Invalid, At(start.Start, start.End), _file.DisplayPath, "this kind of YAML node is not supported");
                return null;
        }
    }

    private DataValue? ConvertScalar(Scalar scalar, TextSpan span)
    {
        var text = scalar.Value;
        if (Utf8OffsetMap.FindUnpairedSurrogate(text) is var bad and >= 0)
        {
            Report(DiagnosticDescriptors.InvalidString, _document.Location(span), _file.DisplayPath, $"an unpaired surrogate U+{(int)text[bad]:X4}");
            return null;
        }

        // Without a tag, or with the non-specific "!", the style decides: quoted text is a string,
        // plain text is typed. A core tag must fit the text: it states the type, it never converts.
        var tag = CoreTagName(scalar.Tag);
        var kind = tag switch
        {
            null => scalar.Style == ScalarStyle.Plain ? PlainScalar.Classify(text) : DataValueKind.String,
            "" or "str" => DataValueKind.String,
            "int" when PlainScalar.IsJsonInteger(text) => DataValueKind.Number,
            "float" when PlainScalar.IsJsonNumber(text) => DataValueKind.Number,
            "bool" when PlainScalar.Classify(text) == DataValueKind.Boolean => DataValueKind.Boolean,
            "null" when PlainScalar.Classify(text) == DataValueKind.Null => DataValueKind.Null,
            _ => (DataValueKind?)null,
        };
        if (kind is not { } known)
        {
            ReportTag(scalar.Tag, _document.Location(span), tag is "map" or "seq" ? TagProblem(tag, "a scalar", text: null) : TagProblem(tag, "a scalar", text));
            return null;
        }

        return known switch
        {
            DataValueKind.String => _document.Scalar(DataValueKind.String, text, span),
            _ => PlainScalar.ToValue(_document, text, span),
        };
    }

    private bool HasCollectionTag(TagName tag, string expected, NodeEvent node)
    {
        var name = CoreTagName(tag);
        if (name is null or "" || name == expected)
        {
            return true;
        }

        ReportTag(tag, At(node.Start, node.End), TagProblem(name, expected == "map" ? "a mapping" : "a sequence", text: null));
        return false;
    }

    /// <summary>
    /// A tag's name within YAML's core schema ("int" for !!int), "" for the non-specific "!",
    /// null for no tag, and the whole tag for any other (never a core name).
    /// </summary>
    private static string? CoreTagName(TagName tag)
    {
        if (tag.IsEmpty)
        {
            return null;
        }

        var value = tag.Value;
        if (value == "!")
        {
            return string.Empty;
        }

        var name = value.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? value.Substring(CoreTagPrefix.Length)
            : value.StartsWith("!!", StringComparison.Ordinal) ? value.Substring(2)
            : null;
        return name is "str" or "int" or "float" or "bool" or "null" or "map" or "seq" ? name : value;
    }

    private static string TagProblem(string? tag, string node, string? text) => tag switch
    {
        "str" or "int" or "float" or "bool" or "null" or "map" or "seq" => text is null ? $"it is {node}, not {TagMeaning(tag)}" : $"'{text}' is not {TagMeaning(tag)}",
        _ => "only the tags of YAML's core schema (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are read",
    };

    private static string TagMeaning(string tag) => tag switch
    {
        "str" => "a string",
        "int" => "an integer in JSON's grammar",
        "float" => "a number in JSON's grammar",
        "bool" => "true or false",
        "null" => "a null word (null, ~ or nothing)",
        "map" => "a mapping",
        _ => "a sequence",
    };

    /// <summary>Names the tag as it is usually written: <c>!!int</c>, not its resolved <c>tag:yaml.org,2002:int</c>.</summary>
    private void ReportTag(TagName tag, LocationInfo location, string problem)
    {
        var written = tag.Value.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag.Value.Substring(CoreTagPrefix.Length) : tag.Value;
        Report(DiagnosticDescriptors.UnsupportedYamlTag, location, _file.DisplayPath, written, problem);
    }

    private void ReportTooDeep(ParsingEvent at) =>
        Report(DiagnosticDescriptors.NestingTooDeep, At(at.Start, at.End), _file.DisplayPath, JsonDataParser.MaxDepth.ToString(CultureInfo.InvariantCulture));

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private LocationInfo At(Mark start, Mark end) => _document.Location(SpanOf(start, end));

    private TextSpan SpanOf(Mark start, Mark end)
    {
        var from = _offset + (int)start.Index;
        var to = _offset + (int)end.Index;
        return _document.Span(from, Math.Max(1, to - from));
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes "(Line: 2, Col: 5, Idx: 10) - (Line ...): "; the location says that already.
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message).Trim().TrimEnd('.');
    }
}
