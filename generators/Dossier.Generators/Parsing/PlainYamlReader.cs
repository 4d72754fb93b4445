using System;
using System.Collections.Generic;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads the YAML most front matter and YAML data files hold, one <c>key: value</c> per line with
/// plain scalars, flow lists of them (<c>tags: [trade, energy]</c>) or block lists of them (one
/// indented <c>- item</c> per line), and a sequence of such mappings (<c>- id: kz</c>, the item's
/// other keys two spaces in), in one pass over the text, to the same values and locations
/// YamlDotNet's parser gives (a differential test holds it to that). Anything else (quotes with
/// escapes, comments, blank lines, nesting, other indents, a character that could mean something
/// in YAML) returns null, and <see cref="YamlValueReader"/> reads the text with YamlDotNet.
/// Written by hand because YamlDotNet has no cheaper mode: its event parser is most of the cost of
/// a markdown or YAML data file.
/// </summary>
internal static class PlainYamlReader
{
    /// <summary>The document's mapping or sequence of mappings, or null when the text is not in the subset read here.</summary>
    public static DataValue? TryRead(DataDocument document, int offset, string yaml)
    {
        // The values read before the text turns out not to be plain are taken back out.
        var checkpoint = document.Checkpoint();
        var value = Read(document, offset, yaml);
        if (value is null)
        {
            document.Rewind(checkpoint);
        }

        return value;
    }

    private static DataValue? Read(DataDocument document, int offset, string yaml)
    {
        var position = 0;
        return yaml.StartsWith("- ", StringComparison.Ordinal)
            ? ReadSequence(document, offset, yaml)
            : ReadMapping(document, offset, yaml, ref position, isItem: false);
    }

