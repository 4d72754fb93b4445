using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Text;

namespace Dossier;

/// <summary>Reads one value from compiled-in data; generated code passes these to <see cref="CompiledDataReader.List{T}"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T CompiledValueReader<T>(ref CompiledDataReader reader);

/// <summary>
/// Reads the records that Dossier compiles into an assembly. For generated code only: the
/// generator writes each collection's values as UTF-8 text in the assembly's data section
/// (<c>"""..."""u8</c> literals, which cost no string-heap space and no IL), and builds the
/// records from it on first access to the collection, through this reader.
/// </summary>
/// <remarks>
/// <para>
/// The text holds one record per line (<c>\n</c>), its values in the order of the record's
/// properties, separated by <c>|</c>. The generated code knows each value's type, so the text
/// carries no names and no type tags:
/// </para>
/// <list type="bullet">
/// <item>strings as written, with <c>\\</c>, <c>\|</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c> escapes (the last for control and invisible format characters);</item>
/// <item>numbers in invariant form (<c>-12</c>, <c>43.80</c>, <c>1E+300</c>); <c>true</c> and <c>false</c>;</item>
/// <item>dates as <c>2025-04-26</c>; dates with times in the round-trip form <c>2025-04-26T10:30:00.0000000+05:00</c>;</item>
/// <item>a record's source as <c>path:line</c>; <c>\N</c> for null;</item>
/// <item>a nested record as <c>{</c>, its values, <c>}</c>; a list as its item count, then its items.</item>
/// </list>
/// <para>Every read checks the text's shape, so a mismatch between the code and its data fails loudly at the first wrong value.</para>
/// <para>The generator's <c>Emission/CompiledDataWriter.cs</c> specifies the format; this reader mirrors it, and <c>CompiledDataFormatTests</c> pins the two together.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct CompiledDataReader
{
    private static readonly SearchValues<byte> Stops = SearchValues.Create("|\n\\"u8);

    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    // The byte that ended the last value read: '|', '\n', or 0 at the end of the data.
    private byte _terminator;

    // Records of one file share their path: the last one is kept and its string reused.
    private int _pathStart;
    private int _pathLength;
    private string? _path;

    /// <summary>Starts reading <paramref name="data"/> from its beginning.</summary>
    public CompiledDataReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _terminator = 0;
        _pathStart = 0;
        _pathLength = 0;
        _path = null;
    }

    /// <summary>Whether the next value is null (<c>\N</c>); if it is, it is consumed.</summary>
    public bool IsNull()
    {
        var rest = _position < _data.Length ? _data.Slice(_position) : default;
        if (rest.Length >= 2 && rest[0] == (byte)'\\' && rest[1] == (byte)'N' && (rest.Length == 2 || rest[2] is (byte)'|' or (byte)'\n'))
        {
            _position += 2;
            Terminate();
            return true;
        }

        return false;
    }

    /// <summary>Reads a string.</summary>
    public string String()
    {
        var value = Next(out var escaped);
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        return escaped ? Unescape(value) : Encoding.UTF8.GetString(value);
    }

    /// <summary>Reads a <see langword="bool"/>.</summary>
    public bool Boolean()
    {
        var value = Next(out _);
        if (value.SequenceEqual("true"u8))
        {
            return true;
        }

        if (value.SequenceEqual("false"u8))
        {
            return false;
        }

        throw Invalid("a boolean", value);
    }

    /// <summary>Reads an <see langword="int"/>.</summary>
    public int Int32()
    {
        var value = Next(out _);
        return Utf8Parser.TryParse(value, out int result, out var consumed) && consumed == value.Length ? result : throw Invalid("an int", value);
    }

    /// <summary>Reads a <see langword="long"/>.</summary>
    public long Int64()
    {
        var value = Next(out _);
        return Utf8Parser.TryParse(value, out long result, out var consumed) && consumed == value.Length ? result : throw Invalid("a long", value);
    }

    /// <summary>Reads a <see langword="decimal"/>, keeping its scale (<c>43.80</c> stays <c>43.80</c>).</summary>
    public decimal Decimal()
    {
        var value = Next(out _);
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : throw Invalid("a decimal", value);
    }

    /// <summary>Reads a <see langword="double"/> written in its round-trip form.</summary>
    public double Double()
    {
        var value = Next(out _);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : throw Invalid("a double", value);
    }

    /// <summary>Reads a date written <c>yyyy-MM-dd</c>.</summary>
    public DateOnly DateOnly()
    {
        var value = Next(out _);
        if (value.Length == 10 && value[4] == (byte)'-' && value[7] == (byte)'-'
            && Digits(value.Slice(0, 4), out var year) && Digits(value.Slice(5, 2), out var month) && Digits(value.Slice(8, 2), out var day))
        {
            return new DateOnly(year, month, day);
        }

        throw Invalid("a date", value);
    }

    /// <summary>Reads a date and time with an offset, written in the round-trip form (<c>o</c>).</summary>
    public DateTimeOffset DateTimeOffset()
    {
        var value = Next(out _);
        return Utf8Parser.TryParse(value, out DateTimeOffset result, out var consumed, 'O') && consumed == value.Length ? result : throw Invalid("a date and time", value);
    }

    /// <summary>Reads a member of <typeparamref name="TEnum"/> by its name.</summary>
    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var value = Next(out _);
        Span<char> name = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        var length = Encoding.UTF8.GetChars(value, name);
        return System.Enum.TryParse<TEnum>(name.Slice(0, length), ignoreCase: false, out var result) ? result : throw Invalid("a member of " + typeof(TEnum).Name, value);
    }

    /// <summary>Reads a record's source, <c>path:line</c>.</summary>
    public SourceLocation Source()
    {
        var start = _position;
        var value = Next(out var escaped);
        var colon = value.LastIndexOf((byte)':');
        if (colon <= 0 || !Utf8Parser.TryParse(value.Slice(colon + 1), out int line, out var consumed) || consumed != value.Length - colon - 1)
        {
            throw Invalid("a source location", value);
        }

        var path = value.Slice(0, colon);
        if (_path is null || !path.SequenceEqual(_data.Slice(_pathStart, _pathLength)))
        {
            _path = escaped ? Unescape(path) : Encoding.UTF8.GetString(path);
            _pathStart = start;
            _pathLength = path.Length;
        }

        return new SourceLocation(_path, line);
    }

    /// <summary>Reads a list: its item count, then each item with <paramref name="read"/>.</summary>
    public ValueList<T> List<T>(CompiledValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var count = Int32();
        if (count == 0)
        {
            return ValueList<T>.Empty;
        }

        if (count < 0)
        {
            throw Invalid("a list's item count", default);
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(ref this);
        }

        return ValueList<T>.FromTrustedArray(items);
    }

    /// <summary>Reads the <c>{</c> that opens a nested record.</summary>
    public void Open() => Expect((byte)'{', "'{', the start of a nested record");

    /// <summary>Reads the <c>}</c> that closes a nested record.</summary>
    public void Close() => Expect((byte)'}', "'}', the end of a nested record");

    /// <summary>Checks that the last value read ended its line: a record has been read whole.</summary>
    public void EndRecord()
    {
        if (_terminator == (byte)'|')
        {
            throw Invalid("the end of a record", default);
        }
    }

    /// <summary>Checks that all of the data has been read.</summary>
    public readonly void EndData()
    {
        if (_position < _data.Length)
        {
            throw new InvalidDataException($"Dossier's compiled data has {(_data.Length - _position).ToString(CultureInfo.InvariantCulture)} bytes left after its last record. Rebuild the project.");
        }
    }

    private void Expect(byte marker, string what)
    {
        var value = Next(out _);
        if (value.Length != 1 || value[0] != marker)
        {
            throw Invalid(what, value);
        }
    }

    /// <summary>The next value's raw bytes; advances past it and its terminator.</summary>
    private ReadOnlySpan<byte> Next(out bool escaped)
    {
        if (_position > _data.Length)
        {
            throw new InvalidDataException("Dossier's compiled data ended before its last value. Rebuild the project.");
        }

        var rest = _data.Slice(_position);
        var length = rest.IndexOfAny(Stops);
        escaped = false;
        while (length >= 0 && rest[length] == (byte)'\\')
        {
            escaped = true;
            var skip = length + 2;
            var next = skip >= rest.Length ? -1 : rest.Slice(skip).IndexOfAny(Stops);
            length = next < 0 ? -1 : skip + next;
        }

        if (length < 0)
        {
            length = rest.Length;
        }

        _position += length;
        Terminate();
        return rest.Slice(0, length);
    }

    private void Terminate()
    {
        if (_position < _data.Length)
        {
            _terminator = _data[_position];
            _position++;
        }
        else
        {
            _terminator = 0;
            _position = _data.Length + 1; // nothing left: a further read fails
        }
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static string Unescape(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }

            var escape = text[++i];
            switch (escape)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u' when i + 4 < text.Length && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    builder.Append(escape); // \\ and \|
                    break;
            }
        }

        return builder.ToString();
    }

    private readonly InvalidDataException Invalid(string expected, ReadOnlySpan<byte> value) =>
        new($"Dossier's compiled data holds '{Encoding.UTF8.GetString(value)}' at byte {_position.ToString(CultureInfo.InvariantCulture)} where it expects {expected}. Rebuild the project.");
}
