using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests;

/// <summary>
/// Every kind of data error, in every layout that can hold it, reported at its exact place: the
/// file, the 1-based line and UTF-16 column of its start, and the end of its span, as
/// <see cref="Location.GetLineSpan"/> gives them to the compiler. Each case is run with LF and
/// with CRLF line ends.
/// <para>
/// Most cases are logical: the same records (<c>a</c>, <c>b</c>, then <c>c</c> holding the error,
/// after "中é😀" so that UTF-8 bytes, UTF-16 units and code points all count differently) written
/// by each layout: a JSON array (one record per indented line), JSON records, a YAML sequence (the
/// last record in flow style, so that text precedes the error on its line), YAML records and the
/// front matter of markdown records (block style: the multi-byte text is on an earlier line), a
/// markdown table, CSV and TSV. The rest are written by hand for the one format that can make
/// them: its syntax errors and the shapes it can hold. <c>⟦</c> and <c>⟧</c> in the text mark
/// the expected span and are removed before the run; a <c>⟦</c> alone marks a diagnostic about a
/// whole record or file, whose start is asserted and whose end (where each parser stops) is not.
/// </para>
/// <para>
/// Not expressible, so not in the matrix: in a table (markdown, CSV, TSV) a cell holds text, so
/// no list (DanglingReferenceInList), no nesting (NestingTooDeep), no tag (UnsupportedYamlTag),
/// no number or missing key where an id should be (IdNotString, MissingId: an empty id cell is
/// IdNull, DOS205), no second value for one key in one row (DuplicateKey: the header repeating a
/// column is DuplicateHeader), and a missing value is an empty cell, the same as null
/// (RequiredValueMissing is RequiredValueNull). A record file takes its file name as its id, so
/// it cannot lack one (MissingId). JSON escapes are JSON's (LoneSurrogateEscape; YAML refuses the
/// escape itself, as invalid YAML). Errors about a whole file stay at its start: an unclosed
/// front matter (its opening fence), a table file without a table or a header row, and a
/// markdown record lacking a required value (the record is the file). DOS103's
/// bracket is the one that opens the 65th level counted from the file's root, so where it falls
/// depends on the containers around the value.
/// </para>
/// </summary>
public sealed class ErrorLocationTests
{
    private const string Open = "⟦";
    private const string Close = "⟧";

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var key in Matrix.Keys.OrderBy(k => k.Error, StringComparer.Ordinal).ThenBy(k => k.Layout, StringComparer.Ordinal))
        {
            data.Add(key.Error, key.Layout, "LF");
            data.Add(key.Error, key.Layout, "CRLF");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheErrorIsAtTheMarkedText(string error, string layout, string lineEnd)
    {
        var errorCase = Matrix[(error, layout)];
        var marked = errorCase.Files.Select(f => f with { Content = lineEnd == "CRLF" ? f.Content.Replace("\n", "\r\n", StringComparison.Ordinal) : f.Content }).ToList();
        var target = Assert.Single(marked, f => f.Content.Contains(Open, StringComparison.Ordinal));
        var open = target.Content.IndexOf(Open, StringComparison.Ordinal);
        // A marker without its end marks where the diagnostic starts (a whole record, whose end is not asserted).
        var end = target.Content.IndexOf(Close, StringComparison.Ordinal);
        var close = end < 0 ? -1 : end - Open.Length;
        var files = marked.Select(f => f with { Content = f.Content.Replace(Open, string.Empty, StringComparison.Ordinal).Replace(Close, string.Empty, StringComparison.Ordinal) }).ToArray();
        var text = files.Single(f => f.Path == target.Path).Content;
        var expected = (Start: Position(text, open), End: close < 0 ? (Line: 0, Column: 0) : Position(text, close));

        var result = errorCase.Declarations is null
            ? GeneratorHarness.Run(files)
            : DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(Declare(errorCase.Declarations)), files, new DossierRunOptions());

        var shown = string.Join("\n", result.Diagnostics.Select(Show));
        Assert.True(result.Diagnostics.Length == 1, $"Expected only {errorCase.Id} at {target.Path}{expected}, once, got:\n{shown}");
        var diagnostic = result.Diagnostics[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(
            diagnostic.Id == errorCase.Id
            && span.Path == "/project/" + target.Path
            && (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1) == expected.Start
            && (close < 0 || (span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1) == expected.End),
            $"Expected {errorCase.Id} at {target.Path}{expected}, got:\n{shown}");
        Assert.Equal(open, diagnostic.Location.SourceSpan.Start);
        Assert.True(close < 0 || diagnostic.Location.SourceSpan.End == close);
    }

    private static string Show(Diagnostic d)
    {
        var s = d.Location.GetLineSpan();
        return $"{d.Id} {s.Path} ({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1})-({s.EndLinePosition.Line + 1},{s.EndLinePosition.Character + 1}) [{d.Location.SourceSpan}] {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The 1-based line and UTF-16 column of <paramref name="offset"/>, counting CR, LF and CRLF as line ends.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    // The matrix.

    private sealed record ErrorCase(string Id, string? Declarations, DataFile[] Files);

    // Built on first use: a field initializer here would run before the layouts below exist.
    private static readonly Lazy<Dictionary<(string Error, string Layout), ErrorCase>> LazyMatrix = new(Build);

    private static Dictionary<(string Error, string Layout), ErrorCase> Matrix => LazyMatrix.Value;

    private const string Countries = """[{ "id": "kz", "isoCode": "KZ" }, { "id": "cn", "isoCode": "CN" }]""";

    private static string Declare(string members) => $$"""
        #pragma warning disable CS1591
        using Dossier;
        namespace App;
        [DossierCollection("items")]
        public partial record Item
        {
        {{members}}
        }
        [DossierCollection("countries")]
        public partial record Country
        {
            [DossierUnique]
            public string? IsoCode { get; init; }
        }
        public enum Status { Held, Planned }
        """;

    private static Dictionary<(string, string), ErrorCase> Build()
    {
        var matrix = new Dictionary<(string, string), ErrorCase>();
        foreach (var logical in LogicalCases())
        {
            foreach (var layout in Layouts)
            {
                if (logical.Layouts.Contains(layout.Kind))
                {
                    matrix.Add((logical.Error, layout.Kind.ToString()), new ErrorCase(logical.Id, logical.Members, [new DataFile("data/countries.json", Countries), .. layout.Write(logical.Records)]));
                }
            }
        }

        foreach (var (error, layout, id, files) in WrittenCases())
        {
            matrix.Add((error, layout.ToString()), new ErrorCase(id, null, files));
        }

        return matrix;
    }

    private sealed record LogicalCase(string Error, string Id, string? Members, Kind[] Layouts, Rec[] Records);

    private static readonly Kind[] All = Enum.GetValues<Kind>();
    private static readonly Kind[] TreeArrays = [Kind.JsonArray, Kind.YamlArray];
    private static readonly Kind[] JsonFiles = [Kind.JsonArray, Kind.JsonRecord];
    private static readonly Kind[] Trees = [Kind.JsonArray, Kind.JsonRecord, Kind.YamlArray, Kind.YamlRecord, Kind.MarkdownRecord];
    private static readonly Kind[] YamlFiles = [Kind.YamlArray, Kind.YamlRecord, Kind.MarkdownRecord];

    private static Rec[] Items(Field[] c, params Field[] inA) =>
    [
        new("a", [F("id", S("a")), F("name", S("Alé")), F("n", N("1")), .. inA]),
        new("b", [F("id", S("b")), F("name", S("Bö")), F("n", N("2"))]),
        new("c", c),
    ];

    private static Field[] C(params Field[] fields) => [F("id", S("c")), F("name", S("中é😀")), .. fields];

    private static IEnumerable<LogicalCase> LogicalCases()
    {
        yield return new("TypeConflict", "DOS201", null, All, Items(C(F("n", M(S("x"))))));
        yield return new("DuplicateKey", "DOS110", null, Trees, Items(C(F("n", N("3")), F("n", N("4"), markKey: true))));
        yield return new("DuplicateId", "DOS206", null, All, Items([F("id", M(S("a"))), F("name", S("中é😀")), F("n", N("3"))]));
        yield return new("MissingId", "DOS204", null, TreeArrays, [.. Items([]).Take(2), new Rec("c", [F("name", S("中é😀")), F("n", N("3"))], Marked: true)]);
        yield return new("IdNull", "DOS205", null, All, Items([F("id", M(new Nul())), F("name", S("中é😀")), F("n", N("3"))]));
        yield return new("IdNotString", "DOS205", null, Trees, Items([F("id", M(N("7"))), F("name", S("中é😀")), F("n", N("3"))]));
        yield return new("DanglingReference", "DOS210", null, All, Items(C(F("countryId", M(S("atlantis")))), F("countryId", S("kz"))));
        yield return new("DanglingReferenceInList", "DOS210", null, Trees, Items(C(F("countries", L(S("kz"), M(S("atlantis"))))), F("countries", L(S("cn")))));
        yield return new("DanglingDeclaredReference", "DOS210", "    [DossierReference(\"countries\")]\n    public string? Origin { get; init; }", All, Items(C(F("origin", M(S("atlantis")))), F("origin", S("kz"))));
        yield return new("DanglingKeyReference", "DOS215", "    [DossierProperty(\"country\"), DossierReference(\"countries\", Key = \"isoCode\")]\n    public string? CountryIsoCode { get; init; }", All, Items(C(F("country", M(S("KX")))), F("country", S("KZ"))));
        yield return new("NumberNotRepresentable", "DOS202", null, All, Items(C(F("n", M(N("1e400"))))));
        yield return new("NotTheDeclaredType", "DOS211", "    public int? N { get; init; }", All, Items(C(F("n", M(N("1.5"))))));
        yield return new("NotADeclaredEnumMember", "DOS211", "    public Status? Status { get; init; }", All, Items(C(F("status", M(S("postponed")))), F("status", S("held"))));
        yield return new("RequiredValueMissing", "DOS212", "    public required string Name { get; init; }", Trees, [.. Items([]).Take(2), new Rec("c", [F("id", S("c")), F("n", N("3"))], Marked: true)]);
        yield return new("RequiredValueNull", "DOS212", "    public required string Name { get; init; }", All, Items([F("id", S("c")), F("name", M(new Nul())), F("n", N("3"))]));
        yield return new("DuplicateUniqueKey", "DOS214", "    [DossierUnique]\n    public string? Code { get; init; }", All, Items(C(F("code", M(S("A1")))), F("code", S("A1"))));
        yield return new("KeysCollide", "DOS203", null, All, Items(C(F("valid_from", N("2"), markKey: true)), F("validFrom", N("1"))));
        yield return new("ReservedKey", "DOS207", null, All, Items(C(F("source", S("x"), markKey: true))));
        yield return new("LoneSurrogate", "DOS104", null, All, Items(C(F("note", S("中é" + Open + "\uD800" + Close + "x")))));
        yield return new("LoneSurrogateEscape", "DOS104", null, JsonFiles, Items(C(F("note", M(new Raw("\"中é\\uD800x\"", null))))));
        yield return new("NestingTooDeep", "DOS103", null, Trees, Items(C(F("deep", new Deep()))));
        yield return new("UnsupportedYamlTag", "DOS116", null, YamlFiles, Items(C(F("n", new Raw(null, Open + "!!int abc" + Close)))));
    }

    private const string JsonAB = "[\n  { \"id\": \"a\", \"name\": \"Alé\", \"n\": 1 },\n  { \"id\": \"b\", \"name\": \"Bö\", \"n\": 2 },\n";
    private const string YamlAB = "- id: a\n  name: Alé\n  n: 1\n- id: b\n  name: Bö\n  n: 2\n";
    private const string CsvAB = "a,Alé,1\nb,Bö,2\n";
    private const string TableAB = "| a | Alé | 1 |\n| b | Bö | 2 |\n";

    /// <summary>Errors only one format can make: its syntax, and what its shape can hold.</summary>
    private static IEnumerable<(string Error, Kind Layout, string Id, DataFile[] Files)> WrittenCases()
    {
        (string, Kind, string, DataFile[]) One(string error, Kind layout, string id, string path, string content) => (error, layout, id, [new DataFile(path, content)]);

        yield return One("InvalidJson", Kind.JsonArray, "DOS101", "data/items.json", JsonAB + "  { \"id\": \"c\", \"name\": \"中é😀\", \"n\": 3, ⟦}⟧\n]\n");
        yield return One("ElementNotAnObject", Kind.JsonArray, "DOS102", "data/items.json", JsonAB + "  { \"id\": \"c\", \"name\": \"中é😀\", \"n\": 3 }, ⟦\"d 中é😀\"⟧\n]\n");
        yield return One("InvalidJson", Kind.JsonRecord, "DOS101", "data/items/c.json", "{\n  \"id\": \"c\", \"name\": \"中é😀\", \"n\": 3, ⟦}⟧\n");
        yield return One("NotAnObject", Kind.JsonRecord, "DOS102", "data/items/c.json", "\n  ⟦[{ \"name\": \"中é😀\" }]⟧\n");

        yield return One("InvalidYaml", Kind.YamlArray, "DOS115", "data/items.yaml", YamlAB + "- { id: c, name: 中é😀, n: [3 ⟦}⟧\n");
        yield return One("Alias", Kind.YamlArray, "DOS115", "data/items.yaml", "- id: a\n  name: &x Alé\n  n: 1\n- id: b\n  name: Bö\n  n: 2\n- { id: c, name: 中é😀, n: ⟦*x⟧ }\n");
        yield return One("ElementNotAMapping", Kind.YamlArray, "DOS102", "data/items.yaml", YamlAB + "- ⟦c 中é😀⟧\n");
        yield return One("InvalidYaml", Kind.YamlRecord, "DOS115", "data/items/c.yaml", "id: c\nname: 中é😀\nn: { a: 1 ⟦]⟧\n");
        yield return One("Alias", Kind.YamlRecord, "DOS115", "data/items/c.yaml", "id: c\nname: &x 中é😀\nalso: ⟦*x⟧\n");
        yield return One("NotAMapping", Kind.YamlRecord, "DOS102", "data/items/c.yaml", "# 中é😀\n⟦- c\n");

        const string Record = "data/items/c.md";
        yield return One("InvalidFrontMatter", Kind.MarkdownRecord, "DOS105", Record, "---\nid: c\nname: 中é😀\nn: { a: 1 ⟦]⟧\n---\n# Item c\n");
        yield return One("FrontMatterNotMapping", Kind.MarkdownRecord, "DOS106", Record, "---\n# 中é😀\n⟦- c\n---\n# Item c\n");
        yield return One("UnclosedFrontMatter", Kind.MarkdownRecord, "DOS107", Record, "⟦---⟧\nid: c\nname: 中é😀\n\n# Item c\n");
        yield return One("DuplicateHeading", Kind.MarkdownRecord, "DOS112", Record, "---\nname: 中é😀\n---\n# Item c\n\n## Notes é\n\ntext\n\n  ⟦## Notes é⟧\n\nmore\n");
        yield return One("HeadingRepeatsAKey", Kind.MarkdownRecord, "DOS110", Record, "---\nname: 中é😀\n⟦figures⟧: 1\n---\n# Item c\n\n## figures\n\n| year | value |\n|---|---|\n| 2024 | 1 |\n");
        yield return One("TableRowTooWide", Kind.MarkdownRecord, "DOS108", Record, "---\nname: 中é😀\n---\n# Item c\n\n## Figures\n\n| year | value |\n|---|---|\n| 2024 | 1 |\n| 2025 | 中é😀 | ⟦9⟧ |\n");
        yield return One("EmptyHeaderCell", Kind.MarkdownRecord, "DOS113", Record, "---\nname: 中é😀\n---\n# Item c\n\n## Figures\n\n| year 中é😀 | ⟦⟧| value |\n|---|---|---|\n| 2024 | 1 | 2 |\n");
        yield return One("TypeConflictInATable", Kind.MarkdownRecord, "DOS201", Record, "---\nname: 中é😀\n---\n# Item c\n\n## Figures\n\n| year | note | value |\n|---|---|---|\n| 2024 | é | 1 |\n| 2025 | 中é😀 | ⟦x⟧ |\n");

        const string Table = "data/items.md";
        const string TableHeader = "# Items é 中\n\n| id | name | n |\n|---|---|---|\n";
        yield return One("TableRowTooWide", Kind.MarkdownTable, "DOS108", Table, TableHeader + TableAB + "| c | 中é😀 | 3 | ⟦9⟧ |\n");
        yield return One("EmptyHeaderCell", Kind.MarkdownTable, "DOS113", Table, "# Items é 中\n\n| id | name | ⟦⟧| n |\n|---|---|---|---|\n| a | Alé | x | 1 |\n");
        yield return One("DuplicateHeader", Kind.MarkdownTable, "DOS110", Table, "# Items é 中\n\n| id | name | n | ⟦n⟧ |\n|---|---|---|---|\n| a | Alé | 1 | 2 |\n");
        yield return One("MissingTable", Kind.MarkdownTable, "DOS109", Table, "⟦⟧# Items é 中\n\nNo table here.\n");

        foreach (var (layout, path, separator) in new[] { (Kind.Csv, "data/items.csv", ","), (Kind.Tsv, "data/items.tsv", "\t") })
        {
            (string, Kind, string, DataFile[]) Delimited(string error, string id, string content) => One(error, layout, id, path, content.Replace(",", separator, StringComparison.Ordinal));

            yield return Delimited("UnclosedQuote", "DOS117", "id,name,n\n" + CsvAB + "c,中é😀,⟦\"⟧3\n");
            yield return Delimited("TextAfterClosingQuote", "DOS117", "id,name,n\n" + CsvAB + "c,\"中é😀\"⟦x⟧,3\n");
            yield return Delimited("QuoteInsideACell", "DOS117", "id,name,n\n" + CsvAB + "c,中é⟦\"⟧😀,3\n");
            yield return Delimited("TableRowTooWide", "DOS108", "id,name,n\n" + CsvAB + "c,中é😀,3,⟦9⟧\n");
            yield return Delimited("EmptyHeaderCell", "DOS113", "id,name,⟦⟧,n\n" + "a,Alé,x,1\n");
            yield return Delimited("DuplicateHeader", "DOS110", "id,name,n,⟦n⟧\n" + "a,Alé,1,2\n");
            yield return Delimited("NoHeader", "DOS118", "⟦⟧\n\n");
        }
    }

    // The logical records and how each layout writes them.

    private enum Kind { JsonArray, JsonRecord, MarkdownRecord, MarkdownTable, Csv, Tsv, YamlArray, YamlRecord }

    private abstract record Value;

    private sealed record Str(string Text) : Value;

    private sealed record Num(string Text) : Value;

    private sealed record Nul : Value;

    private sealed record Many(Value[] Items) : Value;

    /// <summary>Text written as is in JSON and in YAML; null where the format cannot say it.</summary>
    private sealed record Raw(string? Json, string? Yaml) : Value;

    /// <summary>Lists nested one level deeper than Dossier reads, written the same in JSON and YAML.</summary>
    private sealed record Deep : Value;

    /// <summary>
    /// Lists inside <paramref name="depth"/> enclosing containers (the file's array, the record)
    /// that go one level past the limit of 64: the error is at the bracket that opens level 65.
    /// </summary>
    private static string Nest(int depth) =>
        new string('[', 64 - depth) + Open + "[" + Close + "[]" + new string(']', 64 - depth + 1);

    /// <summary>A value whose text the error is reported at.</summary>
    private sealed record Marked(Value Inner) : Value;

    private sealed record Field(string Key, Value Value, bool MarkKey);

    /// <summary>A record: its fields, and its file's name where each record is a file; Marked when the error is at the record itself.</summary>
    private sealed record Rec(string Name, Field[] Fields, bool Marked = false);

    private static Field F(string key, Value value, bool markKey = false) => new(key, value, markKey);

    private static Str S(string text) => new(text);

    private static Num N(string text) => new(text);

    private static Many L(params Value[] items) => new(items);

    private static Marked M(Value value) => new(value);

    private static string Mark(string text, bool marked) => marked ? Open + text + Close : text;

    /// <summary>Marks where a record starts: its end is where the parser leaves it, and not asserted.</summary>
    private static string MarkStart(string text, bool marked) => marked ? Open + text : text;

    private abstract class Layout(Kind kind)
    {
        public Kind Kind { get; } = kind;

        public abstract IEnumerable<DataFile> Write(Rec[] records);
    }

    private static readonly Layout[] Layouts =
    [
        new JsonLayout(array: true), new JsonLayout(array: false),
        new YamlLayout(array: true), new YamlLayout(array: false),
        new MarkdownRecordLayout(),
        new TableLayout(Kind.MarkdownTable), new TableLayout(Kind.Csv), new TableLayout(Kind.Tsv),
    ];

    private static string Json(Value value, int depth) => value switch
    {
        Str s => "\"" + s.Text + "\"",
        Num n => n.Text,
        Nul => "null",
        Many m => "[" + string.Join(", ", m.Items.Select(i => Json(i, depth + 1))) + "]",
        Raw r => r.Json ?? throw new InvalidOperationException("Not JSON."),
        Deep => Nest(depth),
        Marked m => Open + Json(m.Inner, depth) + Close,
        _ => throw new InvalidOperationException(),
    };

    private static string Yaml(Value value, int depth) => value switch
    {
        Str s => s.Text,
        Num n => n.Text,
        Nul => "null",
        Many m => "[" + string.Join(", ", m.Items.Select(i => Yaml(i, depth + 1))) + "]",
        Raw r => r.Yaml ?? throw new InvalidOperationException("Not YAML."),
        Deep => Nest(depth),
        Marked m => Open + Yaml(m.Inner, depth) + Close,
        _ => throw new InvalidOperationException(),
    };

    private static string Cell(Value? value) => value switch
    {
        null or Nul => string.Empty,
        Str s => s.Text,
        Num n => n.Text,
        Marked m => Open + Cell(m.Inner) + Close,
        _ => throw new InvalidOperationException("A table cell holds text."),
    };

    /// <summary><c>data/items.json</c> (one record per line) or <c>data/items/c.json</c> (the fields on one indented line).</summary>
    private sealed class JsonLayout(bool array) : Layout(array ? Kind.JsonArray : Kind.JsonRecord)
    {
        private int Depth => array ? 2 : 1;

        public override IEnumerable<DataFile> Write(Rec[] records)
        {
            if (array)
            {
                yield return new DataFile("data/items.json", "[\n" + string.Join(",\n", records.Select(r => "  " + MarkStart("{ " + Fields(r) + " }", r.Marked))) + "\n]\n");
                yield break;
            }

            foreach (var record in records)
            {
                yield return new DataFile($"data/items/{record.Name}.json", MarkStart("{\n  " + Fields(record) + "\n}", record.Marked) + "\n");
            }
        }

        private string Fields(Rec record) => string.Join(", ", record.Fields.Select(f => Mark("\"" + f.Key + "\":", f.MarkKey) + " " + Json(f.Value, Depth)));
    }

    /// <summary>
    /// <c>data/items.yaml</c>, the first records in block style and the last in flow style (so
    /// that text comes before the error on its line), or <c>data/items/c.yaml</c> in block style.
    /// </summary>
    private sealed class YamlLayout(bool array) : Layout(array ? Kind.YamlArray : Kind.YamlRecord)
    {
        public override IEnumerable<DataFile> Write(Rec[] records)
        {
            if (array)
            {
                var text = string.Concat(records.Take(records.Length - 1).Select(r => "- " + MarkStart(string.Join("\n  ", r.Fields.Select(f => Field(f, 2))), r.Marked) + "\n"));
                var last = records[^1];
                text += "- " + MarkStart("{ " + string.Join(", ", last.Fields.Select(f => Field(f, 2))) + " }", last.Marked) + "\n";
                yield return new DataFile("data/items.yaml", text);
                yield break;
            }

            foreach (var record in records)
            {
                yield return new DataFile($"data/items/{record.Name}.yaml", MarkStart(string.Join("\n", record.Fields.Select(f => Field(f, 1))), record.Marked) + "\n");
            }
        }

        public static string Field(Field field, int depth) => Mark(field.Key, field.MarkKey) + ": " + Yaml(field.Value, depth);
    }

    /// <summary><c>data/items/c.md</c>: the fields as front matter, then a title and a body.</summary>
    private sealed class MarkdownRecordLayout() : Layout(Kind.MarkdownRecord)
    {
        public override IEnumerable<DataFile> Write(Rec[] records) =>
            records.Select(r => new DataFile(
                $"data/items/{r.Name}.md",
                (r.Marked ? Open : string.Empty) + "---\n" + string.Concat(r.Fields.Select(f => YamlLayout.Field(f, 1) + "\n")) + "---\n# Item " + r.Name + " 中é\n\nSome text, é 中.\n"));
    }

    /// <summary><c>data/items.md</c> (a pipe table under a title), <c>data/items.csv</c> or <c>data/items.tsv</c>: a column per key.</summary>
    private sealed class TableLayout(Kind kind) : Layout(kind)
    {
        public override IEnumerable<DataFile> Write(Rec[] records)
        {
            var keys = records.SelectMany(r => r.Fields).Select(f => f.Key).Distinct().ToList();
            var header = keys.Select(k => Mark(k, records.Any(r => r.Fields.Any(f => f.Key == k && f.MarkKey)))).ToList();
            var rows = records.Select(r => (r.Marked, Cells: keys.Select(k => Cell(r.Fields.FirstOrDefault(f => f.Key == k)?.Value)).ToList())).ToList();
            switch (Kind)
            {
                case Kind.MarkdownTable:
                    var table = "# Items é 中\n\n| " + string.Join(" | ", header) + " |\n|" + string.Concat(keys.Select(_ => "---|")) + "\n";
                    table += string.Concat(rows.Select(r => MarkStart("|" + string.Concat(r.Cells.Select(c => c == Open + Close ? "  " + c + "|" : " " + c + " |")), r.Marked) + "\n"));
                    yield return new DataFile("data/items.md", table);
                    break;
                default:
                    var separator = Kind == Kind.Csv ? "," : "\t";
                    var text = string.Join(separator, header) + "\n" + string.Concat(rows.Select(r => MarkStart(string.Join(separator, r.Cells), r.Marked) + "\n"));
                    yield return new DataFile(Kind == Kind.Csv ? "data/items.csv" : "data/items.tsv", text);
                    break;
            }
        }
    }
}
