using System.IO;
using System.Linq;
using System.Text;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Robustness.Tests;

/// <summary>
/// How a file is written rather than what it says: empty files, byte order marks, UTF-16, line
/// endings (LF, CRLF, CR) and the line numbers of errors under each, files without front
/// matter, bare JSON values, and raw unpaired surrogates in the file's text.
/// </summary>
public sealed class FileEncodingTests
{
    private const string Json = "data/t.json";
    private const string Note = "data/notes/a.md";
    private const string Table = "data/figures.md";

    private static DossierRunResult Run(string path, string content)
    {
        var result = GeneratorHarness.Run(new DataFile(path, content));
        JsonTestSuiteTests.AssertNoCrash(result);
        return result;
    }

    /// <summary>The file's text as the compiler reads it from these bytes (BOM detection; UTF-8 otherwise).</summary>
    internal static string Decode(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, throwIfBinaryDetected: false).ToString();
    }

    // Empty and blank files.

    [Fact]
    public void EmptyJsonFile()
    {
        var result = Run(Json, string.Empty);
        DiagnosticAssert.Single(result, "DOS101", Json, 1, 1, "'data/t.json' is not valid JSON");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData(" ", 1, 2)]
    [InlineData("   \t  ", 1, 7)]
    [InlineData("\n", 2, 1)]
    [InlineData("\r\n\r\n", 3, 1)]
    [InlineData(" \r \r", 3, 1)]
    [InlineData(" \n\t\n  ", 3, 3)]
    public void WhitespaceOnlyJsonFileIsDOS101AtItsEnd(string content, int line, int column)
    {
        var result = Run(Json, content);
        DiagnosticAssert.Single(result, "DOS101", Json, line, column, "does not contain any JSON tokens");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void EmptyJsonRecordFile()
    {
        var result = Run("data/things/a.json", string.Empty);
        DiagnosticAssert.Single(result, "DOS101", "data/things/a.json", 1, 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void EmptyMarkdownRecordIsARecordWithAnEmptyBody()
    {
        var data = GeneratorHarness.Compile(new DataFile(Note, string.Empty));
        Assert.Equal(string.Empty, CompiledDataset.Get(data.Record("Notes", "a"), "Body"));
    }

    [Fact]
    public void EmptyTableFileIsDOS109()
    {
        var result = Run(Table, string.Empty);
        DiagnosticAssert.Single(result, "DOS109", Table, 1, 1, "holds no pipe table");
        DiagnosticAssert.FailsCleanly(result);
    }

    // Byte order marks and UTF-16.

    [Fact]
    public void JsonStartingWithAUtf8BomParses()
    {
        var data = GeneratorHarness.Compile(new DataFile(Json, "\uFEFF[{\"id\":\"a\",\"name\":\"Алматы\"}]"));
        Assert.Equal("Алматы", CompiledDataset.Get(data.Record("T", "a"), "Name"));
    }

    [Fact]
    public void JsonRecordStartingWithAUtf8BomParses()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/things/a.json", "\uFEFF{\"name\":\"x\"}"));
        Assert.Equal("x", CompiledDataset.Get(data.Record("Things", "a"), "Name"));
    }

    [Fact]
    public void JsonWithAUtf8BomReadAsTheCompilerDoesParses()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"name\":\"Алматы\"}]")).ToArray();
        var data = GeneratorHarness.Compile(new DataFile(Json, Decode(bytes)));
        Assert.Equal("Алматы", CompiledDataset.Get(data.Record("T", "a"), "Name"));
    }

    [Fact]
    public void MarkdownStartingWithAUtf8BomKeepsItsFrontMatter()
    {
        var data = GeneratorHarness.Compile(new DataFile(Note, "\uFEFF---\ntitle: Almaty\n---\nBody.\n"));
        var note = data.Record("Notes", "a");
        Assert.Equal("Almaty", CompiledDataset.Get(note, "Title"));
        Assert.Equal("Body.\n", CompiledDataset.Get(note, "Body"));
    }

    [Fact]
    public void TableWithoutABomKeepsItsHeader()
    {
        // The control for the test below.
        var data = GeneratorHarness.Compile(new DataFile(Table, "| id | a |\n|----|---|\n| x | 1 |\n"));
        Assert.Equal(1, CompiledDataset.Get(data.Record("Figures", "x"), "A"));
    }

    [Fact]
    public void TableStartingWithAUtf8BomKeepsItsHeader()
    {
        var data = GeneratorHarness.Compile(new DataFile(Table, "\uFEFF| id | a |\n|----|---|\n| x | 1 |\n"));
        Assert.Equal(1, CompiledDataset.Get(data.Record("Figures", "x"), "A"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16JsonWithABomParses(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var json = "[{\"id\":\"a\",\n\"name\":\"Алматы 中国 😀\"}]";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(json)).ToArray();
        var content = Decode(bytes);
        Assert.Equal(json, content);

        var data = GeneratorHarness.Compile(new DataFile(Json, content));
        Assert.Equal("Алматы 中国 😀", CompiledDataset.Get(data.Record("T", "a"), "Name"));
    }

    [Fact]
    public void Utf16MarkdownWithABomParses()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: Алматы\n---\n## Раздел\n\nТекст.\n")).ToArray();
        var data = GeneratorHarness.Compile(new DataFile(Note, Decode(bytes)));
        Assert.Equal("Алматы", CompiledDataset.Get(data.Record("Notes", "a"), "Title"));
    }

    // Line endings: the line of an error is the same whichever ending the file uses.

    public static TheoryData<string> LineEndings => new() { "\n", "\r\n", "\r" };

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void JsonSyntaxErrorOnLine3(string newline)
    {
        var result = Run(Json, Lines(newline, "[", "{\"id\":\"a\"},", "{\"id\":\"b\",}", "]"));
        DiagnosticAssert.Single(result, "DOS101", Json, 3, 11, "is not valid JSON");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void JsonTypeConflictOnLine3(string newline)
    {
        var result = Run(Json, Lines(newline, "[{\"id\":\"a\",\"n\":1},", "{\"id\":\"b\",\"n\":2},", "{\"id\":\"c\",\"n\":\"x\"}]"));
        DiagnosticAssert.Single(result, "DOS201", Json, 3, 15, "'t.n'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void JsonErrorAfterBlankLinesAndIndentation(string newline)
    {
        // Blank lines and indentation before the error: the line and column still count characters of this file.
        var result = Run(Json, Lines(newline, "[", string.Empty, "   { \"id\": \"a\", \"on\": tru }", "]"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DOS101", error.Id);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void MixedLineEndingsCountEveryBreakOnce()
    {
        // CRLF, CR and LF in one file: each is one line break, as Roslyn counts them.
        var result = Run(Json, "[\r\n{\"id\":\"a\"},\r{\"id\":\"b\"},\n{\"id\":\"c\",}\r\n]");
        DiagnosticAssert.Single(result, "DOS101", Json, 4, 11);

        var table = Run(Table, "| id | a |\r\n|----|---|\r| x | 1 |\n| y | 2 | 3 |\r\n");
        DiagnosticAssert.Single(table, "DOS108", Table, 4, 11);

        var note = Run(Note, "---\r\ntitle: ok\rn: 1\nkey: value: other\r\n---\r\n");
        DiagnosticAssert.Single(note, "DOS105", Note, 4, 11);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void FrontMatterYamlErrorOnLine3(string newline)
    {
        var result = Run(Note, Lines(newline, "---", "title: ok", "key: value: other", "---", "Body."));
        var error = DiagnosticAssert.Single(result, "DOS105", Note, 3, 11, "not valid YAML");
        DiagnosticAssert.FailsCleanly(result);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void FrontMatterValueOnLine3(string newline)
    {
        // A value on line 3 (a type conflict against another file) is reported on line 3.
        var result = GeneratorHarness.Run(
            new DataFile("data/notes/a.md", Lines(newline, "---", "title: ok", "n: 1", "---")),
            new DataFile("data/notes/b.md", Lines(newline, "---", "title: ok", "n: [1]", "---")));
        JsonTestSuiteTests.AssertNoCrash(result);
        DiagnosticAssert.Single(result, "DOS201", "data/notes/b.md", 3, 4, "notes.n");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void TableRowTooWideOnLine3(string newline)
    {
        var result = Run(Table, Lines(newline, "| id | a |", "|----|---|", "| y | 2 | 3 |", string.Empty));
        DiagnosticAssert.Single(result, "DOS108", Table, 3, 11, "has 3 cells but the header has 2");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void TableAfterFrontMatterRowTooWideOnLine6(string newline)
    {
        var result = Run(Table, Lines(newline, "---", "x: 1", "---", "| id | a |", "|----|---|", "| y | 2 | 3 |", string.Empty));
        DiagnosticAssert.Single(result, "DOS108", Table, 6, 11, "has 3 cells but the header has 2");
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void TableValuesAndRecordLinesUnderEachLineEnding(string newline)
    {
        var data = GeneratorHarness.Compile(new DataFile(Table, Lines(newline, "| id | a |", "|----|---|", "| x | 1 |", "| y | 2 |", string.Empty)));
        var y = data.Record("Figures", "y");
        Assert.Equal(2, CompiledDataset.Get(y, "A"));
        Assert.Equal("data/figures.md:4", CompiledDataset.Get(y, "Source")!.ToString());
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void FrontMatterAndBodyUnderEachLineEnding(string newline)
    {
        var data = GeneratorHarness.Compile(new DataFile(Note, Lines(newline, "---", "title: Almaty", "n: 2", "---", string.Empty, "Body.", string.Empty)));
        var note = data.Record("Notes", "a");
        Assert.Equal("Almaty", CompiledDataset.Get(note, "Title"));
        Assert.Equal(2, CompiledDataset.Get(note, "N"));
        Assert.Equal("Body." + newline, CompiledDataset.Get(note, "Body"));
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void UnclosedFrontMatterIsDOS107(string newline)
    {
        var result = Run(Note, Lines(newline, "---", "title: never closed", string.Empty, "# Heading", string.Empty));
        DiagnosticAssert.Single(result, "DOS107", Note, 1, 1, "never closed");
        DiagnosticAssert.FailsCleanly(result);
    }

    // Markdown without front matter.

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void MarkdownWithoutFrontMatter(string newline)
    {
        var text = Lines(newline, "# Almaty", string.Empty, "Some *text*.", string.Empty, "## Notes", string.Empty, "More.", string.Empty);
        var data = GeneratorHarness.Compile(new DataFile(Note, text));
        var note = data.Record("Notes", "a");
        Assert.Equal("Almaty", CompiledDataset.Get(note, "Title"));
        Assert.Equal(text, CompiledDataset.Get(note, "Body"));
    }

    [Fact]
    public void MarkdownThatIsOnlyAHorizontalRuleIsNotFrontMatter()
    {
        // "---" opens front matter only on the first line; text then "---" later is a body.
        var data = GeneratorHarness.Compile(new DataFile(Note, "Text.\n\n---\n\nMore.\n"));
        Assert.Equal("Text.\n\n---\n\nMore.\n", CompiledDataset.Get(data.Record("Notes", "a"), "Body"));
    }

    // A JSON root that is a bare value.

    [Theory]
    [InlineData("42", "holds a number")]
    [InlineData("-1.5e3", "holds a number")]
    [InlineData("\"text\"", "holds a string")]
    [InlineData("true", "holds a boolean")]
    [InlineData("false", "holds a boolean")]
    [InlineData("null", "holds null")]
    public void BareJsonValueIsDOS102(string json, string description)
    {
        var result = Run(Json, json);
        DiagnosticAssert.Single(result, "DOS102", Json, 1, 1, description, "array of objects");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Theory]
    [InlineData("42", "holds a number")]
    [InlineData("\"text\"", "holds a string")]
    [InlineData("true", "holds a boolean")]
    [InlineData("null", "holds null")]
    [InlineData("[]", "holds an array")]
    public void BareJsonValueInARecordFileIsDOS102(string json, string description)
    {
        var result = Run("data/things/a.json", json);
        DiagnosticAssert.Single(result, "DOS102", "data/things/a.json", 1, 1, description, "must hold one object");
        DiagnosticAssert.FailsCleanly(result);
    }

    // Raw unpaired surrogates in the file's text (possible in a UTF-16 file).

    [Theory]
    [InlineData('\uD800')]
    [InlineData('\uDBFF')]
    [InlineData('\uDC00')]
    [InlineData('\uDFFF')]
    public void RawLoneSurrogateInJsonIsDOS104AtItsPosition(char surrogate)
    {
        var result = Run(Json, "[{\"id\":\"a\",\n\"x\":\"ab" + surrogate + "\"}]");
        DiagnosticAssert.Single(result, "DOS104", Json, 2, 8, "not valid Unicode", $"U+{(int)surrogate:X4}");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateAfterAValidPairIsDOS104AtItsColumn()
    {
        // The pair before it counts as two UTF-16 columns, as every location in Roslyn does.
        var result = Run(Json, "[{\"id\":\"a\",\n\"x\":\"😀\uDC00\"}]");
        DiagnosticAssert.Single(result, "DOS104", Json, 2, 8, "U+DC00");
    }

    [Fact]
    public void RawReversedSurrogatePairIsDOS104()
    {
        var result = Run(Json, "[{\"id\":\"a\",\n\n  \"x\":\"\uDE00\uD83D\"}]");
        DiagnosticAssert.Single(result, "DOS104", Json, 3, 8, "U+DE00");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateAsTheLastCharacterIsDOS104()
    {
        var result = Run(Json, "[{\"id\":\"a\"}]\n\uD800");
        DiagnosticAssert.Single(result, "DOS104", Json, 2, 1, "U+D800");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateInAKeyIsDOS104()
    {
        var result = Run("data/things/a.json", "{\n  \"k\uD800\": 1\n}");
        DiagnosticAssert.Single(result, "DOS104", "data/things/a.json", 2, 5, "U+D800");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateInFrontMatterIsDOS104AtItsPosition()
    {
        var result = Run(Note, "---\ntitle: ab\uD800\n---\nBody.\n");
        DiagnosticAssert.Single(result, "DOS104", Note, 2, 10, "U+D800");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateInAMarkdownBodyIsDOS104AtItsPosition()
    {
        var result = Run(Note, "# Title\n\nText \uDC00 here.\n");
        DiagnosticAssert.Single(result, "DOS104", Note, 3, 6, "U+DC00");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void RawLoneSurrogateInATableCellIsDOS104AtItsPosition()
    {
        var result = Run(Table, "| id | a |\n|----|---|\n| x | \uD800 |\n");
        DiagnosticAssert.Single(result, "DOS104", Table, 3, 7, "U+D800");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void ValidSurrogatePairsAreKept()
    {
        var data = GeneratorHarness.Compile(new DataFile(Json, "[{\"id\":\"a\",\"x\":\"😀𝄞\"}]"));
        Assert.Equal("😀𝄞", CompiledDataset.Get(data.Record("T", "a"), "X"));
    }

    // Columns count UTF-16 characters whatever the UTF-8 width of what comes before.

    [Theory]
    [InlineData("abc", 14)] // 1 byte each
    [InlineData("Алм", 14)] // 2 bytes each
    [InlineData("中国人", 14)] // 3 bytes each
    [InlineData("😀", 13)] // 4 bytes, 2 UTF-16 characters
    [InlineData("😀😀а", 16)]
    public void ColumnsAfterNonAsciiTextCountCharacters(string text, int column)
    {
        // '[{"id":"' is 8 characters, then the text, its closing quote, a comma, and the bad '}'.
        var result = Run(Json, "[{\"id\":\"" + text + "\",}]");
        DiagnosticAssert.Single(result, "DOS101", Json, 1, column);
    }

    private static string Lines(string newline, params string[] lines) => string.Join(newline, lines);
}
