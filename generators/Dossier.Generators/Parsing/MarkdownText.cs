using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Generators.Parsing;

/// <summary>Markdig helpers shared by the markdown record and table parsers.</summary>
internal static class MarkdownText
{
    /// <summary>One pipeline for every file: pipe tables and exact source positions.</summary>
    public static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>
    /// Markdig's default parsers, all of them. Dossier reads the top-level headings (level, span,
    /// plain text) and the top-level pipe tables (their rows' spans). The block parsers decide what
    /// is top-level and what stands next to what: a "# line" in a fenced code block, an HTML block
    /// or a list is no heading of the document, and a paragraph or a thematic break between a
    /// heading and a table parts them. The inline parsers each change a heading's plain text
    /// (emphasis, code spans, links, escapes, entities, autolinks and inline HTML, a setext
    /// heading's line breaks), and decide a table row's cells (a pipe in a code span splits no
    /// cell for Markdig). What Dossier never reads is the inlines of other paragraphs: one without
    /// a pipe cannot become a table, and one inside a list or a quote is not top-level, so their
    /// inline parse is skipped (MarkdownPipelineTests holds this pipeline to the full one's reading).
    /// </summary>
    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UsePreciseSourceLocation();
        builder.BlockParsers.FindExact<ParagraphBlockParser>()!.Closed += SkipUnreadInlines;
        return builder.Build();
    }

    private static void SkipUnreadInlines(BlockProcessor processor, Block block)
    {
        // A setext heading is closed by the paragraph parser too; it is a HeadingBlock, and kept.
        if (block is ParagraphBlock paragraph && (paragraph.Parent is not MarkdownDocument || !HasPipe(paragraph.Lines)))
        {
            paragraph.ProcessInlines = false;
        }
    }

    private static bool HasPipe(StringLineGroup lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (slice.Length > 0 && slice.Text.IndexOf('|', slice.Start, slice.Length) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses markdown with the shared pipeline. Markdig refuses blocks nested past its limit (an
    /// ArgumentException); that is the data's depth, reported as DOS103 like deep JSON.
    /// </summary>
    public static MarkdownDocument? Parse(Model.DataFileInfo file, Microsoft.CodeAnalysis.Text.SourceText text, int offset, string markdown, List<Diagnostics.DiagnosticInfo> diagnostics)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException exception) when (exception.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var deepest = DeepestLine(markdown);
            diagnostics.Add(Diagnostics.DiagnosticInfo.Create(
                Diagnostics.DiagnosticDescriptors.NestingTooDeep,
                Diagnostics.LocationInfo.At(file.FilePath, text, offset + deepest, 0),
                file.DisplayPath,
                "128"));
            return null;
        }
    }

    /// <summary>
    /// The start of the line that opens the most quotes and list items, where Markdig's limit was
    /// met (it does not say where): the best place to point at.
    /// </summary>
    private static int DeepestLine(string markdown)
    {
        var best = 0;
        var bestDepth = -1;
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var depth = 0;
            var i = lineStart;
            while (i < markdown.Length && markdown[i] is '>' or '-' or '*' or '+' or ' ' or '\t')
            {
                depth += markdown[i] is ' ' or '\t' ? 0 : 1;
                i++;
            }

            if (depth > bestDepth)
            {
                best = lineStart;
                bestDepth = depth;
            }

            var next = markdown.IndexOfAny(new[] { '\r', '\n' }, lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + (next + 1 < markdown.Length && markdown[next] == '\r' && markdown[next + 1] == '\n' ? 2 : 1);
        }

        return best;
    }

    /// <summary>The plain text of a heading or cell's inlines: literal text, code spans and entities, markup dropped.</summary>
    public static string PlainText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        // Iterative over siblings, recursive only into nested emphasis and links, whose depth is
        // bounded by the line length Markdig accepts.
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(nested, builder);
                    break;
            }
        }
    }

    /// <summary>The first level-1 heading of a document, if any.</summary>
    public static HeadingBlock? FirstTitleHeading(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 } heading)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>
    /// Splits one pipe-table line into cells with their offsets in the line. GitHub's table rules
    /// say a pipe splits cells unless it is escaped with a backslash, even inside code spans, so
    /// this scan is exact; Markdig's table object does not report cells beyond the header's count,
    /// which we must see to report them.
    /// </summary>
    public static List<(string Text, int Start, int Length)> SplitRow(string line)
    {
        var cells = new List<(string, int, int)>();
        var start = 0;
        var end = line.Length;
        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (start < end && line[start] == '|')
        {
            start++;
        }

        if (end > start && line[end - 1] == '|' && !IsEscaped(line, end - 1))
        {
            end--;
        }

        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (line[i] == '|' && !IsEscaped(line, i)))
            {
                var raw = line.Substring(cellStart, i - cellStart);
                var trimmedStart = cellStart;
                while (trimmedStart < i && char.IsWhiteSpace(line[trimmedStart]))
                {
                    trimmedStart++;
                }

                cells.Add((raw.Trim().Replace("\\|", "|"), trimmedStart, raw.Trim().Length));
                cellStart = i + 1;
            }
        }

        return cells;
    }

    private static bool IsEscaped(string line, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && line[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
