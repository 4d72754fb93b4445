using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emission;

/// <summary>
/// The compiled-data format: how records' values are written as text, and how a collection's
/// lines are cut into blocks. <c>src/Dossier/CompiledDataReader.cs</c> is its mirror, and
/// <c>CompiledDataFormatTests</c> pins the two together.
/// </summary>
/// <remarks>
/// <para>
/// One record per line (<c>\n</c>): its id, its source (<c>path:line</c>), then its properties'
/// values in property order, each after a <c>|</c>. The generated reader knows each value's
/// type, so the text carries no names and no type tags:
/// </para>
/// <list type="bullet">
/// <item>a string as written, with <c>\\</c>, <c>\|</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c> escapes (the last for control characters, line separators and invisible format characters);</item>
/// <item>a number in invariant form (<c>-12</c>, <c>43.80</c>, <c>1E+300</c>); <c>true</c> or <c>false</c>; an enum member's name;</item>
/// <item>a date as <c>2025-04-26</c>; a date with a time in the round-trip form <c>2025-04-26T10:30:00.0000000+05:00</c>;</item>
/// <item><c>\N</c> for null (an empty string is empty);</item>
/// <item>a nested record as <c>{</c>, its values each after a <c>|</c>, then <c>|}</c>;</item>
/// <item>a list as its item count, then each item after a <c>|</c>; markdown sections as a list of heading, level and text.</item>
/// </list>
/// <para>
/// A collection of at most <see cref="MaxRecordsInOneBlock"/> records and
/// <see cref="MaxCharsPerBlock"/> characters is one block. A larger one is cut where its content
/// says (<see cref="Blocks"/>), so that adding or removing a record changes the block it lands in
/// and at most one more, wherever its id sorts, instead of shifting every later block.
/// </para>
/// </remarks>
internal static class CompiledDataWriter
{
    /// <summary>The most records a collection may have to be written as one block.</summary>
    internal const int MaxRecordsInOneBlock = 128;

    /// <summary>
    /// Characters per block (unless one record is longer): a block's text then stays below the
    /// large-object heap's threshold (85,000 bytes), whose allocations are collected only with the
    /// whole heap, a cost an editor would pay on every keystroke.
    /// </summary>
    internal const int MaxCharsPerBlock = 32 * 1024;

    /// <summary>
    /// The size a block is cut at on average, in characters: a quarter of the most, so that a cut
    /// forced by the limit (which moves with the text before it) is rare.
    /// </summary>
    internal const int TargetCharsPerBlock = MaxCharsPerBlock / 4;

    /// <summary>The least weight a record counts for when blocks are cut: short records still make blocks of about <see cref="MaxRecordsInOneBlock"/>.</summary>
    private const int MinRecordWeight = TargetCharsPerBlock / MaxRecordsInOneBlock;