    /// <summary>A YAML record file's sequence of mappings, each item's "- " at the line's start and its other keys two spaces in.</summary>
    private static DataValue? ReadSequence(DataDocument document, int offset, string yaml)
    {
        var items = new List<DataValue>();
        var position = 0;
        while (position < yaml.Length)
        {
            if (!(yaml[position] == '-' && position + 1 < yaml.Length && yaml[position + 1] == ' '))
            {
                return null;
            }

            if (ReadMapping(document, offset, yaml, ref position, isItem: true) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        // A block sequence, as YamlDotNet places it: from its first "-" to the end of the text.
        return document.Array(items, At(document, offset, 0, yaml.Length));
    }

    /// <summary>
    /// The key lines of one block mapping from <paramref name="position"/> on, which moves past them:
    /// the whole text for a document's mapping (keys at the line's start), or a sequence item ("- "
    /// before its first key, two spaces before the others) up to the next item's "- ".
    /// </summary>
    private static DataValue? ReadMapping(DataDocument document, int offset, string yaml, ref int position, bool isItem)
    {
        var properties = new List<DataProperty>();
        HashSet<string>? seen = null;
        var first = position + (isItem ? 2 : 0);
        while (position < yaml.Length)
        {
            var (lineEnd, next) = Line(yaml, position);
            var keyStart = position;
            if (isItem)
            {
                if (position + 2 == first)
                {
                    keyStart = first;
                }
                else if (yaml[position] == '-')
                {
                    break; // the next item
                }
                else if (lineEnd - position > 2 && yaml[position] == ' ' && yaml[position + 1] == ' ')
                {
                    keyStart = position + 2;
                }
                else
                {
                    return null;
                }
            }

            var keyEnd = keyStart;
            while (keyEnd < lineEnd && IsKeyChar(yaml[keyEnd], keyEnd == keyStart))
            {
                keyEnd++;
            }

            if (keyEnd == keyStart || keyEnd >= lineEnd || yaml[keyEnd] != ':')
            {
                return null;
            }

            var key = yaml.Substring(keyStart, keyEnd - keyStart);
            if (!DuplicateKeys.IsFirst(key, properties, ref seen))
            {
                return null; // YamlDotNet's path reports it
            }

            DataValue? value;
            if (keyEnd + 1 == lineEnd)
            {
                // "key:" alone: a block list of scalars follows, one "- item" per line, indented past the keys.
                value = ReadBlockList(document, offset, yaml, ref next, keyStart - position);
            }
            else if (keyEnd + 2 < lineEnd && yaml[keyEnd + 1] == ' ')
            {
                // ": " then a value that starts at once, and nothing after the value but the line's end.
                var valueStart = keyEnd + 2;
                value = yaml[valueStart] == '['
                    ? ReadList(document, offset, yaml, valueStart, lineEnd)
                    : ReadScalar(document, offset, yaml, valueStart, lineEnd, inList: false);
            }
            else
            {
                return null;
            }

            if (value is null)
            {
                return null;
            }

            properties.Add(new DataProperty(key, value.Value, At(document, offset, keyStart, keyEnd)));
            position = next;
        }

        if (properties.Count == 0)
        {
            return null;
        }

        // A block mapping, as YamlDotNet places it: from its first key to where the next item starts, or the end of the text.
        return document.Object(properties, At(document, offset, first, position < yaml.Length ? position : yaml.Length));
    }

    /// <summary>The end of the line that starts at <paramref name="position"/> (before its CR LF or LF) and the start of the next.</summary>
    private static (int LineEnd, int Next) Line(string yaml, int position)
    {
        var lineEnd = yaml.IndexOf('\n', position);
        var next = lineEnd < 0 ? yaml.Length : lineEnd + 1;
        if (lineEnd < 0)
        {
            lineEnd = yaml.Length;
        }

        if (lineEnd > position && yaml[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return (lineEnd, next);
    }

    /// <summary>
    /// The lines from <paramref name="next"/> on that are items of one block list, all indented alike
    /// ("  - item"), each a scalar; <paramref name="next"/> moves past them. Null when there are none.
    /// </summary>
    /// <param name="keyIndent">The indent of the list's key: the items must be indented further.</param>
    private static DataValue? ReadBlockList(DataDocument document, int offset, string yaml, ref int next, int keyIndent)
    {
        var items = new List<DataValue>();
        var first = -1;
        var indent = -1;
        var position = next;
        while (position < yaml.Length)
        {
            var (lineEnd, following) = Line(yaml, position);
            var dash = position;
            while (dash < lineEnd && yaml[dash] == ' ')
            {
                dash++;
            }

            if (dash - position <= keyIndent || dash + 2 >= lineEnd || yaml[dash] != '-' || yaml[dash + 1] != ' ')
            {
                break; // the next key, or something the plain reader does not read
            }

            if (indent < 0)
            {
                indent = dash - position;
                first = dash;
            }
            else if (dash - position != indent)
            {
                return null;
            }

            var item = ReadScalar(document, offset, yaml, dash + 2, lineEnd, inList: false);
            if (item is null)
            {
                return null;
            }

            items.Add(item.Value);
            position = following;
        }

        if (items.Count == 0)
        {
            return null;
        }

        // YamlDotNet ends the list where the next token starts: past the next line's indent.
        next = position;
        var end = position;
        while (end < yaml.Length && yaml[end] == ' ')
        {
            end++;
        }

        return document.Array(items, At(document, offset, first, end));
    }

    private static DataValue? ReadList(DataDocument document, int offset, string yaml, int start, int lineEnd)
    {
        if (yaml[lineEnd - 1] != ']')
        {
            return null;
        }

        // YamlDotNet ends a flow sequence where its ']' starts.
        var items = new List<DataValue>();
        var position = start + 1;
        if (position == lineEnd - 1)
        {
            return document.Array(items, At(document, offset, start, lineEnd - 1));
        }

        while (true)
        {
            var itemEnd = position;
            while (itemEnd < lineEnd - 1 && yaml[itemEnd] != ',')
            {
                itemEnd++;
            }

            var item = ReadScalar(document, offset, yaml, position, itemEnd, inList: true);
            if (item is null)
            {
                return null;
            }

            items.Add(item.Value);
            if (itemEnd == lineEnd - 1)
            {
                return document.Array(items, At(document, offset, start, lineEnd - 1));
            }

            // ", " between items, exactly.
            if (itemEnd + 2 >= lineEnd - 1 || yaml[itemEnd + 1] != ' ')
            {
                return null;
            }

            position = itemEnd + 2;
        }
    }

    /// <summary>
    /// A scalar filling [start, end): a double-quoted string without escapes (a string, whatever it
    /// holds), or a plain scalar that starts with a letter or digit, holds only characters that mean
    /// nothing in YAML, and ends without a space (typed as YamlDotNet's path types it).
    /// </summary>
    private static DataValue? ReadScalar(DataDocument document, int offset, string yaml, int start, int end, bool inList)
    {
        if (start < end && yaml[start] == '"')
        {
            return ReadQuoted(document, offset, yaml, start, end);
        }

        if (start >= end || !IsLetterOrDigit(yaml[start]) || yaml[end - 1] == ' ')
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            var c = yaml[i];
            if (!(IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '/' or '(' or ')' or '\'' || (c == ' ' && yaml[i - 1] != ' ') || (c == ',' && !inList)))
            {
                return null;
            }
        }

        return PlainScalar.ToValue(document, yaml.Substring(start, end - start), At(document, offset, start, end));
    }

    private static DataValue? ReadQuoted(DataDocument document, int offset, string yaml, int start, int end)
    {
        if (end - start < 2 || yaml[end - 1] != '"')
        {
            return null;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            // An escape, a quote or a control character: YamlDotNet's rules apply.
            if (yaml[i] is '"' or '\\' || char.IsControl(yaml[i]) || char.IsSurrogate(yaml[i]))
            {
                return null;
            }
        }

        return document.Scalar(DataValueKind.String, yaml.Substring(start + 1, end - start - 2), At(document, offset, start, end));
    }

    private static bool IsKeyChar(char c, bool first) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (!first && (c is (>= '0' and <= '9') or '-'));

    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static TextSpan At(DataDocument document, int offset, int start, int end) =>
        document.Span(offset + start, end - start > 1 ? end - start : 1);
}
