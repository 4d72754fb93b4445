using System.Collections.Generic;
using System.Threading;
using CsvHelper;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Reads a CSV or TSV file (<c>data/name.csv</c>, <c>data/name.tsv</c>) with CsvHelper's RFC 4180
/// reader: the first row names the properties, each other row is a record. Cells are typed as
/// table cells are (<see cref="PlainScalar"/>), except that a quoted cell is always a string, so
/// that <c>"012"</c>, <c>"true"</c> or <c>""</c> can be written as strings. Spaces (and, in CSV,
/// tabs) around a cell are layout; lines holding nothing else are skipped. Malformed quoting is
/// an error at the quote (DOS117), never a value read some other way.
/// </summary>
/// <remarks>
/// Why CsvHelper: every value needs its line and column, whether its cell was quoted, and malformed
/// quoting located. CsvHelper gives each cell's raw bytes (quotes and surrounding whitespace
/// included), each record's byte offset, and each malformed record with its reason and the offset
/// of the problem. Sylvan.Data.Csv gives neither a cell's position nor whether it was quoted; Sep
/// has no netstandard2.0 build, so no compiler host could load it.
/// A cell's position is its record's start plus the raw cells and separators before it. CsvHelper
/// works in UTF-8, and <see cref="Utf8OffsetMap"/> maps its offsets back to the text's characters,
/// as for JSON.
/// </remarks>
internal static class CsvDataParser
{
    private const byte Quote = (byte)'"';

    /// <param name="content">The file's text, as a string (<see cref="DataFileParser"/> has checked it for lone surrogates).</param>
    public static ParsedDataFile Parse(DataFileInfo file, SourceText text, string content, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var records = new List<DataRecord>();
        var document = new DataDocument(file.FilePath, text);
        new Reader(file, content, document, diagnostics, records, cancellationToken).Read();
        return ParsedDataFile.Read(file, document, records, diagnostics);
    }

    private sealed class Reader
    {
        private readonly DataFileInfo _file;
        private readonly DataDocument _document;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<DataRecord> _records;
        private readonly CancellationToken _cancellationToken;
        private readonly byte[] _utf8;
        private readonly Utf8OffsetMap _offsets;
        private readonly byte _separator;
        private CsvMalformedRecord? _malformed;

        public Reader(DataFileInfo file, string content, DataDocument document, List<DiagnosticInfo> diagnostics, List<DataRecord> records, CancellationToken cancellationToken)
        {
            _file = file;
            _document = document;
            _diagnostics = diagnostics;
            _records = records;
            _cancellationToken = cancellationToken;
            _utf8 = Utf8OffsetMap.Encode(content);
            _offsets = new Utf8OffsetMap(content, _utf8.Length);
            _separator = file.Kind == DataFileKind.TsvTable ? (byte)'\t' : (byte)',';
        }

        private string Format => _file.Kind == DataFileKind.TsvTable ? "TSV" : "CSV";

        public void Read()
        {
            var options = new CsvReaderOptions
            {
                Mode = CsvMode.Rfc4180,
                Separator = (char)_separator,
                HasHeader = false,
                // Every line is a record, blank ones too (skipped below), so that a record that
                // could not be read starts where the one before it ended.
                SkipEmptyLines = false,
                TrimWhitespace = true,
                WhitespaceCharacters = _separator == (byte)'\t' ? " " : " \t",
                // Malformed quoting is reported (the first such record) and never read another way.
                MalformedData = CsvMalformedDataHandling.Skip,
                OnMalformedRecord = record => _malformed ??= record,
            };

            // A record starts after the byte order mark, if any, and then after the line break that
            // ends the record before it.
            var recordStart = _utf8.Length >= 3 && _utf8[0] == 0xEF && _utf8[1] == 0xBB && _utf8[2] == 0xBF ? 3 : 0;
            List<(string Name, TextSpan Span)>? header = null;
            var cells = new List<DataValue>();
            try
            {
                using var reader = CsvReader.Create(_utf8, options);
                while (reader.Read() && _malformed is null)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    // Offsets are mapped in increasing order (the map walks forward): the row's start first.
                    recordStart = (int)reader.ByteOffset;
                    var rowStart = _offsets.ToCharOffset(recordStart);
                    var recordEnd = ReadCells(reader, recordStart, cells);
                    var row = _document.Span(rowStart, _offsets.ToCharOffset(recordEnd) - rowStart);
                    recordStart = AfterLineBreak(recordEnd);
                    if (cells.Count == 1 && cells[0].Span.Length == 0)
                    {
                        continue; // a blank line: nothing on it but layout
                    }

                    if (header is null)
                    {
                        header = new List<(string Name, TextSpan Span)>(cells.Count);
                        for (var i = 0; i < cells.Count; i++)
                        {
                            header.Add((reader.GetString(i), cells[i].Span));
                        }

                        if (!TableRecords.CheckHeader(_file, _document, header, _diagnostics))
                        {
                            return;
                        }

                        continue;
                    }

                    if (TableRecords.ToRecord(_file, _document, header, cells, row, _diagnostics) is { } record)
                    {
                        _records.Add(new DataRecord(record, _document.Location(row).Line));
                    }
                }
            }
            catch (CsvFormatException exception)
            {
                // A record too large to buffer, or another problem the reader throws for.
                Report((int)exception.ByteOffset, exception.Message.TrimEnd('.'));
                return;
            }

