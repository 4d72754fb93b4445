using System;
using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Step 1 of inference, per file: the ids of the file's records and the merged shape of their
/// values (keys, kinds of value, where each was first seen, how often null or missing). A shape
/// costs time in proportion to the file; merging shapes later costs time per key, not per value.
/// Conflicts within the file are kept in the shape and judged when the files are merged
/// (<see cref="SchemaBuilder"/>), against the kind the whole collection settles on.
/// </summary>
internal sealed class ShapeReader
{
    private readonly string _collection;
    private readonly List<DiagnosticInfo> _diagnostics;

    private ShapeReader(string collection, List<DiagnosticInfo> diagnostics)
    {
        _collection = collection;
        _diagnostics = diagnostics;
    }

    /// <summary>The ids and the merged shape of the file's records.</summary>
    public static FileShape Read(ParsedDataFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var reader = new ShapeReader(file.File.Collection, diagnostics);
        // The record type's name is made only for a message that needs it: a file of one record
        // would otherwise pay for it once per file.
        var root = new ObjectBuilder(string.Empty);
        var ids = new Dictionary<string, LocationInfo>(file.Records.Count, StringComparer.Ordinal);
        var order = new List<RecordId>(file.Records.Count);
        var rootPath = new ValuePath(null, file.File.Collection);
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var idProperty = FindId(record.Value);
            var id = ReadId(file.File, record, idProperty, diagnostics);
            if (id is null)
            {
                continue;
            }

            // Where the id is written (the record's start when it comes from the file name).
            var idLocation = idProperty?.Value.Location ?? record.Value.Location;
            if (ids.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, idLocation, id, file.File.Collection, first.ToFileLineColumn()));
                continue;
            }

            ids.Add(id, idLocation);
            order.Add(new RecordId(id, idLocation));
            reader.MergeObject(root, record.Value, rootPath, isRoot: true, idProperty);
        }

        var hasErrors = DiagnosticInfo.HasErrors(file.Diagnostics) || DiagnosticInfo.HasErrors(diagnostics);
        return new FileShape(file.File, hasErrors, order.ToEquatableArray(), Freeze(root), diagnostics.ToEquatableArray());
    }

    private static DataProperty? FindId(DataValue record)
    {
        foreach (var property in record.Properties)
        {
            if (property.Key == "id" || Naming.ToPascalCase(property.Key) == "Id")
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// A record's id: its <c>id</c> value (a non-empty string), else for a one-record file the
    /// file's name. Errors go to <paramref name="diagnostics"/> when given (reading shapes); binding
    /// reads ids again quietly, since their errors are reported already.
    /// </summary>
    internal static string? ReadId(DataFileInfo file, DataRecord record) =>
        ReadId(file, record, FindId(record.Value), diagnostics: null);

    private static string? ReadId(DataFileInfo file, DataRecord record, DataProperty? found, List<DiagnosticInfo>? diagnostics)
    {
        if (found is not { } property)
        {
            if (file.FileId is null)
            {
                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingId, record.Value.Location, file.Collection));
            }

            return file.FileId;
        }

        var value = property.Value;
        var text = value.Text;
        if (value.Kind != DataValueKind.String || string.IsNullOrEmpty(text))
        {
            var shown = value.Kind == DataValueKind.String ? "an empty string" : ValueDescriptions.Of(value);
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdNotString, value.Location, file.Collection, shown, IdAdvice(file.Kind, string.IsNullOrEmpty(text) ? file.FileId ?? "some-id" : text!)));
            return null;
        }

        return text;
    }


    /// <summary>How to write the id as a string in the file's own syntax.</summary>
    private static string IdAdvice(DataFileKind kind, string id) => kind switch
    {
        DataFileKind.JsonArray or DataFileKind.JsonRecord => $"Quote it (\"id\": \"{id}\").",
        DataFileKind.YamlArray or DataFileKind.YamlRecord or DataFileKind.MarkdownRecord => $"Quote it (id: \"{id}\").",
        _ => "Write a non-empty id in the id column.",
    };

    private static ObjectShape Freeze(ObjectBuilder builder)
    {
        var properties = new PropertyShape[builder.Properties.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = builder.Properties[i];
            properties[i] = new PropertyShape(property.Key, property.Name, property.Present, property.KeyLocation, property.IsSections, Freeze(property.Type), property.OtherSpellings?.ToEquatableArray() ?? EquatableArray<KeySpelling>.Empty);
        }

        return new ObjectShape(builder.Count, new EquatableArray<PropertyShape>(properties));
    }

    private static TypeShape Freeze(TypeBuilder type) =>
        new(type.Shape, type.SawNull, type.Number, type.AllDates, type.AllDateTimeOffsets,
            type.Object is null ? null : Freeze(type.Object),
            type.Element is null ? null : Freeze(type.Element),
            type.FirstLocation, type.Example, type.OtherKinds?.ToEquatableArray() ?? EquatableArray<OtherKind>.Empty);

    /// <param name="id">For a root record, its id property (found once, when its id was read).</param>
    private void MergeObject(ObjectBuilder target, DataValue value, ValuePath path, bool isRoot, DataProperty? id = null)
    {
        target.Count++;
        var next = 0;
        foreach (var property in value.Properties)
        {
            // Records repeat their keys in the same order, and the parsers hand out one string per
            // key: the property after the last one found is tried first, by the key's instance,
            // before the key's name is made and looked up.
            PropertyBuilder? builder;
            if (next < target.Properties.Count && ReferenceEquals(target.Properties[next].Key, property.Key))
            {
                builder = target.Properties[next++];
            }
            else
            {
                builder = FindOrAdd(target, property, isRoot, id);
                if (builder is null)
                {
                    continue;
                }

                next = builder.Position + 1;
            }

            if (builder.IsSections != property.IsSections)
            {
                // Markdown sections in one record, a data value of the same key in another.
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TypeConflict,
                    property.Value.Location,
                    path.Append(property.Key).ToString(),
                    property.IsSections ? "markdown sections" : ValueDescriptions.Of(property.Value.Kind),
                    builder.IsSections ? "markdown sections" : "data",
                    builder.KeyLocation.ToFileLineColumn()));
                continue;
            }

            builder.Present++;
            if (property.IsSections)
            {
                continue; // made by the markdown parser: nothing to infer
            }

            Merge(builder.Type, property.Value, path, property.Key);
        }
    }

    /// <summary>The builder of the property's name, made on its first use; null when the property is not merged (the id, a reserved name, another spelling of a name: each judged here or later).</summary>
    private PropertyBuilder? FindOrAdd(ObjectBuilder target, DataProperty property, bool isRoot, DataProperty? id)
    {
        var name = Naming.ToPascalCase(property.Key);
        if (isRoot && name == "Id")
        {
            if (id is { } idProperty && !string.Equals(property.Key, idProperty.Key, StringComparison.Ordinal))
            {
                // "id" and "_id" in one record: only one can be the id, and the other must not vanish.
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, property.KeyLocation, idProperty.Key, property.Key, "Id", CollectionName.RecordNameOf(_collection)));
            }

            return null;
        }

        // A name already taken is not reserved (reserved names are never taken): records
        // repeat their keys, so the reserved names are looked up for a key's first use only.
        if (target.ByName.TryGetValue(name, out var builder))
        {
            if (!string.Equals(builder.Key, property.Key, StringComparison.Ordinal))
            {
                // Judged when the files are merged: it is an error unless it is the collection's spelling.
                builder.OtherSpellings ??= new List<KeySpelling>();
                if (!HasSpelling(builder.OtherSpellings, property.Key))
                {
                    builder.OtherSpellings.Add(new KeySpelling(property.Key, property.KeyLocation));
                }

                return null;
            }

            return builder;
        }

        if ((isRoot && name == "Source") || Naming.RecordMemberNames.Contains(name))
        {
            // At the key's first use in an object shape of the file: a table's rows share their
            // header's key, and would repeat the error at it.
            if ((target.ReportedReservedKeys ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Key))
            {
                var why = name == "Source" ? "the data file and line of the record" : "a member of every C# record";
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedKey, property.KeyLocation, property.Key, name, _collection, why));
            }

            return null;
        }

        builder = new PropertyBuilder(property.Key, name, property.KeyLocation) { IsSections = property.IsSections, Position = target.Properties.Count };
        target.ByName.Add(name, builder);
        target.Properties.Add(builder);
        return builder;
    }

    /// <param name="key">The value's key below <paramref name="path"/> (null for an array's item): the path is built only for an error or a nested value.</param>
    private void Merge(TypeBuilder type, DataValue value, ValuePath path, string? key)
    {
        switch (value.Kind)
        {
            case DataValueKind.Null:
                type.SawNull = true;
                return;

            case DataValueKind.Boolean:
                Expect(type, DataValueKind.Boolean, value);
                return;

            case DataValueKind.Number:
                var number = value.Text!;
                var kind = ScalarRules.ClassifyNumber(number);
                if (kind == NumberKind.NotRepresentable)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NumberNotRepresentable, value.Location, number, path.Append(key).ToString(), "int, long, decimal or double"));
                    return;
                }

                if (Expect(type, DataValueKind.Number, value))
                {
                    type.WidenNumber(kind);
                }

                return;

            case DataValueKind.String:
                // Once a property has a string that is not a date, its strings need not be read here.
                if (Expect(type, DataValueKind.String, value) && (type.AllDates || type.AllDateTimeOffsets))
                {
                    var text = value.Text!;
                    type.NarrowStrings(ScalarRules.TryDate(text, out _), ScalarRules.TryDateTimeOffset(text, out _));
                }

                return;

            case DataValueKind.Object:
                if (Expect(type, DataValueKind.Object, value))
                {
                    type.Object ??= new ObjectBuilder(string.Empty);
                    MergeObject(type.Object, value, path.Append(key), isRoot: false);
                }

                return;

            default:
                if (Expect(type, DataValueKind.Array, value))
                {
                    type.Element ??= new TypeBuilder();
                    var items = path.Append(key);
                    foreach (var item in value.Items)
                    {
                        Merge(type.Element, item, items, null);
                    }
                }

                return;
        }
    }

    private static bool Expect(TypeBuilder type, DataValueKind shape, DataValue value)
    {
        // The first value of a kind is the one messages point at; later ones need no location or text.
        if (type.Shape == shape)
        {
            return true;
        }

        if (type.Adopt(shape, value.Location, value.Text))
        {
            return true;
        }

        // Judged when the files are merged, against the collection's kind (which another file may set).
        type.OtherKinds ??= new List<OtherKind>();
        if (!HasKind(type.OtherKinds, shape))
        {
            type.OtherKinds.Add(new OtherKind(shape, value.Location));
        }

        return false;
    }

    // Loops rather than List.Exists with a lambda: a lambda that captures a local is an object
    // made on every call of the method that holds it, taken or not, and these run per value.
    private static bool HasSpelling(List<KeySpelling> spellings, string key)
    {
        foreach (var spelling in spellings)
        {
            if (spelling.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKind(List<OtherKind> kinds, DataValueKind kind)
    {
        foreach (var other in kinds)
        {
            if (other.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
