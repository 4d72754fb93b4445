using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Emission;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Step 3 of inference, per file: each record checked against its collection's types
/// (<see cref="SchemaBuilder"/>) and written as its line of compiled data, straight from the parsed
/// values; the references it makes are kept for the dataset-wide check. Re-runs for every file
/// only when the schema changes.
/// </summary>
internal sealed class RecordBinder
{
    private readonly string _collection;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, BindingType> _types = new(StringComparer.Ordinal);
    private readonly List<ReferenceUse> _uses = new();
    private readonly List<UniqueKeyUse> _keys = new();

    // Per declared property: how many values fit it, how many did not, and the first that did not.
    private readonly Dictionary<string, (int Fits, int Misfits, string? First)> _declaredFit = new(StringComparer.Ordinal);
    private ValuePath? _rootPath;
    private string? _recordId;
    private bool _lineFailed;

    private RecordBinder(BindingSchema collection, List<DiagnosticInfo> diagnostics)
    {
        _collection = collection.Collection;
        _diagnostics = diagnostics;
        foreach (var type in collection.Types)
        {
            _types[type.Name] = type;
        }
    }

    /// <summary>The file's records bound to their collection's types, as lines of data.</summary>
    /// <param name="collection">The file's collection's binding schema; null when the collection was left out (a clash, reported).</param>
    public static BoundFile Bind(ParsedDataFile file, BindingSchema? collection, CancellationToken cancellationToken)
    {
        var name = file.File.Collection;
        var parseErrors = DiagnosticInfo.HasErrors(file.Diagnostics);
        if (collection is null || collection.HasErrors || parseErrors)
        {
            // Left out (a clash, reported), or in error: no records, so nothing to bind.
            return new BoundFile(name, file.File.DisplayPath, EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, EquatableArray<DeclaredFit>.Empty, EquatableArray<UniqueKeyUse>.Empty, parseErrors || collection is { HasErrors: true }, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var binder = new RecordBinder(collection, diagnostics);

        var rootType = collection.Types[0];
        var lines = new List<string>(file.Records.Count);
        var line = new StringBuilder(256);
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ShapeReader.ReadId(file.File, record);
            if (id is null)
            {
                continue; // reported by ShapeReader, which put the collection in error
            }

            line.Clear();
            var errorsBefore = diagnostics.Count; // binding reports errors only
            if (binder.WriteRoot(line, rootType, file.File, record, id))
            {
                lines.Add(line.ToString());
            }
            else if (diagnostics.Count == errorsBefore)
            {
                // No error explains it: a value the data form cannot hold, a bug of ours, and an
                // error rather than a wrong value.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, record.Value.Location, file.File.DisplayPath, "a value of this record has no compiled form (a bug in Dossier: please report it)"));
            }
        }

        var fits = binder._declaredFit
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new DeclaredFit(f.Key, f.Value.Fits, f.Value.Misfits, f.Value.First))
            .ToEquatableArray();
        return new BoundFile(name, file.File.DisplayPath, lines.ToEquatableArray(), binder._uses.ToEquatableArray(), fits, binder._keys.ToEquatableArray(), DiagnosticInfo.HasErrors(diagnostics), diagnostics.ToEquatableArray());
    }

