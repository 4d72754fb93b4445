using System;
using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// CSV and TSV files (<c>data/name.csv</c>, <c>data/name.tsv</c>): the layout, RFC 4180 quoting,
/// how cells are typed (a quoted cell is a string), what is layout (blank lines, whitespace around
/// a cell), and each malformed case as an error at its line and column.
/// </summary>
public sealed class CsvTests
{
    private const string Csv = "data/items.csv";

    private static DossierRunResult Run(string content, string path = Csv) => GeneratorHarness.Run(new DataFile(path, content));

    private static CompiledDataset Compile(string content, string path = Csv) => GeneratorHarness.Compile(new DataFile(path, content));

    private static object? Get(CompiledDataset data, string id, string property) => CompiledDataset.Get(data.Record("Items", id), property);

    // The layout and typing.

    [Fact]
    public void EachRowIsARecordNamedByTheHeader()
    {
        var data = Compile("id,name,count,share,active,since,note\na,Alpha,1,0.5,true,2025-04-26,\nb,Beta,-2,43.8,false,2024-01-01,x\n");
        Assert.Equal(["a", "b"], data.Collection("Items").Select(r => (string)CompiledDataset.Get(r, "Id")!));
        Assert.Equal("Alpha", Get(data, "a", "Name"));
        Assert.Equal(-2, Get(data, "b", "Count"));
        Assert.Equal(43.8m, Get(data, "b", "Share"));
        Assert.Equal(true, Get(data, "a", "Active"));
        Assert.Equal(new DateOnly(2025, 4, 26), Get(data, "a", "Since"));
        Assert.Null(Get(data, "a", "Note"));
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(data.Type("Item"), "Note"));
        Assert.Equal("data/items.csv:3", CompiledDataset.Get(data.Record("Items", "b"), "Source")!.ToString());
    }

    [Fact]
    public void TsvSeparatesByTabsOnly()
    {
        var data = Compile("id\tplace\tn\na\tAlmaty, Kazakhstan\t1\n", "data/items.tsv");
        Assert.Equal("Almaty, Kazakhstan", Get(data, "a", "Place"));
        Assert.Equal(1, Get(data, "a", "N"));
    }

    [Fact]
    public void UnquotedCellsAreTypedLikeTableCells()
    {
        var data = Compile("id,a,b,c,d\nx,null,~,TRUE,012\ny,1,2,false,+5\n");
        Assert.Null(Get(data, "x", "A"));
        Assert.Null(Get(data, "x", "B"));
        Assert.Equal(true, Get(data, "x", "C"));
        Assert.Equal("012", Get(data, "x", "D"));
        Assert.Equal("+5", Get(data, "y", "D"));
    }

    [Fact]
    public void AQuotedCellIsAlwaysAString()
    {
        var data = Compile("id,code,flag,empty,none,word\na,\"012\",\"true\",\"\",,\"null\"\nb,\"7\",\"false\",\"x\",,\"y\"\n");
        Assert.Equal("012", Get(data, "a", "Code"));
        Assert.Equal("7", Get(data, "b", "Code"));
        Assert.Equal("true", Get(data, "a", "Flag"));
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(data.Type("Item"), "Flag"));
        Assert.Equal(string.Empty, Get(data, "a", "Empty"));
        Assert.Null(Get(data, "a", "None"));
        Assert.Equal("null", Get(data, "a", "Word"));
    }

    [Fact]
    public void AQuotedDateIsADateAsEveryStringIs()
    {
        var data = Compile("id,on\na,\"2025-04-26\"\nb,2025-04-27\n");
        Assert.Equal(new DateOnly(2025, 4, 26), Get(data, "a", "On"));
        Assert.Equal(new DateOnly(2025, 4, 27), Get(data, "b", "On"));
    }

    [Fact]
    public void ANumericIdIsReadAsText()
    {
        var data = Compile("id,name\n398,Kazakhstan\n156,China\n");
        Assert.Equal("Kazakhstan", CompiledDataset.Get(data.Record("Items", "398"), "Name"));
        Assert.Equal("China", CompiledDataset.Get(data.Record("Items", "156"), "Name"));
    }

    [Fact]
    public void DOS117_AnUnterminatedQuoteOpeningARowAfterGoodRows()
    {
        var result = Run("id,t\na,x\nb,y\n\"open,z\nc,w\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 4, 1, "never closed");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AByteOrderMarkLeavesErrorColumnsInPlace()
    {
        var result = Run("\uFEFFid,n\na,1,2\n");
        DiagnosticAssert.Single(result, "DOS108", Csv, 2, 5);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void AQuotedNumberBesideAnUnquotedOneIsATypeConflict()
    {
        var result = Run("id,n\na,1\nb,\"2\"\n");
        DiagnosticAssert.Single(result, "DOS201", Csv, 3, 3, "a string here but a number");
        DiagnosticAssert.FailsCleanly(result);
    }

    // RFC 4180 quoting, line ends and layout.

    [Fact]
    public void QuotedCellsHoldSeparatorsQuotesAndLineBreaks()
    {
        var data = Compile("id,text,after\na,\"x, \"\"y\"\"\r\nz\",1\nb,\"\"\"\",2\n");
        Assert.Equal("x, \"y\"\r\nz", Get(data, "a", "Text"));
        Assert.Equal("\"", Get(data, "b", "Text"));
        Assert.Equal(2, Get(data, "b", "After"));
        Assert.Equal("data/items.csv:4", CompiledDataset.Get(data.Record("Items", "b"), "Source")!.ToString());
    }

    [Theory]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    public void LineEndsWithOrWithoutAFinalOne(string newline, bool finalNewline)
    {
        var content = string.Join(newline, "id,n", "a,1", "b,2") + (finalNewline ? newline : string.Empty);
        var data = Compile(content);
        Assert.Equal(2, Get(data, "b", "N"));
        Assert.Equal(2, data.Collection("Items").Count);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheFirstHeader()
    {
        var data = Compile("\uFEFFid,n\na,1\n");
        Assert.Equal(1, Get(data, "a", "N"));
    }

    [Fact]
    public void BlankLinesAreSkipped()
    {
        var data = Compile("\n\nid,n\n\na,1\n   \n\t\nb,2\n\n\n");
        Assert.Equal(2, data.Collection("Items").Count);
        Assert.Equal("data/items.csv:8", CompiledDataset.Get(data.Record("Items", "b"), "Source")!.ToString());
    }

    [Fact]
    public void WhitespaceAroundACellIsLayout_InsideQuotesItIsKept()
    {
        var data = Compile("id , n , text\n a ,  1\t, \"  padded  \" \n");
        Assert.Equal(1, Get(data, "a", "N"));
        Assert.Equal("  padded  ", Get(data, "a", "Text"));
    }

    [Fact]
    public void InTsvATabIsASeparator_NotLayout()
    {
        var data = Compile("id\tn\tm\na\t\t2\n", "data/items.tsv");
        Assert.Null(Get(data, "a", "N"));
        Assert.Equal(2, Get(data, "a", "M"));
    }

    [Fact]
    public void ARowWithFewerCellsGetsNullForTheCellsItLacks()
    {
        var data = Compile("id,n,note\na,1,x\nb\n");
        Assert.Null(Get(data, "b", "N"));
        Assert.Null(Get(data, "b", "Note"));
        Assert.Equal(typeof(int?), CompiledDataset.PropertyType(data.Type("Item"), "N"));
    }

    [Fact]
    public void AColumnNoRowFillsIsStillAProperty()
    {
        var data = Compile("id,later\na\nb\n");
        Assert.Null(Get(data, "a", "Later"));

        // Markdown tables share the rows' reading (TableRecords): the same there.
        var table = Compile("| id | later |\n|----|-------|\n| a |\n| b |\n", "data/items.md");
        Assert.Null(Get(table, "a", "Later"));
        Assert.Equal(typeof(string), CompiledDataset.PropertyType(table.Type("Item"), "Later"));
    }

    [Fact]
    public void ANulCharacterIsText()
    {
        var data = Compile("id,text\na,x\0y\nb,\"\0\"\n");
        Assert.Equal("x\0y", Get(data, "a", "Text"));
        Assert.Equal("\0", Get(data, "b", "Text"));
    }

    [Fact]
    public void NonAsciiTextKeepsItsCellsAndLines()
    {
        var data = Compile("id,name\nalmaty,Алматы 😀\nurumqi,\"乌鲁木齐\n😀\"\nlast,\"é\"\n");
        Assert.Equal("乌鲁木齐\n😀", Get(data, "urumqi", "Name"));
        Assert.Equal("data/items.csv:5", CompiledDataset.Get(data.Record("Items", "last"), "Source")!.ToString());

        // The column of an error after non-ASCII text counts characters, not bytes.
        var result = Run("id,name\nалматы,Алматы,3\n");
        DiagnosticAssert.Single(result, "DOS108", Csv, 2, 15);
    }

    // Errors, each at its line and column.

    [Fact]
    public void DOS108_ARowWithMoreCellsThanTheHeader()
    {
        var result = Run("id,n\na,1\nb,2,3\n");
        DiagnosticAssert.Single(result, "DOS108", Csv, 3, 5, "'data/items.csv' has 3 cells but the header has 2", "inside quotes in CSV");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS108_AnEmptyExtraCellIsStillAnExtraCell()
    {
        var result = Run("id,n\na,1,\n");
        DiagnosticAssert.Single(result, "DOS108", Csv, 2, 5);
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS117_AnUnterminatedQuoteIsReportedAtItsOpeningQuote()
    {
        var result = Run("id,n,text\na,1,x\nb,2,\"never closed\nc,3,y\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 3, 5, "'data/items.csv' is not valid CSV", "never closed", "Add the closing quote");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS117_AQuoteDoubledAtTheEndLeavesTheCellOpen()
    {
        var result = Run("id,text\na,\"ab\"\"\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 2, 3, "never closed");
    }

    [Fact]
    public void DOS117_AnUnterminatedQuoteInTheHeader()
    {
        var result = Run("id\t\"n\na\t1\n", "data/items.tsv");
        DiagnosticAssert.Single(result, "DOS117", "data/items.tsv", 1, 4, "not valid TSV", "never closed");

        var csv = Run("id,\"n\na,1\n");
        DiagnosticAssert.Single(csv, "DOS117", Csv, 1, 4, "never closed");
    }

    [Fact]
    public void DOS117_TextAfterAClosingQuote()
    {
        var result = Run("id,text\na,\"ab\"c\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 2, 7, "text after the closing quote");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS117_AQuoteInsideAnUnquotedCell()
    {
        var result = Run("id,text\na,x\nb,ab\"c\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 3, 5, "a quote inside a cell that does not start with one");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS117_AfterNonAsciiTextIsAtItsCharacter()
    {
        var result = Run("id,text\n😀,Алматы\"\n");
        DiagnosticAssert.Single(result, "DOS117", Csv, 2, 10);
    }

    [Fact]
    public void DOS118_AnEmptyOrBlankFileHasNoHeader()
    {
        foreach (var content in new[] { string.Empty, "\n\n", "  \r\n" })
        {
            var result = Run(content);
            DiagnosticAssert.Single(result, "DOS118", Csv, 1, 1, "'data/items.csv' has no header row");
            DiagnosticAssert.FailsCleanly(result);
        }
    }

    [Fact]
    public void AHeaderWithoutRowsIsAnEmptyCollection()
    {
        var data = Compile("id,name\n");
        Assert.Empty(data.Collection("Items"));
    }

    [Fact]
    public void DOS113_AnEmptyHeaderCell()
    {
        var result = Run("id,n,,m\na,1,2,3\n");
        DiagnosticAssert.Single(result, "DOS113", Csv, 1, 6, "'data/items.csv' is empty");
        DiagnosticAssert.FailsCleanly(result);

        var quoted = Run("id,\"\"\na,1\n");
        DiagnosticAssert.Single(quoted, "DOS113", Csv, 1, 4);
    }

    [Fact]
    public void DOS110_ADuplicateHeader()
    {
        var result = Run("id,n,m,n\na,1,2,3\n");
        DiagnosticAssert.Single(result, "DOS110", Csv, 1, 8, "'n'", "'data/items.csv'");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS204_WithoutAnIdColumnEveryRowLacksAnId_AsInAMarkdownTable()
    {
        var csv = Run("name\nAlpha\nBeta\n");
        var table = Run("| name |\n|------|\n| Alpha |\n| Beta |\n", "data/items.md");
        Assert.Equal(2, csv.Diagnostics.Count(d => d.Id == "DOS204"));
        Assert.Equal(table.Diagnostics.Select(d => d.Id), csv.Diagnostics.Select(d => d.Id));
        Assert.Equal([2, 3], csv.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        DiagnosticAssert.FailsCleanly(csv);
    }

    [Fact]
    public void DOS104_ALoneSurrogate()
    {
        var result = Run("id,text\na,x\uD800y\n");
        DiagnosticAssert.Single(result, "DOS104", Csv, 2, 4, "U+D800");
        DiagnosticAssert.FailsCleanly(result);
    }

    [Fact]
    public void DOS111_ACsvFileInsideACollectionFolderIsIgnoredWithAWarning()
    {
        var result = GeneratorHarness.Run(new DataFile("data/items/a.json", "{ \"n\": 1 }"), new DataFile("data/items/more.csv", "id,n\nb,2\n"));
        var warning = DiagnosticAssert.Single(result, "DOS111", "data/items/more.csv", 1, 1, "a CSV or TSV file holds a whole collection", "'data/name.json|yaml|yml|md|csv|tsv'");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Single(GeneratorHarness.Load(result).Collection("Items"));
    }

    [Fact]
    public void DOS201_ATypeConflictIsAtTheCell()
    {
        var result = Run("id,n\na,1\nb,  x\n");
        DiagnosticAssert.Single(result, "DOS201", Csv, 3, 5, "'items.n'");
    }
}
