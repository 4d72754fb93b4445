using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests;

/// <summary>
/// The hand-written reader of plain <c>key: value</c> YAML, and of sequences of such mappings, against
/// YamlDotNet's: wherever it reads a text, it must give the same values at the same locations;
/// everything else it must leave to YamlDotNet.
/// </summary>
public sealed class PlainYamlReaderTests
{
    private static readonly DataFileInfo File = new("/p/data/items/a.yaml", "data/items/a.yaml", "items", DataFileKind.YamlRecord, "a");

    // Values a data author writes, in the subset the plain reader takes...
    private static readonly string[] PlainValues =
    [
        "Almaty", "Kassym-Jomart Tokayev", "2025-04-26", "12", "-3", "1.5", "1e5", "012", "true", "True", "FALSE", "null", "yes",
        "a b", "x.y", "(a)", "a/b", "it's", "Ünal", "İstanbul", "a,b", "1,5", "[KZ, CN]", "[2025-04-26, 1.5, true, null]", "[a b, c]", "[]",
        "\"q\"", "\"a: b\"", "\"with # hash\"", "\"\"", "\"012\"", "\"true\"", "\"[x]\"", "\"Ünal\"", "[\"a\", b]",
        "\n  - a\n  - b", "\n  - \"x y\"\n  - 2025-04-26", "\n    - deep\n    - er",
    ];

    // ...and values that look alike but mean something else in YAML, or that it leaves to YamlDotNet.
    private static readonly string[] OtherValues =
    [
        "2025-04-26T10:00:00+05:00", "~", "a  b", "x:y", "a #c", "#c", "'q'", "\"esc\\\"aped\"", "\"tab\\t\"", "\"open", "\"a\" b", "a: b", "- x", "[a,b]", "[ a, b ]", "[a, [b]]",
        "[a, b, ]", "{a: 1}", "&x a", "*x", "!t a", "|", ">", "a ", " a", "", "-", "+1", ".5", "@a", "`a`", "%a", "a\tb", "?", "? a", "\n  - a\n   - b", "\n- a", "\n  -a", "\n  - [x]", "\n  - a: b", "\n  -  a", "\n  - a #c",
    ];

    private static readonly string[] PlainKeys = ["id", "name", "date", "tags", "count", "is_minister", "term-start", "x1", "Name"];

    private static readonly string[] OtherKeys = ["1st", "a b", "é", "-x", "\"q\""];

    // A mapping's lines, each "key: value" (a block list's lines after its key), joined by "\n".
    private static readonly Gen<string> Mappings =
        Gen.Select(
            Gen.Frequency((6, Gen.OneOf(PlainKeys)), (1, Gen.OneOf(OtherKeys))),
            Gen.Frequency((6, Gen.OneOf(PlainValues)), (1, Gen.OneOf(OtherValues))),
            Gen.Frequency((12, Gen.Const(": ")), (1, Gen.OneOf(":", ":  ", " : ")))).Array[1, 6]
        .Select(lines => string.Join("\n", lines.Select(l => l.Item1 + (l.Item2.StartsWith('\n') ? ":" : l.Item3) + l.Item2)));

    private static readonly Gen<string> Documents =
        Gen.Select(Mappings, Gen.OneOf("\n", "\r\n"), Gen.Bool, (mapping, newline, finalNewline) =>
            mapping.Replace("\n", newline) + (finalNewline ? newline : string.Empty));

    // A YAML record file's sequence of such mappings: each item's lines indented by two spaces, its
    // first one's by "- ", now and then indented otherwise (which YAML reads another way, or refuses).
    private static readonly Gen<string> Sequences =
        Gen.Select(
            Gen.Select(Mappings, Gen.Frequency((12, Gen.Const(2)), (1, Gen.OneOf(1, 3, 4))), Gen.Frequency((12, Gen.Const("- ")), (1, Gen.OneOf("-  ", "-\t", "  - ", "-")))).Array[1, 4],
            Gen.OneOf("\n", "\r\n"),
            Gen.Bool,
            (items, newline, finalNewline) =>
                string.Join(newline, items.Select(item =>
                {
                    var indent = new string(' ', item.Item2);
                    var lines = item.Item1.Split('\n').Select(l => indent + l).ToArray();
                    lines[0] = item.Item3 + lines[0].Substring(item.Item2);
                    return string.Join(newline, lines);
                })) + (finalNewline ? newline : string.Empty));

    [Fact]
    public void WhereverItReadsATextItGivesYamlDotNetsValuesAndLocations() => ReadsAsYamlDotNetDoes(Documents);

    [Fact]
    public void WhereverItReadsASequenceItGivesYamlDotNetsValuesAndLocations() => ReadsAsYamlDotNetDoes(Sequences);

