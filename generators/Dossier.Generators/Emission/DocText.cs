using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Emission;

/// <summary>Text from data made safe for the generated code's <c>///</c> doc comments.</summary>
internal static class DocText
{
    /// <summary>An example value for a doc comment: escaped like a C# string (so no line break can end the comment), shortened, XML-safe.</summary>
    public static string Example(string value)
    {
        const int MaxLength = 60;
        var shortened = value.Length <= MaxLength ? value : value.Substring(0, char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength) + "…";
        var escaped = new StringBuilder(SymbolDisplay.FormatLiteral(shortened, quote: false));
        escaped.Replace("\u0085", "\\u0085").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");
        return Escape(escaped.ToString());
    }

    /// <summary>
    /// Text from data made safe for a <c>///</c> comment: XML-escaped, and with no character that
    /// C# takes as a line break (which would end the comment and turn the rest into code).
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    // Control characters and U+FFFE/U+FFFF are not allowed in XML at all.
                    builder.Append(char.IsControl(c) || c >= '\uFFFE' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
                    break;
            }
        }

        return builder.ToString();
    }
}
