using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// A property-based round trip (CsCheck): random collections of JSON records, with keys in many
/// scripts, objects nested up to three deep, lists, unicode strings, numbers at the edges of int,
/// long, decimal and double, and missing and null values, written with <see cref="Utf8JsonWriter"/>.
/// Each key keeps one kind of value across records, so the data is always valid: the generator
/// must report nothing, its output must compile cleanly, and every value read back must equal
/// the value written. The same datasets are written as YAML too (PropertyBasedTests.Yaml.cs).
/// </summary>
public sealed partial class PropertyBasedTests
{
    private const int Iterations = 50;

    // ---- The model: a schema of fields, and values for it. ----

    internal enum Kind
    {
        String,
        Int,
        Long,
        Decimal,
        Double,
        Bool,
        Date,
        Moment,
        Object,
        ScalarList,
        ObjectList,
    }

    /// <summary>One key of an object shape. <see cref="Property"/> is the C# name the README's rules give the key.</summary>
    internal sealed record Field(string Key, string Property, Kind Kind, Kind Element, Field[] Children);

    /// <summary>A number, with the exact text the JSON writer writes for it.</summary>
    internal sealed record Number(object Value, string Text);

    /// <summary>An object: the fields it has a value (or null) for; a field it lacks is missing.</summary>
    internal sealed record JsonObject(ImmutableList<(Field Field, object? Value)> Values);

    internal sealed record Sample(string Id, JsonObject Record);

    internal sealed record Dataset(Field[] Fields, Sample[] Records, bool Indented, bool EscapeAllNonAscii)
    {
        public string Json { get; } = Write(Records, Indented, EscapeAllNonAscii);

        /// <summary>Written when asked: most tests read the JSON only.</summary>
        public string Yaml => WriteYaml(Records, Indented, EscapeAllNonAscii);

        public override string ToString() => Json;
    }

    private sealed record Shape(string Word, string Separator, string Decoration, bool Upper, Kind Kind, Kind Element, Field[] Children)
    {
        public Field ToField(int index)
        {
            var word = Upper ? char.ToUpperInvariant(Word[0]) + Word[1..] : Word;
            var number = (index + 1).ToString(CultureInfo.InvariantCulture);

            // PascalCase: the decoration (not identifier characters) and separators drop out, the first letter is upper-cased.
            return new Field(Decoration + word + Separator + number, char.ToUpperInvariant(Word[0]) + Word[1..] + number, Kind, Element, Children);
        }
    }

    // ---- Generators. ----

    /// <summary>Letters only (so that the number after them keeps every key's C# name distinct), in several scripts.</summary>
    private static readonly string[] Words =
    [
        "name", "value", "id", "source", "equals", "class", "item", "title", "date", "data",
        "név", "ключ", "键", "مفتاح", "clé", "straße", "ñandú", "İsim", "ısı", "Ωmega", "שם", "नाम", "이름", "ǆungla",
    ];

