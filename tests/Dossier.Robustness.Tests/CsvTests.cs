using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// CSV and TSV files as a user or a spreadsheet writes them: a property-based round trip of random
/// values (strings with every kind of character, quoted; numbers at the edges of int, long and
/// decimal; booleans; empty cells as null) through random layouts (either separator, each line
/// end, a byte order mark, blank lines, padding), and hostile files: 50 MB, NUL characters,
/// lone surrogates, an unclosed quote at the start of a large file.
/// </summary>
public sealed class CsvTests
{
    internal enum Kind
    {
        String,
        Int,
        Long,
        Decimal,
        Bool,
    }

    internal sealed record Column(string Key, string Property, Kind Kind);

    /// <summary>A cell: its value (null for an empty cell) and its exact text (a number's, as JSON writes it).</summary>
    internal sealed record Cell(object? Value, string Text);

    internal sealed record Table(Column[] Columns, (string Id, Cell[] Cells)[] Rows, char Separator, string NewLine, bool Bom, bool FinalNewLine, int BlankLines, string Padding)
    {
        public string Text { get; } = Write(Columns, Rows, Separator, NewLine, Bom, FinalNewLine, BlankLines, Padding);

        public string Path => Separator == '\t' ? "data/items.tsv" : "data/items.csv";

        public override string ToString() => Path + ":\n" + Text;
    }

    /// <summary>Everything a cell may hold once quoted: separators, quotes, line breaks, tabs, controls, NUL, non-BMP, bidi marks, spaces at the edges.</summary>
    private static readonly Gen<string> TextGen = Gen.OneOf(
            Gen.OneOf("\"", "\"\"", ",", "\t", "\n", "\r", "\r\n", " ", "\0", "\\", "|", "\\N", "\u0085", "\u2028", "\u2029", "\u200F", "\u202E", "\uFEFF", "\uFFFF", "null", "true", "012", "1e5"),
            Gen.OneOf("😀", "👍🏽", "👨‍👩‍👧", "𝄞", "中文", "Кириллица", "İı"),
            Gen.Int[0x20, 0x7E].Select(c => ((char)c).ToString()),
            Gen.Int[0x00, 0x1F].Select(c => ((char)c).ToString()),
            Gen.Int[0xA0, 0xD7FF].Select(c => ((char)c).ToString()))
        .Array[0, 8]
        .Select(pieces => string.Concat(pieces));

    private static Gen<Cell> NumberGen<T>(Gen<T> gen)
        where T : notnull =>
        gen.Select(value => new Cell(value, JsonSerializer.Serialize(value)));