    private static void ReadsAsYamlDotNetDoes(Gen<string> documents)
    {
        var read = 0;
        documents.Sample(yaml =>
        {
            // The YAML sits after a prefix, as front matter does in its markdown file.
            var prefix = "---\n";
            var text = SourceText.From(prefix + yaml + "---\n");
            if (PlainYamlReader.TryRead(new DataDocument(File.FilePath, text), prefix.Length, yaml) is not { } plain)
            {
                return;
            }

            Interlocked.Increment(ref read);
            var expected = ReadWithYamlDotNet(text, prefix.Length, yaml);
            Assert.True(expected is not null, "YamlDotNet refused what the plain reader read:\n" + yaml);
            Assert.Equal(Describe(expected), Describe(plain));
        }, iter: 20_000);

        // The generator must reach the subset often, or the test proves nothing.
        Assert.True(read > 1_000, $"only {read} documents were in the plain subset");
    }

    [Theory]
    [InlineData("name: Almaty\ncountry: kz\ntags: [trade, energy]\ndate: 2025-04-26\nnote: \"Note 12: on trade\"\n")]
    [InlineData("title: Kazakhstan-China trade\r\nyear: 2024\r\nparties: []")]
    [InlineData("date: 2025-04-25\nparticipants:\n  - murat-nurtleu\n  - wang-yi\ntopics:\n  - \"trade and economic relations\"\narticle: almaty-2025\n")]
    public void TheCommonFrontMatterIsReadByThePlainReader(string yaml)
    {
        var text = SourceText.From(yaml);
        var plain = PlainYamlReader.TryRead(new DataDocument(File.FilePath, text), 0, yaml);
        Assert.NotNull(plain);
        Assert.Equal(Describe(ReadWithYamlDotNet(text, 0, yaml)), Describe(plain));
    }

    [Theory]
    [InlineData("- id: kz\n  name: Kazakhstan\n  capital: Astana\n- id: cn\n  name: China\n  tags: [trade, energy]\n")]
    [InlineData("- id: a\r\n  topics:\r\n    - trade\r\n    - energy\r\n  year: 2025\r\n- id: b\r\n  year: 2024")]
    public void ACommonYamlSequenceIsReadByThePlainReader(string yaml)
    {
        var text = SourceText.From(yaml);
        var plain = PlainYamlReader.TryRead(new DataDocument(File.FilePath, text), 0, yaml);
        Assert.NotNull(plain);
        Assert.Equal(DataValueKind.Array, plain.Value.Kind);
        Assert.Equal(Describe(ReadWithYamlDotNet(text, 0, yaml)), Describe(plain));
    }

    [Fact]
    public void TheSeedsFrontMatterIsReadByThePlainReader()
    {
        var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(TestHelpers.RepoPaths.Root, "data", "meetings"), "*.md");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var content = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n");
            var start = content.IndexOf('\n') + 1;
            var yaml = content.Substring(start, content.IndexOf("\n---", start, System.StringComparison.Ordinal) + 1 - start);
            var text = SourceText.From(content);
            var plain = PlainYamlReader.TryRead(new DataDocument(File.FilePath, text), start, yaml);
            Assert.True(plain is not null, path);
            Assert.Equal(Describe(ReadWithYamlDotNet(text, start, yaml)), Describe(plain));
        }
    }

    [Theory]
    [InlineData("a: 1\na: 2\n")] // a duplicate key: YamlDotNet's path reports it
    [InlineData("a: 1\n\nb: 2\n")] // a blank line
    [InlineData("a: 1 # note\n")] // a comment
    [InlineData("a: \"an \\\"escape\\\"\"\n")] // escapes are YamlDotNet's to read
    [InlineData("a:\n  - b: c\n")] // a list of mappings
    [InlineData("a: x\n  continued\n")]
    [InlineData("a: *alias\n")]
    public void AnythingElseIsLeftToYamlDotNet(string yaml) =>
        Assert.Null(PlainYamlReader.TryRead(new DataDocument(File.FilePath, SourceText.From(yaml)), 0, yaml));

    /// <summary>The tree as text, every value's kind, text and location and every key's location, so that a difference shows where it is.</summary>
    private static string Describe(DataValue? found) => found is not { } value
        ? "(none)"
        : value.Kind switch
        {
            DataValueKind.Object => $"{{{string.Join(", ", value.Properties.Select(p => $"{p.Key}@{p.KeyLocation.LineSpan}{p.KeyLocation.Span}: {Describe(p.Value)}"))}}}@{value.Location.LineSpan}{value.Location.Span}",
            DataValueKind.Array => $"[{string.Join(", ", value.Items.Select(i => Describe(i)))}]@{value.Location.LineSpan}{value.Location.Span}",
            _ => $"{value.Kind}:{value.Text}@{value.Location.LineSpan}{value.Location.Span}",
        };

    private static DataValue? ReadWithYamlDotNet(SourceText text, int offset, string yaml)
    {
        YamlValueReader.UseYamlDotNetOnly = true;
        try
        {
            var diagnostics = new List<DiagnosticInfo>();
            return YamlValueReader.TryRead(File, new DataDocument(File.FilePath, text), offset, yaml, YamlOrigin.DataFile, diagnostics, CancellationToken.None, out var root) ? root : null;
        }
        finally
        {
            YamlValueReader.UseYamlDotNetOnly = false;
        }
    }
}
