using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Numbers at the edges of int, long, decimal and double. Every number either compiles to a value
/// equal to the number written (an int, long or decimal exactly; a double as the double nearest
/// the text, whose shortest round-trip form is the text), or fails with DOS202 at the number.
/// The expected outcome comes from an oracle of its own (exact rational arithmetic), not from
/// the generator's rules.
/// </summary>
public sealed class NumberTests
{
    private const string Prefix = "[{ \"id\": \"a\", \"n\": ";

    [Theory]
    [InlineData("1e400", null)]
    [InlineData("-1e400", null)]
    [InlineData("1e-400", null)]
    [InlineData("-0", typeof(int))]
    [InlineData("0", typeof(int))]
    [InlineData("0.1", typeof(decimal))]
    [InlineData("-0.0", typeof(decimal))]
    [InlineData("1.2345678901234567890123456789", typeof(decimal))]
    [InlineData("-1.2345678901234567890123456789", typeof(decimal))]
    [InlineData("0.0000000000000000000000000001", typeof(decimal))]
    [InlineData("9223372036854775807", typeof(long))]
    [InlineData("9223372036854775808", typeof(decimal))]
    [InlineData("-9223372036854775808", typeof(long))]
    [InlineData("-9223372036854775809", typeof(decimal))]
    [InlineData("79228162514264337593543950335", typeof(decimal))]
    [InlineData("-79228162514264337593543950335", typeof(decimal))]
    [InlineData("79228162514264337593543950336", null)]
    [InlineData("123456789012345678901234567890", null)]
    [InlineData("2147483647", typeof(int))]
    [InlineData("2147483648", typeof(long))]
    [InlineData("-2147483648", typeof(int))]
    [InlineData("-2147483649", typeof(long))]
    [InlineData("1E2", typeof(decimal))]
    [InlineData("1.5e-10", typeof(decimal))]
    [InlineData("5e-324", typeof(double))]
    [InlineData("4.9e-324", null)]
    [InlineData("1.7976931348623157e308", typeof(double))]
    [InlineData("-1.7976931348623157e308", typeof(double))]
    [InlineData("2.2250738585072014E-308", typeof(double))]
    [InlineData("1.7976931348623159e308", null)]
    [InlineData("1e300", typeof(double))]
    public void OneNumber(string text, Type? expected)
    {
        // The expectation written in the test is checked against the oracle too, so that a
        // mistake in either shows.
        Assert.Equal(expected, Oracle.Classify(text));
        var json = Prefix + text + " }]";
        var result = GeneratorHarness.Run(new DataFile("data/items.json", json));
        if (expected is null)
        {
            DiagnosticAssert.Single(result, "DOS202", "data/items.json", 1, Prefix.Length + 1, "The number " + text, "items.n");
            DiagnosticAssert.FailsCleanly(result);
            return;
        }

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var data = GeneratorHarness.Load(result);
        var record = data.Record("Items", "a");
        Assert.Equal(expected, CompiledDataset.PropertyType(record.GetType(), "N"));
        AssertEqualsText(text, CompiledDataset.Get(record, "N")!);
    }

    [Fact]
    public void NegativeZeroIsTheIntZero()
    {
        var record = GeneratorHarness.Compile(new DataFile("data/items.json", Prefix + "-0 }]")).Record("Items", "a");
        Assert.Equal(0, Assert.IsType<int>(CompiledDataset.Get(record, "N")));
    }

