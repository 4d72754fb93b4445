using System.Globalization;
using Dossier.Generators.Inference;

namespace Dossier.Generators.Tests;

/// <summary>
/// The number fast paths write a value's text as it stands, skipping a parse and a print: they
/// must accept only texts that the full path would write back unchanged, and leave every other
/// text to it.
/// </summary>
public sealed class ScalarRulesTests
{
    [Theory]
    [InlineData("0", true)]
    [InlineData("7", true)]
    [InlineData("-7", true)]
    [InlineData("123456789", true)]
    [InlineData("1234567890", false)] // ten digits: may not fit, parsed instead
    [InlineData("-0", false)] // an int prints it as "0"
    [InlineData("-05", false)]
    [InlineData("1.5", false)]
    [InlineData("1e3", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void CanonicalInt32_OnlyWhereTheIntPrintsTheSameText(string text, bool expected)
    {
        Assert.Equal(expected, ScalarRules.IsCanonicalInt32(text));
        if (expected)
        {
            Assert.Equal(text, int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("0.5", true)]
    [InlineData("12.50", true)] // the trailing zero is kept by a decimal, and so in the data
    [InlineData("0.000", true)]
    [InlineData("-3.25", true)]
    [InlineData("43.8", true)]
    [InlineData("1234567890123456789012345678", true)] // 28 digits
    [InlineData("1234567890.123456789012345678", true)]
    [InlineData("0.0000000000000000000000000001", false)] // 29 digits written: left to the full check
    [InlineData("12345678901234567890123456789", false)]
    [InlineData("-0.5", false)] // "-0..." is left to the full path (a negative zero's sign is not printed)
    [InlineData("-0.0", false)]
    [InlineData("1e5", false)]
    [InlineData("1.5E-3", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("1.2.3", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void PlainDecimal_OnlyWhereTheDecimalPrintsTheSameText(string text, bool expected)
    {
        Assert.Equal(expected, ScalarRules.IsPlainDecimal(text));
        if (expected)
        {
            Assert.True(ScalarRules.TryDecimal(text, out var value));
            Assert.Equal(text, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    // "12.50" takes the fast path; "-0.5" and the 29-digit value are left to the full one.
    [Theory]
    [InlineData("12.50", "Decimal")]
    [InlineData("-0.5", "Decimal")]
    [InlineData("0.0000000000000000000000000001", "Decimal")]
    [InlineData("1.5e300", "Double")]
    [InlineData("1e400", "NotRepresentable")]
    [InlineData("2147483648", "Int64")]
    public void ClassifyNumber_GivesTheSmallestKindThatHoldsTheValueExactly(string text, string expected) =>
        Assert.Equal(expected, ScalarRules.ClassifyNumber(text).ToString());
}
