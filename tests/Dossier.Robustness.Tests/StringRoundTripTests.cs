using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Strings that are hard to carry through generated C#: each one is written into data files in
/// every place a string can come from (a JSON value, the first value of a property (which also
/// becomes the example in the property's XML doc), a nested object, a list, YAML front matter and
/// YAML data files double-quoted with escapes or written literally, a markdown body), compiled, loaded, and read
/// back. The value read back must be exactly the value written, and the generated code must
/// compile without a warning.
/// </summary>
public sealed class StringRoundTripTests
{
    /// <summary>The samples, by name (the names are the theory data, so that test names stay printable).</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["double-quotes"] = "He said \"hello\" and \"\" twice",
        ["single-quotes"] = "it's 'quoted'",
        ["backslashes"] = @"C:\path\to\file \\server\share \n \u0041 \N \| \ end",
        ["trailing-backslash"] = "ends with a backslash \\",
        ["comment-end"] = "closes a comment */ and opens /* one, // too",
        ["preprocessor"] = "#if DEBUG\n#error not compiled\n#endif",
        ["preprocessor-mid-line"] = "text\n#if DEBUG\nmore\n#endregion",
        ["braces"] = "{} {{0}} {x} }{ {{{",
        ["triple-quotes"] = "\"\"\"raw\"\"\" and \"\"\"\"\"\" six",
        ["raw-literal-end"] = "\"\"\"u8; } \"\"\"\"",
        ["pipe-and-null-marker"] = "a|b||c \\N |",
        ["nul"] = "before\0after",
        ["controls"] = "\a\b\f\v\u001B\u007F tab\there\r\nCRLF\rCR",
        ["next-line"] = "line\u0085next",
        ["line-separator"] = "line\u2028separator",
        ["paragraph-separator"] = "paragraph\u2029separator",
        ["rtl-marks"] = "left\u200Fright\u202Eoverride\u202Cpop\u200E",
        ["invisible-format"] = "zero\u200Bwidth\u2060joiner\uFEFFbom\uFFF9anchor",
        ["emoji"] = "😀 👍🏽 👨‍👩‍👧 🏳️‍🌈",
        ["chinese"] = "中华人民共和国外交部部长王毅",
        ["cyrillic"] = "Министр иностранных дел Казахстана",
        ["arabic"] = "وزارة الخارجية",
        ["noncharacters"] = "\uFFFE\uFFFF end",
        ["xml-markup"] = "<c>x</c> &amp; </summary> <![CDATA[ ]]>",
        ["whitespace-only"] = "   ",
        ["empty"] = string.Empty,
        ["everything"] = "\"\\*/#if DEBUG{}\"\"\"\0\u0085\u2028\u2029\u200F\u202E😀中文Кириллица|\n",
    };

    public static TheoryData<string> SampleNames => new(Samples.Keys);

    private static string Json(string value) => JsonSerializer.Serialize(value);

    private static CompiledDataset CompileJson(string json) => GeneratorHarness.Compile(new DataFile("data/items.json", json));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AsAJsonValue(string name)
    {
        var value = Samples[name];
        var data = CompileJson($$"""[{ "id": "plain", "text": "plain" }, { "id": "sample", "text": {{Json(value)}} }]""");
        Assert.Equal(value, CompiledDataset.Get(data.Record("Items", "sample"), "Text"));
        Assert.Equal("plain", CompiledDataset.Get(data.Record("Items", "plain"), "Text"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AsAJsonValueWrittenWithUnicodeEscapes(string name)
    {
        // The default encoder escapes everything outside ASCII (and <, >, &, ' ...) as \uXXXX.
        var value = Samples[name];
        var escaped = JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
        var data = CompileJson($$"""[{ "id": "sample", "text": {{escaped}} }]""");
        Assert.Equal(value, CompiledDataset.Get(data.Record("Items", "sample"), "Text"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AsTheFirstValueOfAProperty(string name)
    {
        // The first value becomes the example in the property's XML doc comment: it must not
        // break the comment, the XML or the code after it (Load requires no warning at all).
        var value = Samples[name];
        var data = CompileJson($$"""[{ "id": "sample", "text": {{Json(value)}} }, { "id": "plain", "text": "plain" }]""");
        Assert.Equal(value, CompiledDataset.Get(data.Record("Items", "sample"), "Text"));
        Assert.Equal("plain", CompiledDataset.Get(data.Record("Items", "plain"), "Text"));
        Assert.Contains(" Example: <c>", data.Result.Sources["Dataset.Items.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AsAnId(string name)
    {
        var value = Samples[name];
        if (value.Length == 0)
        {
            return; // an empty id is DOS205 (DataTests)
        }

        var data = CompileJson($$"""[{ "id": {{Json(value)}}, "n": 1 }, { "id": {{Json(value + "2")}}, "n": 2 }]""");
        Assert.Equal(1, CompiledDataset.Get(data.Record("Items", value), "N"));
        Assert.Equal(2, CompiledDataset.Get(data.Record("Items", value + "2"), "N"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InsideNestedObjectsAndLists(string name)
    {
        var value = Samples[name];
        var json = $$"""
            [{
              "id": "sample",
              "outer": { "inner": { "text": {{Json(value)}} }, "list": [{{Json(value)}}, "x", {{Json(value)}}] },
              "rows": [{ "text": "first" }, { "text": {{Json(value)}} }],
              "grid": [[{{Json(value)}}], []],
              "maybe": [null, {{Json(value)}}]
            }]
            """;
        var record = CompileJson(json).Record("Items", "sample");
        var outer = CompiledDataset.Get(record, "Outer")!;
        Assert.Equal(value, CompiledDataset.Get(CompiledDataset.Get(outer, "Inner")!, "Text"));
        Assert.Equal(new[] { value, "x", value }, (ValueList<string>)CompiledDataset.Get(outer, "List")!);
        var rows = ((System.Collections.IEnumerable)CompiledDataset.Get(record, "Rows")!).Cast<object>().ToList();
        Assert.Equal(new[] { "first", value }, rows.Select(r => (string?)CompiledDataset.Get(r, "Text")));
        var grid = (ValueList<ValueList<string>>)CompiledDataset.Get(record, "Grid")!;
        Assert.Equal(new[] { value }, grid[0]);
        Assert.Empty(grid[1]);
        Assert.Equal(new[] { null, value }, (ValueList<string?>)CompiledDataset.Get(record, "Maybe")!);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InYamlFrontMatterDoubleQuotedWithEscapes(string name)
    {
        var value = Samples[name];
        var markdown = "---\ntext: \"" + YamlEscaped(value, escapeAllNonAscii: true) + "\"\nplain: x\n---\n# Title\n";
        var note = CompileNote(markdown);
        Assert.Equal(value, CompiledDataset.Get(note, "Text"));
        Assert.Equal("x", CompiledDataset.Get(note, "Plain"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InYamlFrontMatterDoubleQuotedLiterally(string name)
    {
        // Printable characters (emoji, CJK, bidi marks ...) written as they are; only what YAML
        // cannot hold literally in a double-quoted scalar is escaped.
        var value = Samples[name];
        var markdown = "---\ntext: \"" + YamlEscaped(value, escapeAllNonAscii: false) + "\"\n---\n";
        Assert.Equal(value, CompiledDataset.Get(CompileNote(markdown), "Text"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InAYamlArrayFileDoubleQuotedWithEscapes_AsAValueAnItemAndAnId(string name)
    {
        var value = Samples[name];
        var quoted = "\"" + YamlEscaped(value, escapeAllNonAscii: true) + "\"";
        var yaml = "- id: " + quoted + "\n  text: " + quoted + "\n  list: [" + quoted + ", x]\n  nested: { inner: " + quoted + " }\n";
        var result = GeneratorHarness.Run(new DataFile("data/items.yaml", yaml));
        if (value.Length == 0)
        {
            // An empty id is refused (DOS205), in YAML as in JSON; the value itself is tested below.
            DiagnosticAssert.Single(result, "DOS205", "data/items.yaml", 1, 7);
            return;
        }

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var record = GeneratorHarness.Load(result).Collection("Items").Single();
        Assert.Equal(value, ((IRecord)record).Id);
        Assert.Equal(value, CompiledDataset.Get(record, "Text"));
        Assert.Equal(new[] { value, "x" }, (ValueList<string>)CompiledDataset.Get(record, "List")!);
        Assert.Equal(value, CompiledDataset.Get(CompiledDataset.Get(record, "Nested")!, "Inner"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InAYamlRecordFileDoubleQuotedLiterally(string name)
    {
        var value = Samples[name];
        var yaml = "text: \"" + YamlEscaped(value, escapeAllNonAscii: false) + "\"\nplain: x\n";
        var record = GeneratorHarness.Compile(new DataFile("data/items/a.yml", yaml)).Collection("Items").Single();
        Assert.Equal(value, CompiledDataset.Get(record, "Text"));
        Assert.Equal("x", CompiledDataset.Get(record, "Plain"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InAMarkdownBody(string name)
    {
        // The body is the markdown after the front matter, exactly as written (blank lines
        // between the front matter and the text are layout): prefixed so it starts with text.
        var value = Samples[name];
        var body = "Text: " + value + "\n\nMore text.\n";
        var note = CompileNote("---\nplain: x\n---\n" + body);
        Assert.Equal(body, CompiledDataset.Get(note, "Body"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void InAMarkdownBodyWithoutFrontMatter(string name)
    {
        var value = Samples[name];
        var body = "Lead " + value;
        var note = CompileNote(body);
        Assert.Equal(body, CompiledDataset.Get(note, "Body"));
    }

    [Fact]
    public void EverySampleInOneCollectionAtOnce()
    {
        // All of them in one data block: the block's raw literal delimiter must outgrow every run of quotes.
        var json = "[" + string.Join(",\n", Samples.Select((s, i) => $$"""{ "id": "s{{i}}", "text": {{Json(s.Value)}}, "also": [{{Json(s.Value)}}] }""")) + "]";
        var data = CompileJson(json);
        var i = 0;
        foreach (var sample in Samples)
        {
            var record = data.Record("Items", "s" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(sample.Value, CompiledDataset.Get(record, "Text"));
            Assert.Equal(new[] { sample.Value }, (ValueList<string>)CompiledDataset.Get(record, "Also")!);
            i++;
        }
    }

    [Fact]
    public void LoneSurrogateEscapeInJsonIsDOS104AtTheString()
    {
        var json = "[{ \"id\": \"a\",\n  \"outer\": { \"text\": \"ok \\uD800 not ok\" } }]";
        var result = GeneratorHarness.Run(new DataFile("data/items.json", json));
        DiagnosticAssert.Single(result, "DOS104", "data/items.json", 2, json.Split('\n')[1].IndexOf("\"ok", StringComparison.Ordinal) + 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("\\uDC00")]
    [InlineData("\\uDBFF\\u0041")]
    [InlineData("\\uD83D")]
    [InlineData("\\uDE00\\uD83D")]
    public void EveryUnpairedSurrogateEscapeInJsonIsDOS104(string escape)
    {
        var result = GeneratorHarness.Run(new DataFile("data/items.json", "[{ \"id\": \"a\", \"text\": \"" + escape + "\" }]"));
        DiagnosticAssert.Single(result, "DOS104", "data/items.json", 1, 23);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void LoneSurrogateEscapeInAJsonKeyIsDOS104()
    {
        var result = GeneratorHarness.Run(new DataFile("data/items.json", "[{ \"id\": \"a\", \"bad\\uD800key\": 1 }]"));
        DiagnosticAssert.Single(result, "DOS104", "data/items.json", 1, 15);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void LoneSurrogateEscapeInYamlIsAnErrorAtTheScalar()
    {
        // YamlDotNet itself refuses the escape ("found invalid Unicode surrogates"), so this is
        // reported as invalid YAML (DOS105) or, were the scalar read, as an invalid string (DOS104):
        // either way one error, at the scalar.
        var result = GeneratorHarness.Run(new DataFile("data/notes/a.md", "---\nplain: x\ntext: \"bad \\uD800\"\n---\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(diagnostic.Id, new[] { "DOS104", "DOS105" });
        DiagnosticAssert.Single(result, diagnostic.Id, "data/notes/a.md", 3, 7);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("\\uD800", 7)]
    [InlineData("\\uDFFF", 7)]
    [InlineData("\\uDE00\\uD83D", 5)]
    public void LoneSurrogateEscapeInAYamlFileIsAnErrorAtTheScalar(string escape, int column)
    {
        // YamlDotNet refuses the escape itself: invalid YAML (DOS115) at the scalar, never a value.
        // A reversed pair makes it throw without a position: the error is then where reading
        // stopped, after the key.
        var result = GeneratorHarness.Run(new DataFile("data/items/a.yaml", "plain: x\ntext: \"bad " + escape + "\"\n"));
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, column, "surrogate");
        DiagnosticAssert.FailsCleanly(result);
    }

    private static object CompileNote(string markdown) =>
        GeneratorHarness.Compile(new DataFile("data/notes/a.md", markdown)).Collection("Notes").Single();

    /// <summary>
    /// A YAML double-quoted scalar's content. With <paramref name="escapeAllNonAscii"/>, every
    /// character outside printable ASCII is escaped (\uXXXX, or \UXXXXXXXX for a surrogate pair);
    /// otherwise only what YAML cannot hold literally (controls, line breaks, BOM, noncharacters).
    /// </summary>
    internal static string YamlEscaped(string value, bool escapeAllNonAscii)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (escapeAllNonAscii)
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (escapeAllNonAscii ? c is < ' ' or > '~' : NotPrintableInYaml(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // YAML 1.2 printable: tab, LF, CR, 0x20-0x7E, 0x85, 0xA0-0xD7FF, 0xE000-0xFFFD; line breaks
    // and tabs inside a flow scalar would be folded, so they are escaped too.
    private static bool NotPrintableInYaml(char c) =>
        c < ' ' || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}