    [Fact]
    public void TwentyNineSignificantDigitsStayExact()
    {
        var record = GeneratorHarness.Compile(new DataFile("data/items.json", Prefix + "1.2345678901234567890123456789 }]")).Record("Items", "a");
        var value = Assert.IsType<decimal>(CompiledDataset.Get(record, "N"));
        Assert.Equal(1.2345678901234567890123456789m, value);
        Assert.Equal("1.2345678901234567890123456789", value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void IntegersBeyondLongAreExactDecimals()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "n": 9223372036854775808 }, { "id": "b", "n": -9223372036854775809 }, { "id": "c", "n": 1 }]"""));
        Assert.Equal(9223372036854775808m, CompiledDataset.Get(data.Record("Items", "a"), "N"));
        Assert.Equal(-9223372036854775809m, CompiledDataset.Get(data.Record("Items", "b"), "N"));
        Assert.Equal(1m, CompiledDataset.Get(data.Record("Items", "c"), "N"));
    }

    [Fact]
    public void ThirtyDigitIntegerIsDOS202AtTheValue()
    {
        // 1.2345...e29 is beyond decimal (7.9e28) and has more digits than a double keeps.
        const string Text = "123456789012345678901234567890";
        Assert.Null(Oracle.Classify(Text));
        var json = "[{ \"id\": \"a\",\n  \"n\": " + Text + " }]";
        var result = GeneratorHarness.Run(new DataFile("data/items.json", json));
        DiagnosticAssert.Single(result, "DOS202", "data/items.json", 2, 8, Text);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AHugeExponentMixedWithAFractionMakesEveryValueADouble()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "x": 1e300 }, { "id": "b", "x": 0.1 }, { "id": "c", "x": -2147483648 }, { "id": "d", "x": 5e-324 }]"""));
        Assert.Equal(typeof(double), CompiledDataset.PropertyType(data.Type("Item"), "X"));
        Assert.Equal(1e300, CompiledDataset.Get(data.Record("Items", "a"), "X"));
        Assert.Equal(0.1, CompiledDataset.Get(data.Record("Items", "b"), "X"));
        Assert.Equal(-2147483648d, CompiledDataset.Get(data.Record("Items", "c"), "X"));
        Assert.Equal(double.Epsilon, CompiledDataset.Get(data.Record("Items", "d"), "X"));
    }

    [Fact]
    public void ADecimalWithMoreDigitsThanADoubleBesideADoubleIsDOS202AtThatValue()
    {
        var json = "[{ \"id\": \"a\", \"x\": 1e300 },\n { \"id\": \"b\", \"x\": 1.2345678901234567890123456789 }]";
        var result = GeneratorHarness.Run(new DataFile("data/items.json", json));
        DiagnosticAssert.Single(result, "DOS202", "data/items.json", 2, 20, "1.2345678901234567890123456789", "a double");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void IntAndLongEdgesTogetherMakeALong()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "n": -2147483648 }, { "id": "b", "n": 2147483647 }, { "id": "c", "n": -9223372036854775808 }, { "id": "d", "n": 9223372036854775807 }]"""));
        Assert.Equal(typeof(long), CompiledDataset.PropertyType(data.Type("Item"), "N"));
        Assert.Equal((long)int.MinValue, CompiledDataset.Get(data.Record("Items", "a"), "N"));
        Assert.Equal((long)int.MaxValue, CompiledDataset.Get(data.Record("Items", "b"), "N"));
        Assert.Equal(long.MinValue, CompiledDataset.Get(data.Record("Items", "c"), "N"));
        Assert.Equal(long.MaxValue, CompiledDataset.Get(data.Record("Items", "d"), "N"));
    }

    [Fact]
    public void NumbersInListsAndNestedObjectsAreCheckedToo()
    {
        var json = "[{ \"id\": \"a\", \"list\": [1, 2.5, -0],\n \"nested\": { \"deep\": [1e400] } }]";
        var result = GeneratorHarness.Run(new DataFile("data/items.json", json));
        DiagnosticAssert.Single(result, "DOS202", "data/items.json", 2, json.Split('\n')[1].IndexOf("1e400", StringComparison.Ordinal) + 1, "1e400", "items.nested.deep");
        DiagnosticAssert.FailsCleanly(result);

        var data = GeneratorHarness.Compile(new DataFile("data/items.json", """[{ "id": "a", "list": [1, 2.5, -0, 9223372036854775808] }]"""));
        Assert.Equal(new[] { 1m, 2.5m, 0m, 9223372036854775808m }, (ValueList<decimal>)CompiledDataset.Get(data.Record("Items", "a"), "List")!);
    }

    [Fact]
    public void EveryEdgeNumberInOneCollectionReadsBackEqual()
    {
        // One property per number, in one record, each read back and compared with the text.
        var texts = new[]
        {
            "-0", "0.1", "1.2345678901234567890123456789", "9223372036854775808", "-9223372036854775809",
            "-2147483648", "5e-324", "1.7976931348623157e308", "79228162514264337593543950335", "0.0000000000000000000000000001",
        };
        var json = "[{ \"id\": \"a\", " + string.Join(", ", texts.Select((t, i) => $"\"n{i}\": {t}")) + " }]";
        var record = GeneratorHarness.Compile(new DataFile("data/items.json", json)).Record("Items", "a");
        for (var i = 0; i < texts.Length; i++)
        {
            AssertEqualsText(texts[i], CompiledDataset.Get(record, "N" + i.ToString(CultureInfo.InvariantCulture))!);
        }
    }

    [Theory]
    [InlineData("-0", typeof(int))]
    [InlineData("0.1", typeof(decimal))]
    [InlineData("1.2345678901234567890123456789", typeof(decimal))]
    [InlineData("9223372036854775808", typeof(decimal))]
    [InlineData("-2147483648", typeof(int))]
    [InlineData("1.7976931348623157e308", typeof(double))]
    [InlineData("1e400", null)]
    [InlineData("123456789012345678901234567890", null)]
    public void InFrontMatterYamlFilesAndTableCells(string text, Type? expected)
    {
        // Unquoted YAML and table cells are typed by JSON's number grammar, with the same rules.
        var frontMatter = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\nn: " + text + "\n---\n"));
        var yaml = GeneratorHarness.Run(new DataFile("data/items.yaml", "- id: a\n  n: " + text + "\n"));
        var table = GeneratorHarness.Run(new DataFile("data/figures.md", "| id | n |\n|----|---|\n| a | " + text + " |\n"));
        if (expected is null)
        {
            DiagnosticAssert.Single(frontMatter, "DOS202", "data/notes/a.md", 2, 4, text);
            DiagnosticAssert.FailsCleanly(frontMatter);
            DiagnosticAssert.Single(yaml, "DOS202", "data/items.yaml", 2, 6, text);
            DiagnosticAssert.FailsCleanly(yaml);
            DiagnosticAssert.Single(table, "DOS202", "data/figures.md", 3, 7, text);
            DiagnosticAssert.FailsCleanly(table);
            return;
        }

        Assert.True(frontMatter.Diagnostics.IsEmpty, string.Join("\n", frontMatter.Diagnostics));
        Assert.True(yaml.Diagnostics.IsEmpty, string.Join("\n", yaml.Diagnostics));
        Assert.True(table.Diagnostics.IsEmpty, string.Join("\n", table.Diagnostics));
        var note = GeneratorHarness.Load(frontMatter).Collection("Notes").Single();
        var item = GeneratorHarness.Load(yaml).Record("Items", "a");
        var row = GeneratorHarness.Load(table).Record("Figures", "a");
        foreach (var record in new[] { note, item, row })
        {
            Assert.Equal(expected, CompiledDataset.PropertyType(record.GetType(), "N"));
            AssertEqualsText(text, CompiledDataset.Get(record, "N")!);
        }
    }

    [Fact]
    public void EveryEdgeNumberInOneYamlRecordReadsBackEqual()
    {
        // The edges of int, long and decimal, plain in a YAML record file, each read back and compared with the text.
        var texts = new[]
        {
            "-2147483648", "2147483647", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "1.2345678901234567890123456789", "-0", "0.1",
        };
        var yaml = string.Concat(texts.Select((t, i) => $"n{i}: {t}\n"));
        var record = GeneratorHarness.Compile(new DataFile("data/items/a.yaml", yaml)).Record("Items", "a");
        for (var i = 0; i < texts.Length; i++)
        {
            AssertEqualsText(texts[i], CompiledDataset.Get(record, "N" + i.ToString(CultureInfo.InvariantCulture))!);
        }
    }

    /// <summary>The value read back equals the number written: exactly, or for a double, as the double nearest to it whose shortest form is the text.</summary>
    internal static void AssertEqualsText(string text, object value)
    {
        switch (value)
        {
            case int i:
                Assert.Equal(Oracle.Parse(text), Oracle.Parse(i.ToString(CultureInfo.InvariantCulture)));
                Assert.Equal(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), i);
                break;
            case long l:
                Assert.Equal(Oracle.Parse(text), Oracle.Parse(l.ToString(CultureInfo.InvariantCulture)));
                Assert.Equal(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), l);
                break;
            case decimal m:
                Assert.Equal(Oracle.Parse(text), Oracle.Parse(m.ToString(CultureInfo.InvariantCulture)));
                Assert.Equal(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), m);
                break;
            case double d:
                Assert.Equal(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), d);
                Assert.Equal(Oracle.Parse(text), Oracle.Parse(d.ToString("R", CultureInfo.InvariantCulture)));
                break;
            default:
                Assert.Fail($"{text} was read back as {value.GetType()}, not a number type");
                break;
        }
    }

    /// <summary>Exact arithmetic on decimal number texts, independent of the generator.</summary>
    internal static class Oracle
    {
        private static readonly BigInteger DecimalMantissaLimit = BigInteger.Pow(2, 96);

        /// <summary>The number as a reduced fraction (numerator, denominator &gt; 0).</summary>
        public static (BigInteger Numerator, BigInteger Denominator) Parse(string text)
        {
            var negative = text.StartsWith('-');
            var body = negative || text.StartsWith('+') ? text[1..] : text;
            var exponent = 0;
            var e = body.IndexOfAny(['e', 'E']);
            if (e >= 0)
            {
                exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                body = body[..e];
            }

            var point = body.IndexOf('.');
            if (point >= 0)
            {
                exponent -= body.Length - point - 1;
                body = body.Remove(point, 1);
            }

            var numerator = BigInteger.Parse(body, CultureInfo.InvariantCulture) * (negative ? -1 : 1);
            var denominator = BigInteger.One;
            if (exponent >= 0)
            {
                numerator *= BigInteger.Pow(10, exponent);
            }
            else
            {
                denominator = BigInteger.Pow(10, -exponent);
            }

            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            return gcd.IsZero || gcd.IsOne ? (numerator, denominator) : (numerator / gcd, denominator / gcd);
        }

        /// <summary>
        /// The smallest type that holds the number exactly, by the README's rules: int or long
        /// for integers written without fraction or exponent; decimal when some k / 10^s with
        /// |k| &lt; 2^96 and s &lt;= 28 equals it; double when the double nearest to it prints
        /// (shortest round trip) as the same number; otherwise null (DOS202).
        /// </summary>
        public static Type? Classify(string text)
        {
            var value = Parse(text);
            if (text.IndexOfAny(['.', 'e', 'E']) < 0 && value.Denominator.IsOne)
            {
                if (value.Numerator >= int.MinValue && value.Numerator <= int.MaxValue)
                {
                    return typeof(int);
                }

                if (value.Numerator >= long.MinValue && value.Numerator <= long.MaxValue)
                {
                    return typeof(long);
                }
            }

            if (FitsDecimal(value))
            {
                return typeof(decimal);
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                && Parse(d.ToString("R", CultureInfo.InvariantCulture)) == value)
            {
                return typeof(double);
            }

            return null;
        }

        private static bool FitsDecimal((BigInteger Numerator, BigInteger Denominator) value)
        {
            // The denominator must divide 10^s for some s <= 28, and the scaled numerator stay below 2^96.
            for (var scale = 0; scale <= 28; scale++)
            {
                var power = BigInteger.Pow(10, scale);
                if ((power % value.Denominator).IsZero)
                {
                    var mantissa = BigInteger.Abs(value.Numerator * (power / value.Denominator));
                    return mantissa < DecimalMantissaLimit;
                }
            }

            return false;
        }
    }
}
