using System;
using System.Globalization;

namespace Dossier.Tests;

public class SourceLocationTests
{
    [Fact]
    public void ToString_IsPathColonLine()
    {
        var location = new SourceLocation("data/meetings/almaty.md", 12);

        Assert.Equal("data/meetings/almaty.md:12", location.ToString());
    }

    [Fact]
    public void ToString_DoesNotGroupDigits()
    {
        var location = new SourceLocation("data/big.json", 1234567);

        Assert.Equal("data/big.json:1234567", location.ToString());
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public void ToString_IsInvariant_UnderAnyCurrentCulture(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);

        var positive = WithCulture(culture, () => new SourceLocation("data/meetings/almaty.md", 1234567).ToString());

        // Positive integers print alike in most cultures; a negative one shows whether the culture
        // leaked in (ar-SA's minus sign is U+061C U+002D, fa-IR's is U+200E U+2212).
        var negative = WithCulture(culture, () => new SourceLocation("data/x.json", -5).ToString());

        Assert.Equal("data/meetings/almaty.md:1234567", positive);
        Assert.Equal("data/x.json:-5", negative);
    }

    [Fact]
    public void ToString_IgnoresACultureWithACustomNegativeSign()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "minus ";

        var text = WithCulture(culture, () => new SourceLocation("a.md", -1).ToString());

        Assert.Equal("a.md:-1", text);
    }

    [Fact]
    public void ToString_KeepsThePathVerbatim()
    {
        var location = new SourceLocation("data/with space/ünïcode:colon.md", 3);

        Assert.Equal("data/with space/ünïcode:colon.md:3", location.ToString());
    }

    [Fact]
    public void Properties_HoldTheConstructorArguments()
    {
        var location = new SourceLocation("data/meetings/almaty.md", 12);

        Assert.Equal("data/meetings/almaty.md", location.Path);
        Assert.Equal(12, location.Line);
    }

    [Fact]
    public void Equality_IsByPathAndLine()
    {
        var location = new SourceLocation("data/a.md", 3);
        var same = new SourceLocation("data/" + "a.md", 3);
        var otherLine = new SourceLocation("data/a.md", 4);
        var otherPath = new SourceLocation("data/b.md", 3);

        Assert.Equal(location, same);
        Assert.True(location == same);
        Assert.Equal(location.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(location, otherLine);
        Assert.NotEqual(location, otherPath);
        Assert.True(location != otherLine);
    }

    [Fact]
    public void With_CreatesAModifiedCopy()
    {
        var location = new SourceLocation("data/a.md", 3);

        var moved = location with { Line = 10 };

        Assert.Equal(new SourceLocation("data/a.md", 10), moved);
        Assert.Equal(3, location.Line);
    }

    private static string WithCulture(CultureInfo culture, Func<string> action)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            Assert.Same(culture, CultureInfo.CurrentCulture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