    private static Gen<Cell> ValueGen(Kind kind) => kind switch
    {
        Kind.String => TextGen.Select(text => new Cell(text, text)),
        Kind.Int => NumberGen(Gen.Frequency((1, Gen.OneOf(int.MinValue, int.MaxValue, 0, -1)), (1, Gen.Int))),
        Kind.Long => NumberGen(Gen.Frequency((2, Gen.OneOf(long.MinValue, long.MaxValue, (long)int.MinValue - 1, (long)int.MaxValue + 1)), (1, Gen.Long))),
        Kind.Decimal => NumberGen(Gen.Frequency(
            (2, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -7.9228162514264337593543950335m, 43.80m, 0.1m, 9223372036854775808m)),
            (2, Gen.Decimal))),
        _ => Gen.Bool.Select(b => new Cell(b, b ? "true" : "false")),
    };

    /// <summary>A cell of <paramref name="kind"/>, empty (null) one time in six.</summary>
    private static Gen<Cell> CellGen(Kind kind) => Gen.Frequency((1, Gen.Const(new Cell(null, string.Empty))), (5, ValueGen(kind)));

    private static Gen<Cell[]> CellsGen(Column[] columns) =>
        columns.Aggregate(Gen.Const(Array.Empty<Cell>()), (cells, column) => cells.SelectMany(before => CellGen(column.Kind).Select(cell => before.Append(cell).ToArray())));

    private static readonly Gen<Column[]> ColumnsGen =
        Gen.Select(Gen.OneOf("name", "value", "ключ", "键", "straße", "n"), Gen.OneOf(Kind.String, Kind.Int, Kind.Long, Kind.Decimal, Kind.Bool))
            .Array[1, 6]
            .Select(columns => columns.Select((c, i) => new Column(c.Item1 + "_" + (i + 1).ToString(CultureInfo.InvariantCulture), char.ToUpperInvariant(c.Item1[0]) + c.Item1[1..] + (i + 1).ToString(CultureInfo.InvariantCulture), c.Item2)).ToArray());

    private static readonly Gen<Table> TableGen =
        ColumnsGen.SelectMany(columns =>
            Gen.Select(
                Gen.Select(TextGen, Gen.Int[0, 1000]).Select(t => t.Item1 + "#" + t.Item2.ToString(CultureInfo.InvariantCulture))
                    .SelectMany(id => CellsGen(columns).Select(cells => (id, cells)))
                    .Array[0, 12]
                    .Select(rows => rows.DistinctBy(r => r.id).ToArray()),
                Gen.OneOf(',', '\t'),
                Gen.OneOf("\n", "\r\n", "\r"),
                Gen.Bool,
                Gen.Bool,
                Gen.Int[0, 2],
                Gen.OneOf(string.Empty, " ", "  ", "\t"))
            .Select(t => new Table(columns, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item2 == '\t' && t.Item7 == "\t" ? " " : t.Item7)));

    /// <summary>
    /// Strings and ids are quoted (a quote inside written twice), so they are strings whatever they
    /// hold; numbers and booleans are written bare, padded with <paramref name="padding"/>; an empty
    /// cell is empty. Blank lines go after the header and after each row.
    /// </summary>
    private static string Write(Column[] columns, (string Id, Cell[] Cells)[] rows, char separator, string newLine, bool bom, bool finalNewLine, int blankLines, string padding)
    {
        var lines = new List<string> { string.Join(separator, columns.Select(c => c.Key).Prepend("id")) };
        lines.AddRange(Enumerable.Repeat(string.Empty, blankLines));
        foreach (var (id, cells) in rows)
        {
            lines.Add(string.Join(separator, cells.Select((cell, i) => Format(cell, columns[i].Kind, padding)).Prepend(Quote(id))));
            lines.AddRange(Enumerable.Repeat(padding, blankLines));
        }

        var text = string.Join(newLine, lines) + (finalNewLine ? newLine : string.Empty);
        return bom ? "\uFEFF" + text : text;
    }

    private static string Format(Cell cell, Kind kind, string padding) =>
        cell.Value is null ? string.Empty : kind == Kind.String ? padding + Quote(cell.Text) + padding : padding + cell.Text + padding;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AssertRoundTrip(Table table)
    {
        var result = GeneratorHarness.Run(new DataFile(table.Path, table.Text));
        Assert.All(result.Driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        Assert.True(result.Diagnostics.IsEmpty, "Unexpected diagnostics for valid data:\n" + string.Join("\n", result.Diagnostics));
        if (table.Rows.Length == 0)
        {
            return; // a header alone: an empty collection, with no record type to read back
        }

        var records = GeneratorHarness.Load(result).Collection("Items");
        Assert.Equal(table.Rows.Select(r => r.Id), records.Select(r => ((IRecord)r).Id));
        foreach (var ((id, cells), record) in table.Rows.Zip(records))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                var column = table.Columns[i];
                var actual = CompiledDataset.Get(record, column.Property);
                var path = $"{id}.{column.Key}";
                switch (cells[i].Value)
                {
                    case null:
                        Assert.True(actual is null, $"{path}: empty in the file, read back as {actual}");
                        break;
                    case string s:
                        Assert.Equal(s, Assert.IsType<string>(actual));
                        break;
                    case bool b:
                        Assert.Equal(b, Assert.IsType<bool>(actual));
                        break;
                    default:
                        Assert.True(actual is not null, $"{path}: {cells[i].Text} read back as null");
                        NumberTests.AssertEqualsText(cells[i].Text, actual!);
                        break;
                }
            }
        }
    }

    [Fact]
    public void RandomTablesRoundTripExactly() =>
        TableGen.Sample(AssertRoundTrip, iter: 60, print: t => t.ToString());

    [Fact]
    public void RandomTablesGiveIdenticalSourcesOnEveryRun() =>
        TableGen.Sample(
            table =>
            {
                var first = GeneratorHarness.Run(new DataFile(table.Path, table.Text));
                var second = GeneratorHarness.Run(new DataFile(table.Path, table.Text));
                Assert.Equal(first.Sources, second.Sources);
            },
            iter: 20,
            print: t => t.ToString());

    // Hostile files.

    [Fact]
    public void A50MegabyteCsvFileIsReadInReasonableTime()
    {
        // 50 MB of rows, each with a long quoted text cell (separators, doubled quotes and a line
        // break in it), numbers, a boolean and an empty cell: about 130,000 records.
        var text = string.Concat(Enumerable.Repeat("Алматы, \"\"row\"\"; ", 20)) + "\nend";
        var builder = new StringBuilder("id,text,n,share,flag,empty\n");
        var row = 0;
        while (builder.Length < 50_000_000)
        {
            builder.Append("r").Append(row.ToString(CultureInfo.InvariantCulture))
                .Append(",\"").Append(text).Append(row.ToString(CultureInfo.InvariantCulture)).Append("\",")
                .Append((row * 7).ToString(CultureInfo.InvariantCulture)).Append(",0.").Append((row % 100).ToString("00", CultureInfo.InvariantCulture))
                .Append(',').Append(row % 2 == 0 ? "true" : "false").Append(",\n");
            row++;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = GeneratorHarness.Run(new DataFile("data/items.csv", builder.ToString()));
        stopwatch.Stop();

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Take(5)));
        var sources = string.Concat(result.Sources.Values);
        Assert.Contains("r0|data/items.csv:2|Алматы, \"row\"; Алматы", sources, StringComparison.Ordinal);
        Assert.Contains("\\nend0|0|", sources, StringComparison.Ordinal);
        var last = (row - 1).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"r{last}|data/items.csv:{(2 * row).ToString(CultureInfo.InvariantCulture)}|", sources, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"{row} rows (50 MB) took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void AnUnclosedQuoteAtTheStartOfALargeFileIsOneError()
    {
        var text = "id,text\na,\"" + string.Concat(Enumerable.Repeat("b,c\nd,e\n", 500_000));
        var result = GeneratorHarness.Run(new DataFile("data/items.csv", text));
        JsonTestSuiteTests.AssertNoCrash(result);
        DiagnosticAssert.Single(result, "DOS117", "data/items.csv", 2, 3, "never closed");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("id,text\na,x\0y\n", "x\0y")]
    [InlineData("id,text\na,\"\0\"\n", "\0")]
    [InlineData("id,text\na,\0\n", "\0")]
    public void ANulCharacterIsKeptAsText(string content, string expected)
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.csv", content));
        Assert.Equal(expected, CompiledDataset.Get(data.Record("Items", "a"), "Text"));
    }

    [Fact]
    public void ANulInAHeaderIsDroppedFromThePropertyName()
    {
        // The header names a key as JSON does: a NUL is no identifier character, so PascalCase drops
        // it (as for a JSON key, NamingTests), and the value is read under the name that is left.
        var data = GeneratorHarness.Compile(new DataFile("data/items.csv", "id,te\0xt\na,1\n"));
        var property = Assert.Single(data.Type("Item").GetProperties(), p => p.Name is not "Id" and not "Source");
        Assert.Equal("TeXt", property.Name);
        Assert.Equal(1, property.GetValue(data.Record("Items", "a")));
    }

    /// <summary>The surrogate is given as a number and put in place of '§': xunit would write a lone surrogate in an attribute's string as U+FFFD.</summary>
    [Theory]
    [InlineData("id,text\na,x§\n", 0xD800, 2, 4)]
    [InlineData("id,text\na,\"§\"\n", 0xDC00, 2, 4)]
    [InlineData("id,te§xt\na,1\n", 0xDBFF, 1, 6)]
    [InlineData("id\ttext\na\t😀§\n", 0xD83D, 2, 5)]
    public void ALoneSurrogateIsDOS104AtIt(string template, int surrogate, int line, int column)
    {
        var content = template.Replace('§', (char)surrogate);
        var path = content.Contains('\t', StringComparison.Ordinal) ? "data/items.tsv" : "data/items.csv";
        var result = GeneratorHarness.Run(new DataFile(path, content));
        JsonTestSuiteTests.AssertNoCrash(result);
        DiagnosticAssert.Single(result, "DOS104", path, line, column, "unpaired surrogate");
        DiagnosticAssert.FailsCleanly(result);
    }
}
