using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Types the unquoted text of YAML plain scalars and table cells. Only what is unambiguous is
/// typed: null words, true/false, and numbers in JSON's grammar (so "012", "+5" and "1_000"
/// stay strings, as in JSON). Everything else is a string; dates are recognised later, for
/// every string alike.
/// </summary>
internal static class PlainScalar
{
    public static DataValueKind Classify(string text)
    {
        switch (text)
        {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return DataValueKind.Null;
            case "true":
            case "True":
            case "TRUE":
            case "false":
            case "False":
            case "FALSE":
                return DataValueKind.Boolean;
        }

        return IsJsonNumber(text) ? DataValueKind.Number : DataValueKind.String;
    }

    /// <summary>The typed value of unquoted text: null, a boolean (as "true"/"false"), a number, or a string.</summary>
    public static DataValue ToValue(DataDocument document, string text, Microsoft.CodeAnalysis.Text.TextSpan span) => Classify(text) switch
    {
        DataValueKind.Null => document.Scalar(DataValueKind.Null, null, span),
        DataValueKind.Boolean => document.Scalar(DataValueKind.Boolean, text[0] is 't' or 'T' ? "true" : "false", span),
        var kind => document.Scalar(kind, text, span),
    };

    /// <summary>Whether <paramref name="text"/> matches RFC 8259's number grammar exactly.</summary>
    public static bool IsJsonNumber(string text)
    {
        var i = 0;
        var n = text.Length;
        if (i < n && text[i] == '-')
        {
            i++;
        }

        if (i >= n)
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else if (text[i] is >= '1' and <= '9')
        {
            while (i < n && char.IsDigit(text[i]) && text[i] < 128)
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (i < n && text[i] == '.')
        {
            i++;
            if (!SkipDigits(text, ref i))
            {
                return false;
            }
        }

        if (i < n && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < n && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (!SkipDigits(text, ref i))
            {
                return false;
            }
        }

        return i == n;
    }

    /// <summary>Whether <paramref name="text"/> is a number in RFC 8259's grammar with no fraction or exponent.</summary>
    public static bool IsJsonInteger(string text) => IsJsonNumber(text) && text.IndexOfAny(FractionOrExponent) < 0;

    private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };

    private static bool SkipDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > start;
    }
}