            if (_malformed is { } malformed)
            {
                ReportMalformed(malformed, recordStart);
            }
            else if (header is null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCsvHeader, _document.Location(default), _file.DisplayPath));
            }
        }

        /// <summary>Reads the current record's cells into <paramref name="cells"/>; returns the byte offset where the record ends.</summary>
        private int ReadCells(CsvReader reader, int recordStart, List<DataValue> cells)
        {
            cells.Clear();
            var position = recordStart;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var raw = reader.GetRawSpan(i);
                var start = position;
                var end = position + raw.Length;
                while (start < end && IsLayout(_utf8[start]))
                {
                    start++;
                }

                while (end > start && IsLayout(_utf8[end - 1]))
                {
                    end--;
                }

                var span = Span(start, end);
                var value = reader.GetString(i);
                cells.Add(start < end && _utf8[start] == Quote
                    ? _document.Scalar(DataValueKind.String, value, span)
                    : PlainScalar.ToValue(_document, value, span));
                position += raw.Length + 1;
            }

            return position - 1;
        }

        private bool IsLayout(byte b) => b == (byte)' ' || (b == (byte)'\t' && _separator != (byte)'\t');

        private int AfterLineBreak(int offset) =>
            offset < _utf8.Length && _utf8[offset] == (byte)'\r' && offset + 1 < _utf8.Length && _utf8[offset + 1] == (byte)'\n' ? offset + 2 : offset + 1;

        private void ReportMalformed(CsvMalformedRecord malformed, int recordStart)
        {
            switch (malformed.Reason)
            {
                case CsvMalformedReason.UnterminatedQuote:
                    // The reader reports where the input ended; the quote to close is where the cell began.
                    Report(UnclosedQuote(recordStart), "this quoted cell is never closed, so the rest of the file would be read into it. Add the closing quote (a quote inside a quoted cell is written twice: \"\")");
                    break;
                case CsvMalformedReason.StrayQuote:
                    Report((int)malformed.ByteOffset, "a quote inside a cell that does not start with one. Quote the whole cell and write the quote twice (\"ab\"\"c\"), or remove it");
                    break;
                case CsvMalformedReason.TextAfterClosingQuote:
                    Report((int)malformed.ByteOffset, "text after the closing quote of a quoted cell. Put the text inside the quotes, and write a quote that belongs to the value twice (\"\")");
                    break;
                default:
                    Report((int)malformed.ByteOffset, "the quoting of this record is malformed (" + malformed.Reason + ")");
                    break;
            }
        }

        /// <summary>The opening quote of the cell that is never closed, in the record that starts at <paramref name="recordStart"/>.</summary>
        private int UnclosedQuote(int recordStart)
        {
            var i = recordStart;
            while (i < _utf8.Length)
            {
                while (i < _utf8.Length && IsLayout(_utf8[i]))
                {
                    i++;
                }

                if (i < _utf8.Length && _utf8[i] == Quote)
                {
                    var open = i++;
                    while (true)
                    {
                        if (i >= _utf8.Length)
                        {
                            return open;
                        }

                        if (_utf8[i++] == Quote)
                        {
                            if (i < _utf8.Length && _utf8[i] == Quote)
                            {
                                i++;
                                continue;
                            }

                            break;
                        }
                    }
                }

                while (i < _utf8.Length && _utf8[i] != _separator)
                {
                    i++;
                }

                i++;
            }

            return recordStart;
        }

        private void Report(int byteOffset, string reason)
        {
            var start = _offsets.ToCharOffset(byteOffset);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCsv, _document.Location(_document.Span(start, 1)), _file.DisplayPath, Format, reason));
        }

        private TextSpan Span(int startByte, int endByte)
        {
            var start = _offsets.ToCharOffset(startByte);
            return _document.Span(start, _offsets.ToCharOffset(endByte) - start);
        }
    }
}