    private static readonly Gen<string> WordGen = Gen.OneOf(Words);
    private static readonly Gen<string> SeparatorGen = Gen.OneOf("", "_", "-", " ", ".", "__");
    private static readonly Gen<string> DecorationGen = Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.OneOf("🙂", "$", "@", "#", "¿")));

    private static readonly Kind[] ScalarKinds = [Kind.String, Kind.Int, Kind.Long, Kind.Decimal, Kind.Double, Kind.Bool, Kind.Date, Kind.Moment];

    private static Gen<Kind> KindGen(int depth) => depth >= 3
        ? Gen.OneOf(ScalarKinds)
        : Gen.Frequency((10, Gen.OneOf(ScalarKinds)), (2, Gen.Const(Kind.Object)), (2, Gen.Const(Kind.ScalarList)), (1, Gen.Const(Kind.ObjectList)));

    private static Gen<Shape> ShapeGen(int depth) =>
        Gen.Select(WordGen, SeparatorGen, DecorationGen, Gen.Bool, KindGen(depth), Gen.OneOf(ScalarKinds))
            .SelectMany(t => t.Item5 is Kind.Object or Kind.ObjectList
                ? FieldsGen(depth + 1).Select(children => new Shape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, children))
                : Gen.Const(new Shape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, [])));

    private static Gen<Field[]> FieldsGen(int depth) =>
        ShapeGen(depth).Array[0, depth == 1 ? 6 : 3].Select(shapes => shapes.Select((s, i) => s.ToField(i)).ToArray());

    /// <summary>Pieces of text that are hard to carry: quotes, escapes, separators, controls, bidi marks, emoji, CJK, Cyrillic.</summary>
    private static readonly Gen<string> TextGen = Gen.OneOf(
            Gen.OneOf("\"", "\"\"\"", "\\", "|", "\\N", "*/", "#if DEBUG", "{}", "\n", "\r\n", "\t", "\0", "\u0085", "\u2028", "\u2029", "\u200F", "\u202E", "\uFEFF", "\uFFFF", "<c>&", " "),
            Gen.OneOf("😀", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "𝄞"),
            Gen.Int[0x20, 0x7E].Select(c => ((char)c).ToString()),
            Gen.Int[0x4E00, 0x9FFF].Select(c => ((char)c).ToString()),
            Gen.Int[0x0400, 0x04FF].Select(c => ((char)c).ToString()),
            Gen.Int[0x00, 0x1F].Select(c => ((char)c).ToString()),
            Gen.Int[0xA0, 0xD7FF].Select(c => ((char)c).ToString()))
        .Array[0, 8]
        .Select(pieces => string.Concat(pieces));

    private static Gen<Number> NumberGen<T>(Gen<T> gen)
        where T : notnull =>
        gen.Select(value => new Number(value, JsonSerializer.Serialize(value)));

    private static readonly Gen<Number> IntGen = NumberGen(Gen.Frequency(
        (1, Gen.OneOf(int.MinValue, int.MaxValue, 0, -1, 1)),
        (1, Gen.Int)));

    private static readonly Gen<Number> LongGen = NumberGen(Gen.Frequency(
        (2, Gen.OneOf(long.MinValue, long.MaxValue, (long)int.MinValue - 1, (long)int.MaxValue + 1, 0L)),
        (1, Gen.Long),
        (1, Gen.Int.Select(i => (long)i))));

    private static readonly Gen<Number> DecimalGen = Gen.Frequency(
        (2, NumberGen(Gen.OneOf(
            decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m,
            1.2345678901234567890123456789m, -7.9228162514264337593543950335m, 43.80m, 0.1m, -0.5m, 1.10m, 9223372036854775808m, 0m))),
        (2, NumberGen(Gen.Decimal)),
        (1, IntGen));

    private static readonly Gen<Number> DoubleGen = NumberGen(Gen.Frequency(
        (3, Gen.OneOf(
            double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, 2.225073858507201E-308, 1e-300, -1.5e-200, 1e-30, 1e300,
            double.MaxValue, double.MinValue, 0.1, 0.30000000000000004, -0.0, 3.0, 1.5e-10)),
        (2, Gen.Double.Where(double.IsFinite)),
        (1, Gen.Long.Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite))));

    private static readonly Gen<DateOnly> DateGen =
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31])
            .Where(t => t.Item3 <= DateTime.DaysInMonth(t.Item1, t.Item2))
            .Select(t => new DateOnly(t.Item1, t.Item2, t.Item3));

    private static readonly Gen<DateTimeOffset> MomentGen =
        Gen.Select(Gen.Long[new DateTime(1900, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks], Gen.Int[-14 * 60, 14 * 60], Gen.Bool)
            .Select(t => new DateTimeOffset(new DateTime(t.Item3 ? t.Item1 : t.Item1 - (t.Item1 % TimeSpan.TicksPerSecond)), TimeSpan.FromMinutes(t.Item2)));

    private static Gen<object?> ScalarGen(Kind kind) => kind switch
    {
        Kind.String => TextGen.Select(s => (object?)s),
        Kind.Int => IntGen.Select(n => (object?)n),
        Kind.Long => LongGen.Select(n => (object?)n),
        Kind.Decimal => DecimalGen.Select(n => (object?)n),
        Kind.Double => DoubleGen.Select(n => (object?)n),
        Kind.Bool => Gen.Bool.Select(b => (object?)b),
        Kind.Date => DateGen.Select(d => (object?)d),
        _ => MomentGen.Select(m => (object?)m),
    };

    private static Gen<object?> ValueGen(Field field) => field.Kind switch
    {
        Kind.Object => ObjectGen(field.Children).Select(o => (object?)o),
        Kind.ScalarList => Gen.Frequency((6, ScalarGen(field.Element)), (1, Gen.Const((object?)null))).Array[0, 3].Select(items => (object?)items.ToImmutableList()),
        Kind.ObjectList => ObjectGen(field.Children).Array[0, 3].Select(items => (object?)items.Cast<object?>().ToImmutableList()),
        _ => ScalarGen(field.Kind),
    };

    /// <summary>A value for each field, or null (1 in 8), or nothing at all (1 in 8).</summary>
    private static Gen<JsonObject> ObjectGen(Field[] fields)
    {
        var gen = Gen.Const(ImmutableList<(Field, object?)>.Empty);
        foreach (var field in fields)
        {
            var choice = Gen.Frequency(
                (6, ValueGen(field).Select(v => (Present: true, Value: v))),
                (1, Gen.Const((Present: true, Value: (object?)null))),
                (1, Gen.Const((Present: false, Value: (object?)null))));
            gen = Gen.Select(gen, choice, (list, c) => c.Present ? list.Add((field, c.Value)) : list);
        }

        return gen.Select(values => new JsonObject(values));
    }

    private static readonly Gen<Dataset> DatasetGen =
        FieldsGen(1).SelectMany(fields =>
            Gen.Select(
                Gen.Select(TextGen, ObjectGen(fields)).Array[1, 4],
                Gen.Bool,
                Gen.Bool,
                (records, indented, escape) => new Dataset(
                    fields,
                    records.Select((r, i) => new Sample(r.Item1 + "#" + i.ToString(CultureInfo.InvariantCulture), r.Item2)).ToArray(),
                    indented,
                    escape)));

    // ---- Writing the JSON. ----

    private static string Write(Sample[] records, bool indented, bool escapeAllNonAscii)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = escapeAllNonAscii ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartArray();
            foreach (var record in records)
            {
                writer.WriteStartObject();
                writer.WriteString("id", record.Id);
                WriteMembers(writer, record.Record);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMembers(Utf8JsonWriter writer, JsonObject value)
    {
        foreach (var (field, item) in value.Values)
        {
            writer.WritePropertyName(field.Key);
            WriteValue(writer, item);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case Number { Value: int i }:
                writer.WriteNumberValue(i);
                break;
            case Number { Value: long l }:
                writer.WriteNumberValue(l);
                break;
            case Number { Value: decimal m }:
                writer.WriteNumberValue(m);
                break;
            case Number { Value: double d }:
                writer.WriteNumberValue(d);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                break;
            case JsonObject o:
                writer.WriteStartObject();
                WriteMembers(writer, o);
                writer.WriteEndObject();
                break;
            case ImmutableList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException("Unexpected model value " + value.GetType());
        }
    }

    // ---- Reading back. ----

    private static void AssertRoundTrip(Dataset dataset) => AssertRoundTrip(dataset, new DataFile("data/items.json", dataset.Json));

    private static void AssertRoundTrip(Dataset dataset, DataFile file)
    {
        var result = GeneratorHarness.Run(file);
        Assert.All(result.Driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        Assert.True(result.Diagnostics.IsEmpty, "Unexpected diagnostics for valid data:\n" + string.Join("\n", result.Diagnostics));
        var data = GeneratorHarness.Load(result);
        var records = data.Collection("Items");
        Assert.Equal(dataset.Records.Select(r => r.Id), records.Select(r => ((IRecord)r).Id));
        foreach (var (sample, record) in dataset.Records.Zip(records))
        {
            Assert.Equal(file.Path, ((IRecord)record).Source.Path);
            AssertObject(sample.Record, dataset.Fields, record, "items[" + sample.Id + "]", isRoot: true);
        }
    }

    private static void AssertObject(JsonObject expected, Field[] fields, object actual, string path, bool isRoot)
    {
        var type = actual.GetType();
        var known = fields.Select(f => f.Property).Concat(isRoot ? ["Id", "Source"] : []).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(known.Contains(property.Name), $"{path}: unexpected property {type.Name}.{property.Name}");
        }

        foreach (var field in fields)
        {
            var index = expected.Values.FindIndex(v => ReferenceEquals(v.Field, field));
            var property = type.GetProperty(field.Property);
            if (property is null)
            {
                Assert.True(index < 0, $"{path}: {type.Name} has no property {field.Property} for the key {JsonSerializer.Serialize(field.Key)}");
                continue;
            }

            var value = property.GetValue(actual);
            if (index < 0)
            {
                Assert.True(value is null, $"{path}.{field.Key}: missing in the data, but read back as {value}");
                continue;
            }

            AssertValue(expected.Values[index].Value, value, field, field.Kind, path + "." + field.Key);
        }
    }

    private static void AssertValue(object? expected, object? actual, Field field, Kind kind, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: null in the data, but read back as {actual}");
                break;
            case string s:
                Assert.True(actual is string, $"{path}: a string in the data, but read back as {actual?.GetType()}");
                Assert.Equal(s, (string)actual!);
                break;
            case bool b:
                Assert.Equal(b, Assert.IsType<bool>(actual));
                break;
            case Number number:
                Assert.True(actual is not null, $"{path}: {number.Text} read back as null");
                NumberTests.AssertEqualsText(number.Text, actual!);
                break;
            case DateOnly date:
                Assert.Equal(date, Assert.IsType<DateOnly>(actual));
                break;
            case DateTimeOffset moment:
                var read = Assert.IsType<DateTimeOffset>(actual);
                Assert.Equal(moment, read);
                Assert.Equal(moment.Offset, read.Offset);
                break;
            case JsonObject o:
                Assert.True(actual is not null, $"{path}: an object read back as null");
                AssertObject(o, field.Children, actual!, path, isRoot: false);
                break;
            case ImmutableList<object?> list:
                var items = Assert.IsAssignableFrom<System.Collections.IEnumerable>(actual).Cast<object?>().ToList();
                Assert.True(list.Count == items.Count, $"{path}: {list.Count} items written, {items.Count} read back");
                for (var i = 0; i < list.Count; i++)
                {
                    var element = kind == Kind.ObjectList ? Kind.Object : field.Element;
                    AssertValue(list[i], items[i], field, element, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }

                break;
            default:
                Assert.Fail("Unexpected model value " + expected.GetType());
                break;
        }
    }

    [Fact]
    public void RandomValidCollectionsRoundTripExactly() =>
        DatasetGen.Sample(AssertRoundTrip, iter: Iterations, print: d => d.Json);

    [Fact]
    public void RandomCollectionsGiveIdenticalSourcesOnEveryRun()
    {
        // Determinism under random data: two runs over one dataset give identical sources.
        DatasetGen.Sample(
            dataset =>
            {
                var first = GeneratorHarness.Run(new DataFile("data/items.json", dataset.Json));
                var second = GeneratorHarness.Run(new DataFile("data/items.json", dataset.Json));
                Assert.Equal(first.Sources, second.Sources);
            },
            iter: 20,
            print: d => d.Json);
    }
}
