using System;
using System.Text;
using Dossier.Generators.Emission;

namespace Dossier.Generators.Tests;

/// <summary>
/// The compiled-data format's writer (the generator's <see cref="CompiledDataWriter"/>) against its
/// reader (the runtime's <see cref="CompiledDataReader"/>): every construct the writer emits is
/// read back, value for value, by the reader's calls that generated code makes. A change to
/// either side that the other does not mirror fails here.
/// </summary>
public sealed class CompiledDataFormatTests
{
    private const string Awkward = "a|b\\c\nd\re\tf \u0000\u001F\u007F\u0085\u2028\u202E\uFEFF \\N {x} 中文 😀";

    [Fact]
    public void EveryConstructTheWriterEmitsIsReadBackExactly()
    {
        var data = new StringBuilder();
        WriteRecord(data, "first|id", 12);
        data.Append('\n');
        WriteRecord(data, "second\\id", 40);
        var bytes = Encoding.UTF8.GetBytes(data.ToString());

        var reader = new CompiledDataReader(bytes);
        ReadRecord(ref reader, "first|id", 12);
        ReadRecord(ref reader, "second\\id", 40);
        reader.EndData();
    }

    [Fact]
    public void AValueOfTheWrongShapeFailsLoudly()
    {
        var line = new StringBuilder();
        CompiledDataWriter.AppendRecordStart(line, "a", "data/a.json", 1);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendString(line, "not a number");
        var bytes = Encoding.UTF8.GetBytes(line.ToString());

        var failed = false;
        try
        {
            var reader = new CompiledDataReader(bytes);
            _ = reader.String();
            _ = reader.Source();
            _ = reader.Int32();
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or System.IO.InvalidDataException)
        {
            failed = true;
        }

        Assert.True(failed, "Reading a string as an int did not fail.");
    }

    private static void WriteRecord(StringBuilder line, string id, int lineNumber)
    {
        CompiledDataWriter.AppendRecordStart(line, id, "data/a dir/x|y.json", lineNumber);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendString(line, Awkward);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendString(line, string.Empty);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendNull(line);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendRaw(line, "-2147483648");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendRaw(line, "79228162514264337593543950335");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendRaw(line, "43.80");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendRaw(line, "1E+300");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendRaw(line, "true");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendDate(line, new DateTime(2025, 4, 26));
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendDateTimeOffset(line, new DateTimeOffset(2025, 4, 26, 10, 30, 0, TimeSpan.FromHours(5)));

        // A nested record: a string and a null.
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendOpenRecord(line);
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendString(line, "|}");
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendNull(line);
        CompiledDataWriter.AppendCloseRecord(line);

        // A list of nullable strings, and an empty list.
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendCount(line, 3);
        foreach (var item in new[] { "x", null, "3" })
        {
            CompiledDataWriter.AppendSeparator(line);
            if (item is null)
            {
                CompiledDataWriter.AppendNull(line);
            }
            else
            {
                CompiledDataWriter.AppendString(line, item);
            }
        }

        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendCount(line, 0);

        // Markdown sections.
        CompiledDataWriter.AppendSeparator(line);
        CompiledDataWriter.AppendCount(line, 2);
        CompiledDataWriter.AppendSection(line, "Outcome", "2", "Agreed | signed\n\nNext.");
        CompiledDataWriter.AppendSection(line, string.Empty, "3", string.Empty);
    }

    private static void ReadRecord(ref CompiledDataReader reader, string id, int lineNumber)
    {
        Assert.Equal(id, reader.String());
        Assert.Equal(new SourceLocation("data/a dir/x|y.json", lineNumber), reader.Source());
        Assert.Equal(Awkward, reader.String());
        Assert.Equal(string.Empty, reader.String());
        Assert.True(reader.IsNull());
        Assert.Equal(int.MinValue, reader.Int32());
        Assert.Equal(decimal.MaxValue, reader.Decimal());
        Assert.Equal(43.80m, reader.Decimal());
        Assert.Equal(1e300, reader.Double());
        Assert.True(reader.Boolean());
        Assert.Equal(new DateOnly(2025, 4, 26), reader.DateOnly());
        Assert.Equal(new DateTimeOffset(2025, 4, 26, 10, 30, 0, TimeSpan.FromHours(5)), reader.DateTimeOffset());

        reader.Open();
        Assert.Equal("|}", reader.String());
        Assert.True(reader.IsNull());
        reader.Close();

        Assert.Equal(new string?[] { "x", null, "3" }, reader.List<string?>(static (ref CompiledDataReader r) => r.IsNull() ? null : r.String()));
        Assert.Empty(reader.List<string>(static (ref CompiledDataReader r) => r.String()));

        var sections = reader.List<MarkdownSection>(static (ref CompiledDataReader r) => new MarkdownSection(r.String(), r.Int32(), r.String()));
        Assert.Equal(new[] { new MarkdownSection("Outcome", 2, "Agreed | signed\n\nNext."), new MarkdownSection(string.Empty, 3, string.Empty) }, sections);
        reader.EndRecord();
    }
}