    /// <summary>Writes a record's id and source: the first two values of its line.</summary>
    public static void AppendRecordStart(StringBuilder line, string id, string displayPath, int lineNumber)
    {
        AppendString(line, id);
        line.Append('|');
        AppendString(line, displayPath);
        line.Append(':').Append(lineNumber.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Starts the next value of a record or list.</summary>
    public static void AppendSeparator(StringBuilder line) => line.Append('|');

    /// <summary>The null marker.</summary>
    public static void AppendNull(StringBuilder line) => line.Append("\\N");

    public static void AppendOpenRecord(StringBuilder line) => line.Append('{');

    public static void AppendCloseRecord(StringBuilder line) => line.Append("|}");

    /// <summary>A list's item count, which comes before its items.</summary>
    public static void AppendCount(StringBuilder line, int count) => line.Append(count.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number, boolean or enum member, already in its invariant form.</summary>
    public static void AppendRaw(StringBuilder line, string text) => line.Append(text);

    /// <summary>yyyy-MM-dd, digit by digit: every date of every record is written here.</summary>
    public static void AppendDate(StringBuilder line, System.DateTime date)
    {
        AppendDigits(line, date.Year, 4);
        line.Append('-');
        AppendDigits(line, date.Month, 2);
        line.Append('-');
        AppendDigits(line, date.Day, 2);
    }

    private static void AppendDigits(StringBuilder line, int value, int digits)
    {
        for (var unit = digits == 4 ? 1000 : 10; unit > 0; unit /= 10)
        {
            line.Append((char)('0' + (value / unit % 10)));
        }
    }

    public static void AppendDateTimeOffset(StringBuilder line, System.DateTimeOffset moment) =>
        line.Append(moment.ToString("o", CultureInfo.InvariantCulture));

    /// <summary>A markdown record's sections: their count, then heading, level and text of each.</summary>
    public static void AppendSection(StringBuilder line, string heading, string level, string text)
    {
        AppendSeparator(line);
        AppendString(line, heading);
        line.Append('|').Append(level).Append('|');
        AppendString(line, text);
    }

    /// <summary>Appends a string with the format's escapes.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c < '\u007F' && c != '\\' && c != '|')
            {
                continue; // printable ASCII, the common case
            }

            string? escape = c switch
            {
                '\\' => "\\\\",
                '|' => "\\|",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => NeedsUnicodeEscape(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null,
            };
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, start, i - start).Append(escape);
            start = i + 1;
        }

        builder.Append(value, start, value.Length - start);
    }

    /// <summary>
    /// Characters written as <c>\uXXXX</c>: controls, and the line and paragraph separators that
    /// C# counts as line breaks, and invisible format characters (zero-width and bidirectional
    /// marks, which could make the data read differently from what it holds). A fixed list, not
    /// Unicode categories, so that the output is the same whatever Unicode tables the host has.
    /// </summary>
    private static bool NeedsUnicodeEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || (c >= '\uFFF9' && c <= '\uFFFB');

    /// <summary>
    /// A collection's lines (each file's, in order) cut into blocks. A small collection is one
    /// block. A larger one is cut after a record when a hash of its id, taken modulo
    /// <see cref="TargetCharsPerBlock"/>, falls below the record's length: blocks then average about
    /// that many characters, and where a cut falls depends on that record alone, so an edit
    /// moves no cut but its own. A block that reaches <see cref="MaxCharsPerBlock"/> is cut anyway.
    /// Built straight from the files' lines: this runs on every edit.
    /// </summary>
    public static EquatableArray<DataBlockSpec> Blocks(IReadOnlyList<EquatableArray<string>> files)
    {
        var records = 0;
        var chars = 0;
        foreach (var lines in files)
        {
            records += lines.Count;
            foreach (var line in lines)
            {
                chars += line.Length + 1;
            }
        }

        if (records == 0)
        {
            return EquatableArray<DataBlockSpec>.Empty;
        }

        if (records <= MaxRecordsInOneBlock && chars <= MaxCharsPerBlock)
        {
            var all = new List<string>(records);
            foreach (var lines in files)
            {
                all.AddRange(lines);
            }

            return new EquatableArray<DataBlockSpec>(new[] { new DataBlockSpec(all.ToEquatableArray(), IdHash(all[0])) });
        }

        var blocks = new List<DataBlockSpec>();
        var current = new List<string>();
        var currentChars = 0;
        foreach (var lines in files)
        {
            foreach (var line in lines)
            {
                if (current.Count > 0 && currentChars + line.Length + 1 > MaxCharsPerBlock)
                {
                    blocks.Add(new DataBlockSpec(current.ToEquatableArray(), IdHash(current[0])));
                    current.Clear();
                    currentChars = 0;
                }

                current.Add(line);
                currentChars += line.Length + 1;
                var hash = IdHash(line);
                if ((hash % TargetCharsPerBlock) < System.Math.Max(line.Length + 1, MinRecordWeight))
                {
                    blocks.Add(new DataBlockSpec(current.ToEquatableArray(), IdHash(current[0])));
                    current.Clear();
                    currentChars = 0;
                }
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(new DataBlockSpec(current.ToEquatableArray(), IdHash(current[0])));
        }

        return blocks.ToEquatableArray();
    }

    /// <summary>
    /// A hash of a line's first value, the record's id (as written, escapes included): FNV-1a,
    /// then a final mix so that its low bits are as good as its high ones. Fixed, so that the
    /// output is the same on every host and run.
    /// </summary>
    internal static uint IdHash(string line)
    {
        var hash = 2166136261u;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '|')
            {
                break;
            }

            hash = (hash ^ c) * 16777619u;
            if (c == '\\' && i + 1 < line.Length)
            {
                hash = (hash ^ line[++i]) * 16777619u; // an escaped character, '|' included
            }
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }
}
