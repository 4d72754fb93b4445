using System.Linq;
using System.Text;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Hostile and awkward YAML data files: alias bombs, NUL characters, lone surrogates, byte order
/// marks, UTF-16, and every line ending. Each is a located error or reads back right; none hangs,
/// exhausts the heap or throws.
/// </summary>
public sealed class YamlHostileInputTests
{
    private static DossierRunResult Run(string path, string content)
    {
        var result = GeneratorHarness.Run(new DataFile(path, content));
        JsonTestSuiteTests.AssertNoCrash(result);
        return result;
    }

    /// <summary>"Billion laughs": nine levels of nine aliases each, 9^9 strings were they expanded.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public void AnAliasBombInAYamlFileIsRefusedAtItsFirstAlias()
    {
        var result = Run("data/items/a.yaml", BillionLaughs());
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 8, "aliases (*name) are not supported");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnAliasBombInAYamlArrayFileIsRefusedAtItsFirstAlias()
    {
        var items = "- id: x\n" + string.Concat(BillionLaughs().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n"));
        var result = Run("data/items.yaml", items);
        DiagnosticAssert.Single(result, "DOS115", "data/items.yaml", 3, 10, "aliases");
    }

    [Fact]
    public void AnAliasBombInFrontMatterIsRefusedAtItsFirstAlias()
    {
        var result = Run("data/notes/a.md", "---\n" + BillionLaughs() + "---\n");
        DiagnosticAssert.Single(result, "DOS105", "data/notes/a.md", 3, 8, "aliases");
    }

    [Fact]
    public void AnAliasAsAKeyIsRefusedToo()
    {
        var result = Run("data/items/a.yaml", "a: &k key\n*k : value\n");
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", 2, 1, "aliases");
    }

    [Theory]
    [InlineData("name: a\0b\n", 1, 8)]
    [InlineData("name: \"a\0b\"\n", 1, 9)]
    [InlineData("name: a\n\0", 2, 1)]
    [InlineData("\0name: a\n", 1, 1)]
    public void ARawNulIsDOS115AtItsPosition(string yaml, int line, int column)
    {
        var result = Run("data/items/a.yaml", yaml);
        DiagnosticAssert.Single(result, "DOS115", "data/items/a.yaml", line, column, "NUL character");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AnEscapedNulIsAValue()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items/a.yaml", "name: \"a\\0b\"\n"));
        Assert.Equal("a\0b", CompiledDataset.Get(data.Record("Items", "a"), "Name"));
    }

    [Theory]
    [InlineData('\uD800')]
    [InlineData('\uDFFF')]
    public void ARawLoneSurrogateIsDOS104AtItsPosition(char surrogate)
    {
        // Possible in a UTF-16 file: the text cannot be encoded exactly, so nothing of the file is read.
        var result = Run("data/items/a.yaml", "name: a\nbad: x" + surrogate + "y\n");
        DiagnosticAssert.Single(result, "DOS104", "data/items/a.yaml", 2, 7, "unpaired surrogate");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AUtf8ByteOrderMarkReadAsTheCompilerDoesParses()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("- id: a\n  name: Алматы\n")).ToArray();
        var data = GeneratorHarness.Compile(new DataFile("data/t.yaml", FileEncodingTests.Decode(bytes)));
        Assert.Equal("Алматы", CompiledDataset.Get(data.Record("T", "a"), "Name"));
    }

    [Fact]
    public void ALeftoverByteOrderMarkKeepsTheIndentation()
    {
        var data = GeneratorHarness.Compile(new DataFile("data/t.yaml", "\uFEFF- id: a\n  name: x\n"));
        Assert.Equal("x", CompiledDataset.Get(data.Record("T", "a"), "Name"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithAByteOrderMarkParses(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var yaml = "name: Алматы 中国 😀\n";
        var content = FileEncodingTests.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(yaml)).ToArray());
        var data = GeneratorHarness.Compile(new DataFile("data/things/a.yml", content));
        Assert.Equal("Алматы 中国 😀", CompiledDataset.Get(data.Record("Things", "a"), "Name"));
    }

    public static TheoryData<string> LineEndings => new() { "\n", "\r\n", "\r" };

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void AnErrorOnLine3IsOnLine3UnderEveryLineEnding(string newline)
    {
        var result = Run("data/items.yaml", string.Join(newline, "- id: a", "  n: 1", "  m: !!int x", string.Empty));
        DiagnosticAssert.Single(result, "DOS116", "data/items.yaml", 3, 6, "'!!int'");
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void ValuesAndRecordLinesUnderEveryLineEnding(string newline)
    {
        var data = GeneratorHarness.Compile(new DataFile("data/items.yaml", string.Join(newline, "- id: a", "  n: 1", "- id: b", "  n: 2", string.Empty)));
        Assert.Equal("data/items.yaml:3", CompiledDataset.Get(data.Record("Items", "b"), "Source")!.ToString());
        Assert.Equal(2, CompiledDataset.Get(data.Record("Items", "b"), "N"));
    }
}
