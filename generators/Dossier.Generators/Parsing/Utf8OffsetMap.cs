using System.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Maps byte offsets in the UTF-8 encoding of a string back to UTF-16 offsets in the string,
/// because System.Text.Json reports bytes and Roslyn locations count characters. Offsets are
/// usually asked for in increasing order, so the map walks forward from the last answer
/// instead of decoding from the start each time.
/// </summary>
internal sealed class Utf8OffsetMap
{
    private readonly string _text;
    private readonly bool _isAscii;
    private int _byteOffset;
    private int _charOffset;

    public Utf8OffsetMap(string text) => _text = text;

    /// <param name="utf8Length">The length of the text's UTF-8 encoding: when it equals the text's length, every character is one byte and offsets map one to one.</param>
    public Utf8OffsetMap(string text, int utf8Length)
    {
        _text = text;
        _isAscii = utf8Length == text.Length;
    }

    public int ToCharOffset(long byteOffset)
    {
        if (_isAscii)
        {
            return (int)System.Math.Min(System.Math.Max(byteOffset, 0), _text.Length);
        }

        if (byteOffset < _byteOffset)
        {
            _byteOffset = 0;
            _charOffset = 0;
        }

        while (_byteOffset < byteOffset && _charOffset < _text.Length)
        {
            var c = _text[_charOffset];
            if (char.IsHighSurrogate(c) && _charOffset + 1 < _text.Length && char.IsLowSurrogate(_text[_charOffset + 1]))
            {
                _byteOffset += 4;
                _charOffset += 2;
            }
            else
            {
                _byteOffset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                _charOffset++;
            }
        }

        return _charOffset;
    }

    /// <summary>The byte offset of the start of the 0-based line <paramref name="line"/>, counting '\n' as System.Text.Json does.</summary>
    public static long LineStartByteOffset(byte[] utf8, long line)
    {
        long offset = 0;
        for (long seen = 0; seen < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset;
    }

    /// <summary>
    /// DOS104 for the first unpaired surrogate in a file's text (possible in a UTF-16 file), or
    /// null. Such text cannot be encoded exactly, so no value of the file is read.
    /// </summary>
    public static Diagnostics.DiagnosticInfo? CheckSurrogates(Model.DataFileInfo file, Microsoft.CodeAnalysis.Text.SourceText text, string content)
    {
        var index = FindUnpairedSurrogate(content);
        return index < 0
            ? null
            : Diagnostics.DiagnosticInfo.Create(
                Diagnostics.DiagnosticDescriptors.InvalidString,
                Diagnostics.LocationInfo.At(file.FilePath, text, index, 1),
                file.DisplayPath,
                $"an unpaired surrogate U+{(int)content[index]:X4}");
    }

    /// <summary>The first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    public static int FindUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public static byte[] Encode(string text) => StrictUtf8.GetBytes(text);

    // Encoding instances are thread-safe for GetBytes: one serves every file.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
