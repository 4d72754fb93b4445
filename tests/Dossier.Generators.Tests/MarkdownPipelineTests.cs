using System.Linq;
using CsCheck;
using Dossier.Generators.Parsing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Dossier.Generators.Tests;

/// <summary>
/// Dossier's markdown pipeline leaves out work whose result it never reads. Everything it does
/// read (the top-level blocks in order, each heading's level, span and plain text, each top-level
/// table's rows) must be what Markdig's full pipeline gives.
/// </summary>
public sealed class MarkdownPipelineTests
{
    // Every default parser, every inline parsed: the reference.
    private static readonly MarkdownPipeline Full = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    public static TheoryData<string> Documents => new()
    {
        // Lines that look like headings but are not the document's: in code, lists, quotes, HTML.
        "# Title\n\n```\n# not a heading\n## nor this\n```\n\n## Real\n",
        "# Title\n\n~~~md\n| a |\n|---|\n| 1 |\n~~~\n\n## Real\n",
        "- # in a list\n\n> # in a quote\n\n<div>\n# in HTML\n</div>\n\n    # indented code\n\n## Real\n",
        // Inlines that change a heading's plain text.
        "# *Emphasised* **title** with `code`, [a link](http://x), ![an image](i.png), &amp;, \\*, <http://auto> and <b>HTML</b>\n",
        "## A `code | span` and an escaped \\| pipe\n",
        "Two\nlines\n===\n\nAnd *one*\n---\n",
        "# [ref]\n\n[ref]: http://x\n",
        // Pipes in code spans, escapes and emphasis: what Markdig counts as a cell.
        "## Rows\n\n| a | b |\n|---|---|\n| `x|y` | 2 |\n| x\\|y | 3 |\n| *x|y* | 4 |\n",
        "| `a|b` | c |\n|---|---|\n| 1 | 2 |\n",
        "| a | b |\n|---|---|\n| [x|y](u) | &#124; |\n",
        // What separates a heading from its table.
        "## H\n\ntext\n\n| a |\n|---|\n| 1 |\n",
        "## H\n***\n| a |\n|---|\n| 1 |\n",
        "## H\n___\n| a |\n|---|\n| 1 |\n",
        "## H\n[x]: http://x\n| a |\n|---|\n| 1 |\n",
        "## H\ntext\n| a |\n|---|\n| 1 |\n",
        "## H\n<!-- note -->\n| a |\n|---|\n| 1 |\n",
        // Tables that are not top-level, and paragraphs with pipes that are no table.
        "- | a |\n  |---|\n  | 1 |\n\n> | b |\n> |---|\n> | 2 |\n",
        "> quote\ncontinued | x\n\na | b\n\n|\n",
        "a | b\n--|--\n1 | 2\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void DossiersPipelineReadsWhatTheFullPipelineReads(string markdown) =>
        Assert.Equal(Read(Markdown.Parse(markdown, Full)), Read(Markdown.Parse(markdown, MarkdownText.Pipeline)));

    private static readonly string[] Lines =
    [
        "# Title", "## *Section*", "### `a | b`", "## [link](u) &amp; \\*", "Setext", "===", "---", "***", "___", "- - -",
        "| a | b |", "|---|---|", "| `x|y` | 2 |", "| x\\|y | *3|* |", "a | b", "--|--", "| 1 |", ":-:|",
        "text", "*emphasis* and `code`", "<http://auto> <b>html</b>", "[ref]: http://x", "[ref]",
        "```", "~~~", "    indented", "- item", "1. item", "> quote", "> | q |", "<div>", "</div>", "<!-- c -->", "",
    ];

    [Fact]
    public void OnMixedDocumentsDossiersPipelineReadsWhatTheFullPipelineReads() =>
        Gen.OneOf(Lines).Array[1, 14].Select(lines => string.Join("\n", lines) + "\n").Sample(
            markdown => Assert.Equal(Read(Markdown.Parse(markdown, Full)), Read(Markdown.Parse(markdown, MarkdownText.Pipeline))),
            iter: 20_000);

    /// <summary>
    /// What the markdown parsers read of a document, as text to compare. Other blocks count only
    /// for where they stand (a list's span, for one, grows when a table inside it is parsed).
    /// </summary>
    private static string Read(MarkdownDocument document) =>
        string.Join("\n", document.Select(block => block switch
        {
            HeadingBlock heading => $"heading {heading.Level} {heading.Span} '{MarkdownText.PlainText(heading.Inline)}'",
            Table table => $"table {table.Span}, rows at {string.Join(", ", table.Select(row => row.Span.Start))}",
            _ => block.GetType().Name,
        }));
}