    private void RecordUses(string targetCollection, string? targetKeyProperty, DataValue value)
    {
        if (value.Kind == DataValueKind.String)
        {
            _uses.Add(new ReferenceUse(targetCollection, value.Text!, value.Location, targetKeyProperty));
        }
        else if (value.Kind == DataValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == DataValueKind.String)
                {
                    _uses.Add(new ReferenceUse(targetCollection, item.Text!, item.Location, targetKeyProperty));
                }
            }
        }
    }

    /// <summary>
    /// Writes a root record as its line of data (see <c>CompiledDataReader</c> for the format):
    /// id, source, then each property's value in property order. Values are written straight
    /// from the parsed data, checked against the collection's types on the way. Returns false
    /// when the record is in error (reported) or, for a bug of ours, has no data form.
    /// </summary>
    private bool WriteRoot(StringBuilder line, BindingType type, DataFileInfo file, DataRecord record, string id)
    {
        _lineFailed = false;
        _recordId = id;
        var errorsBefore = _diagnostics.Count; // binding reports errors only
        CompiledDataWriter.AppendRecordStart(line, id, file.DisplayPath, record.Line);
        WriteProperties(line, type, record.Value, _rootPath ??= new ValuePath(null, _collection));
        return !_lineFailed && _diagnostics.Count == errorsBefore;
    }

    private void WriteProperties(StringBuilder line, BindingType type, DataValue value, ValuePath path)
    {
        var properties = value.Properties;
        var next = 0;
        foreach (var property in type.Properties)
        {
            CompiledDataWriter.AppendSeparator(line);
            var lookedUp = property.IsDeclared
                ? FindDeclaredValue(value, property)
                : FindValue(properties, property.Key, ref next);
            if (lookedUp is not { } found || (property.IsDeclared && found.Kind == DataValueKind.Null))
            {
                if (property.IsDeclared && !property.Type.IsNullable)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredValue, lookedUp?.Location ?? value.Location, _collection, property.Key, type.Name + "." + property.Name));
                }

                WriteNull(line, property.Type);
                continue;
            }

            var misfit = property.IsDeclared ? DeclaredTypes.Misfit(property.Type, found) : null;
            if (property.IsDeclared && type.IsRoot)
            {
                _declaredFit.TryGetValue(property.Name, out var tally);
                _declaredFit[property.Name] = misfit is null ? (tally.Fits + 1, tally.Misfits, tally.First) : (tally.Fits, tally.Misfits + 1, tally.First ?? misfit.Value.Shown);
            }

            if (misfit is not null)
            {
                var at = property.DeclaredAt;
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DeclaredTypeMismatch,
                    misfit.Value.Location,
                    misfit.Value.Shown,
                    path.Append(property.Key).ToString(),
                    DeclaredTypes.CSharpName(property.Type),
                    misfit.Value.Why,
                    at is null ? type.Name + "." + property.Name : at.Value.ToFileLineColumn()));
                continue;
            }

            var start = line.Length;
            Write(line, property.Type, found, path, property.Key);
            if (property.ReferenceTarget is { } target)
            {
                RecordUses(target, property.ReferenceKeyProperty, found);
            }

            if (property.IsUnique)
            {
                // Compared as compiled, so that values the lookup holds as equal (the numbers 0 and -0) are equal here too.
                _keys.Add(new UniqueKeyUse(property.Name, line.ToString(start, line.Length - start), found.Text!, _recordId!, found.Location));
            }
        }
    }

    /// <summary>The value of a declared property: of its key, else the first key whose PascalCase is its name or that is spelled like it.</summary>
    private static DataValue? FindDeclaredValue(DataValue value, BindingProperty property)
    {
        foreach (var candidate in value.Properties)
        {
            if (candidate.Key == property.Key || Naming.ToPascalCase(candidate.Key) == property.Name || candidate.Key == property.Name.TrimStart('@'))
            {
                return candidate.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The value of the key that maps to the same property name as <paramref name="key"/> (the
    /// last such key, as a dictionary by name would keep). Records are small: a scan costs less
    /// than a dictionary per record, and the exact key, the common case, is compared first.
    /// Records keep their keys in the schema's order, as a rule: the key after the last one found,
    /// <paramref name="next"/>, is tried before any scan. A key is in an object once (the parsers
    /// refuse a repeated key), so an exact match there is the scan's answer.
    /// </summary>
    private static DataValue? FindValue(DataProperties properties, string key, ref int next)
    {
        if (next < properties.Count && properties[next] is var candidate && string.Equals(candidate.Key, key, StringComparison.Ordinal))
        {
            next++;
            return candidate.Value;
        }

        DataValue? found = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (string.Equals(property.Key, key, StringComparison.Ordinal))
            {
                found = property.Value;
                next = i + 1;
            }
        }

        if (found is null)
        {
            var name = Naming.ToPascalCase(key);
            foreach (var property in properties)
            {
                if (Naming.ToPascalCase(property.Key) == name)
                {
                    found = property.Value;
                }
            }
        }

        return found;
    }

    private void Write(StringBuilder line, TypeSpec type, DataValue value, ValuePath path, string? key)
    {
        switch (value.Kind)
        {
            case DataValueKind.Null:
                WriteNull(line, type);
                return;
            case DataValueKind.Boolean when type.Kind == DataTypeKind.Boolean && value.Text is "true" or "false":
                CompiledDataWriter.AppendRaw(line, value.Text);
                return;
            case DataValueKind.Number:
                WriteNumber(line, type.Kind, value, path, key);
                return;
            case DataValueKind.String:
                WriteString(line, type, value.Text!);
                return;
            case DataValueKind.Object when type.Kind == DataTypeKind.Record:
                CompiledDataWriter.AppendOpenRecord(line);
                WriteProperties(line, _types[type.RecordName!], value, path.Append(key));
                CompiledDataWriter.AppendCloseRecord(line);
                return;
            case DataValueKind.Array when type.Kind == DataTypeKind.Sections:
                WriteSections(line, value);
                return;
            case DataValueKind.Array when type.Kind == DataTypeKind.List:
                CompiledDataWriter.AppendCount(line, value.Items.Count);
                var items = path.Append(key);
                foreach (var item in value.Items)
                {
                    CompiledDataWriter.AppendSeparator(line);
                    Write(line, type.Element!, item, items, null);
                }

                return;
            default:
                _lineFailed = true; // inference gave the value a type it cannot have: a bug of ours
                return;
        }
    }

    private void WriteNull(StringBuilder line, TypeSpec type)
    {
        if (type.IsNullable)
        {
            CompiledDataWriter.AppendNull(line);
        }
        else
        {
            _lineFailed = true; // a declared non-nullable property (DOS212 reported), or a bug of ours
        }
    }

    /// <summary>A markdown record's sections: their count, then heading, level and text of each (the parser guarantees their shape).</summary>
    private static void WriteSections(StringBuilder line, DataValue sections)
    {
        CompiledDataWriter.AppendCount(line, sections.Items.Count);
        foreach (var section in sections.Items)
        {
            CompiledDataWriter.AppendSection(line, section.Properties[0].Value.Text!, section.Properties[1].Value.Text!, section.Properties[2].Value.Text!);
        }
    }

    private void WriteNumber(StringBuilder line, DataTypeKind kind, DataValue value, ValuePath path, string? key)
    {
        var text = value.Text!;
        switch (kind)
        {
            case DataTypeKind.Int32 when ScalarRules.IsCanonicalInt32(text):
                CompiledDataWriter.AppendRaw(line, text);
                return;
            case DataTypeKind.Int32:
                CompiledDataWriter.AppendRaw(line, int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case DataTypeKind.Int64:
                CompiledDataWriter.AppendRaw(line, long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case DataTypeKind.Decimal when ScalarRules.IsPlainDecimal(text):
                CompiledDataWriter.AppendRaw(line, text);
                return;
            case DataTypeKind.Decimal:
                ScalarRules.TryDecimal(text, out var number);
                CompiledDataWriter.AppendRaw(line, number.ToString(CultureInfo.InvariantCulture));
                return;
            case DataTypeKind.Double:
                if (!ScalarRules.TryDouble(text, out var real))
                {
                    // Another value of this property needs a double, and this one has more digits
                    // than a double holds: widening would round it, so it is an error instead.
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NumberNotRepresentable, value.Location, text, path.Append(key).ToString(), "a double (the type that other values of this property need)"));
                    return;
                }

                CompiledDataWriter.AppendRaw(line, ScalarRules.Shortest(real));
                return;
            default:
                _lineFailed = true;
                return;
        }
    }

    private void WriteString(StringBuilder line, TypeSpec type, string text)
    {
        switch (type.Kind)
        {
            case DataTypeKind.String:
                CompiledDataWriter.AppendString(line, text);
                return;
            case DataTypeKind.Enum when DeclaredTypes.MemberName(type, text) is { } member:
                CompiledDataWriter.AppendRaw(line, member);
                return;
            case DataTypeKind.DateOnly when ScalarRules.TryDate(text, out var date):
                CompiledDataWriter.AppendDate(line, date);
                return;
            case DataTypeKind.DateTimeOffset when ScalarRules.TryDateTimeOffset(text, out var moment):
                CompiledDataWriter.AppendDateTimeOffset(line, moment);
                return;
            default:
                _lineFailed = true;
                return;
        }
    }
}
