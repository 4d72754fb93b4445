using System;
using System.Globalization;
using System.Text;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// The inference rules for scalars. Numbers are classified by exactness, not by appearance:
/// a number goes to the smallest type that gives back exactly the digits written, so no value
/// is ever rounded on its way into the compiled data.
/// </summary>
internal static class ScalarRules
{
    private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };

    private static bool IsShortInteger(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length - start is < 1 or > 9)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A JSON number that is its own canonical text as an int (at most 9 digits; not "-0", which
    /// an int prints as "0"): written to the data as it stands, without a parse and a print.
    /// </summary>
    public static bool IsCanonicalInt32(string text) => IsShortInteger(text) && !text.StartsWith("-0", StringComparison.Ordinal);

    /// <summary>
    /// Digits with an optional sign and fraction (no exponent), 28 digits at most: a decimal holds
    /// such a value exactly and prints it back digit for digit, trailing zeros included, so it is
    /// a decimal without the parse, print and compare that <see cref="TryDecimal"/> does. ("-0..."
    /// is left to that path: a decimal does not print the sign of a negative zero.)
    /// </summary>
    public static bool IsPlainDecimal(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length - start < 1 || text.Length - start > 29 || text[start] == '.' || text[text.Length - 1] == '.' || (start == 1 && text[1] == '0'))
        {
            return false;
        }

        var points = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                points++;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return points <= 1 && text.Length - start - points <= 28;
    }

    public static NumberKind ClassifyNumber(string text)
    {
        if (IsShortInteger(text))
        {
            return NumberKind.Int32; // at most 9 digits: always fits, no parse needed
        }

        if (text.IndexOf('.') >= 0 && IsPlainDecimal(text))
        {
            return NumberKind.Decimal;
        }

        var isInteger = text.IndexOfAny(FractionOrExponent) < 0;
        if (isInteger)
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                return NumberKind.Int32;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                return NumberKind.Int64;
            }
        }

        if (TryDecimal(text, out _))
        {
            return NumberKind.Decimal;
        }

        return TryDouble(text, out _) ? NumberKind.Double : NumberKind.NotRepresentable;
    }

    /// <summary>Parses a decimal only when it holds exactly the value written (decimal.Parse rounds past 28-29 digits).</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && Normalize(value.ToString(CultureInfo.InvariantCulture)) == Normalize(text);

    /// <summary>Parses a double only when its shortest round-trip form is the value written.</summary>
    public static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && !double.IsInfinity(value) && !double.IsNaN(value)
        && Normalize(Shortest(value)) == Normalize(text);

    /// <summary>
    /// The shortest text that parses back to <paramref name="value"/>. "R" gives that on .NET Core
    /// but not on .NET Framework (Visual Studio's compiler host), where it may print 17 digits: a
    /// search over precisions gives the same answer on both, so a build never depends on its host.
    /// </summary>
    public static string Shortest(double value)
    {
        for (var precision = 1; precision < 17; precision++)
        {
            var text = value.ToString("G" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == value)
            {
                return text;
            }
        }

        return value.ToString("G17", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A canonical form of a decimal number's value: sign, significant digits and the exponent of
    /// the first digit, so that "43.80", "4.38e1" and "43.8" compare equal and "-0" equals "0".
    /// </summary>
    internal static string Normalize(string text)
    {
        var negative = text.StartsWith("-", StringComparison.Ordinal);
        var body = negative || text.StartsWith("+", StringComparison.Ordinal) ? text.Substring(1) : text;
        var exponent = 0L;
        var e = body.IndexOfAny(new[] { 'e', 'E' });
        if (e >= 0)
        {
            if (!long.TryParse(body.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return "invalid:" + text;
            }

            body = body.Substring(0, e);
        }

        var point = body.IndexOf('.');
        var digits = point < 0 ? body : body.Remove(point, 1);
        var integerDigits = point < 0 ? body.Length : point;
        var firstNonZero = 0;
        while (firstNonZero < digits.Length && digits[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        if (firstNonZero == digits.Length)
        {
            return "0";
        }

        var lastNonZero = digits.Length - 1;
        while (digits[lastNonZero] == '0')
        {
            lastNonZero--;
        }

        var significant = digits.Substring(firstNonZero, lastNonZero - firstNonZero + 1);
        var magnitude = exponent + integerDigits - firstNonZero;
        return new StringBuilder()
            .Append(negative ? "-" : string.Empty)
            .Append(significant)
            .Append('e')
            .Append(magnitude.ToString(CultureInfo.InvariantCulture))
            .ToString();
    }

    /// <summary>An ISO 8601 calendar date, <c>yyyy-MM-dd</c>, that exists.</summary>
    public static bool TryDate(string text, out DateTime date)
    {
        // What DateTime.TryParseExact(text, "yyyy'-'MM'-'dd", InvariantCulture) accepts, without its cost
        // (every string value of every record is tried).
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static readonly string[] DateTimeOffsetFormats =
    {
        "yyyy'-'MM'-'dd'T'HH':'mmzzz",
        "yyyy'-'MM'-'dd'T'HH':'mm':'sszzz",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFzzz",
        "yyyy'-'MM'-'dd'T'HH':'mm'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFF'Z'",
    };

    /// <summary>An ISO 8601 date and time with an explicit offset (<c>Z</c> or <c>+05:00</c>).</summary>
    public static bool TryDateTimeOffset(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 17 || text.Length > 35 || text[10] != 'T')
        {
            return false;
        }

        var styles = text.EndsWith("Z", StringComparison.Ordinal) ? DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal : DateTimeStyles.None;
        return DateTimeOffset.TryParseExact(text, DateTimeOffsetFormats, CultureInfo.InvariantCulture, styles, out value);
    }
}
