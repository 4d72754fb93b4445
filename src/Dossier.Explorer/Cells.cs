using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Explorer;

/// <summary>Table cells built from data text. Data is escaped, so a "[" in it is never read as markup.</summary>
internal static class Cells
{
    /// <summary>The last column of every table: the data file and line each row comes from.</summary>
    public const string SourceHeader = "Source";

    public static Markup Plain(string text) => new(Markup.Escape(text));

    public static Markup Dim(string text) => new($"[dim]{Markup.Escape(text)}[/]");

    public static Markup Bold(string text) => new($"[bold]{Markup.Escape(text)}[/]");

    /// <summary>One line per item, or a dim placeholder when there are none.</summary>
    public static Markup Lines(IReadOnlyCollection<string> items, string whenEmpty) =>
        items.Count == 0 ? Dim(whenEmpty) : Plain(string.Join('\n', items));

    /// <summary>
    /// Label/value pairs stacked in one cell. Used where a record has more fields than fit side by
    /// side next to a full source path.
    /// </summary>
    public static Grid Fields(params (string Label, IRenderable Value)[] fields)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn();
        foreach (var (label, value) in fields)
        {
            grid.AddRow(Dim(label), value);
        }

        return grid;
    }

    /// <summary>A section: a header rule, then its table, chart or timeline.</summary>
    public static void WriteSection(IAnsiConsole console, string title, IRenderable content)
    {
        console.Write(new Rule($"[bold yellow]{Markup.Escape(title)}[/]").LeftJustified());
        console.Write(content);
        console.WriteLine();
    }

    /// <summary>
    /// A table with the house look: rounded border, bold headers. Short fixed-form columns
    /// (dates, source locations) never wrap, so a path:line stays whole and clickable.
    /// </summary>
    public static Table NewTable(string[] headers, params string[] noWrap)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            var column = new TableColumn($"[bold]{Markup.Escape(header)}[/]");
            if (header == SourceHeader || noWrap.Contains(header))
            {
                column.NoWrap();
            }

            table.AddColumn(column);
        }

        return table;
    }
}
