using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Inference;

/// <summary>
/// Infers a collection's schema and binds its values, in three steps that the pipeline runs
/// apart so that an edit to one file redoes little:
/// <list type="number">
/// <item><see cref="ReadShape"/>, per file: the ids and the shape of its records (keys, kinds of
/// value, where each was first seen).</item>
/// <item><see cref="Infer"/>, per collection: the files' shapes merged into record types, ids
/// checked across files. Costs time in proportion to the keys, not the values.</item>
/// <item><see cref="Bind"/>, per file: each record checked against the types and written as a
/// line of compiled data. Re-runs for every file only when the schema changes.</item>
/// </list>
/// Conflicts are errors at the offending value; nothing falls back silently to a wider type
/// that would change a value.
/// </summary>
internal sealed class CollectionInference
{
    /// <summary>Members every C# record has; a data key may not take their names.</summary>
    private static readonly HashSet<string> RecordMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
        "EqualityContract", "PrintMembers", "Deconstruct",
    };

    /// <summary>Members every root record has (generated or inherited); the record type may not take their names (CS0542).</summary>
    private static readonly HashSet<string> MembersOfEveryRecord = new(RecordMemberNames.Concat(new[] { "Id", "Source", "ReferenceEquals" }), StringComparer.Ordinal);

    private readonly string _collection;
    private readonly DossierOptions? _options;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, RecordTypeSpec> _types = new(StringComparer.Ordinal);
    private readonly List<RecordTypeSpec> _typeOrder = new();
    private readonly List<ReferenceUse> _uses = new();
    private Dictionary<string, (CollectionName Target, bool IsMany)> _references = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, CollectionName> _collections = new Dictionary<string, CollectionName>();
    private DeclaredTypeSpec? _declaration;

    // Per declared property: how many values fit it, how many did not, and the first that did not.
    private readonly Dictionary<string, (int Fits, int Misfits, string? First)> _declaredFit = new(StringComparer.Ordinal);
    private string _typesNamespace = string.Empty;
    private ValuePath? _rootPath;
    private bool _lineFailed;

    private CollectionInference(string collection, DossierOptions? options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _collection = collection;
        _options = options;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The collection's property name on the entry class.</summary>
    public static string PropertyNameOf(string collection) => Naming.ToPascalCase(collection).TrimStart('@');

    /// <summary>The collection's record type name, before any clash with its own properties is resolved.</summary>
    public static string RecordNameOf(string collection) => Naming.Singularize(PropertyNameOf(collection));

    /// <summary>Step 1, per file: the ids and the merged shape of the file's records.</summary>
    public static FileShape ReadShape(ParsedDataFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var inference = new CollectionInference(file.File.Collection, null, diagnostics, cancellationToken);
        var root = new ObjectBuilder(RecordNameOf(file.File.Collection));
        var ids = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        var order = new List<RecordId>(file.Records.Count);
        var rootPath = new ValuePath(null, file.File.Collection);
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ReadId(file.File, record, diagnostics, out var idLocation);
            if (id is null)
            {
                continue;
            }

            if (ids.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, idLocation, id, file.File.Collection, Where(first)));
                continue;
            }

            ids.Add(id, idLocation);
            order.Add(new RecordId(id, idLocation));
            inference.MergeObject(root, record.Value, rootPath, isRoot: true);
        }

        var hasErrors = DiagnosticInfo.HasErrors(file.Diagnostics) || DiagnosticInfo.HasErrors(diagnostics);
        return new FileShape(file.File, hasErrors, order.ToEquatableArray(), Freeze(root), diagnostics.ToEquatableArray());
    }

    /// <summary>Step 2, per collection: the record types, from the shapes of all its files.</summary>
    /// <param name="files">The collection's files, sorted by path.</param>
    /// <param name="collections">Every collection of the dataset, by name, for recognising references.</param>
    /// <param name="declaration">The record type declared in C# for this collection, if any (already validated).</param>
    public static CollectionInferenceResult Infer(string collection, IReadOnlyList<FileShape> files, IReadOnlyDictionary<string, CollectionName> collections, DeclaredTypeSpec? declaration, DossierOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var errorsBefore = DiagnosticInfo.CountErrors(diagnostics);
        var inference = new CollectionInference(collection, options, diagnostics, cancellationToken)
        {
            _references = ReferenceNames(collections),
            _collections = collections,
            _declaration = declaration,
            _typesNamespace = declaration?.Namespace ?? options.Namespace,
        };
        return inference.Run(files, errorsBefore);
    }

    private CollectionInferenceResult Run(IReadOnlyList<FileShape> files, int errorsBefore)
    {
        var propertyName = PropertyNameOf(_collection);
        var root = new ObjectBuilder(_declaration?.Name ?? RecordNameOf(_collection));

        // 1. Ids across files, and the files' shapes merged in path order.
        var count = 0;
        foreach (var file in files)
        {
            count += file.Ids.Count;
        }

        var ids = new Dictionary<string, LocationInfo>(count, StringComparer.Ordinal);
        var order = new List<string>(count);
        var hasErrors = false;
        foreach (var file in files)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            hasErrors |= file.HasErrors;
            foreach (var id in file.Ids)
            {
                if (ids.TryGetValue(id.Id, out var first))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, id.Id, _collection, Where(first)));
                    continue;
                }

                ids.Add(id.Id, id.Location);
                order.Add(id.Id);
            }

            MergeObjectShape(root, file.Root, new ValuePath(null, _collection));
        }

        // 2. Types: the root first, then nested types in the order they were met.
        if (_declaration is null && (root.ByName.ContainsKey(root.TypeName) || MembersOfEveryRecord.Contains(root.TypeName)))
        {
            root.TypeName += "Record"; // a member may not share its type's name (CS0542)
        }

        var origin = DescribeOrigin(files);
        BuildRecordType(root, isRoot: true, $"A record of the <c>{Xml(_collection)}</c> collection, read from <c>{Xml(origin)}</c>.");

        // A collection with errors keeps its types (so user code still binds) but no records: the
        // build fails anyway, and nothing half-checked is emitted.
        hasErrors |= DiagnosticInfo.CountErrors(_diagnostics) != errorsBefore;
        var spec = new CollectionSpec(
            _options!.Namespace,
            _typesNamespace,
            _options.ClassName,
            _collection,
            propertyName,
            origin,
            _typeOrder.ToEquatableArray(),
            order.Count,
            EquatableArray<InverseIndexSpec>.Empty,
            IsPublic: _declaration?.IsPublic ?? true,
            HasErrors: hasErrors);
        return new CollectionInferenceResult(spec, new CollectionIds(_collection, order.ToEquatableArray()));
    }

    /// <summary>Step 3, per file: the file's records bound to their collection's types, as lines of data.</summary>
    public static BoundFile Bind(ParsedDataFile file, CollectionSpec? collection, CancellationToken cancellationToken)
    {
        var name = file.File.Collection;
        var parseErrors = DiagnosticInfo.HasErrors(file.Diagnostics);
        if (collection is null || collection.HasErrors || parseErrors)
        {
            // Left out (a clash, reported), or in error: no records, so nothing to bind.
            return new BoundFile(name, file.File.DisplayPath, EquatableArray<string>.Empty, EquatableArray<ReferenceUse>.Empty, EquatableArray<DeclaredFit>.Empty, parseErrors || collection is { HasErrors: true }, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var inference = new CollectionInference(name, null, diagnostics, cancellationToken) { _typesNamespace = collection.TypesNamespace };
        foreach (var type in collection.Types)
        {
            inference._types[type.Name] = type;
        }

        var rootType = collection.Types[0];
        var lines = new List<string>(file.Records.Count);
        var line = new StringBuilder(256);
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ReadId(file.File, record, diagnostics: null, out _);
            if (id is null)
            {
                continue; // reported by ReadShape, which put the collection in error
            }

            line.Clear();
            var errorsBefore = diagnostics.Count; // binding reports errors only
            if (inference.WriteRoot(line, rootType, file.File, record, id))
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

        var fits = inference._declaredFit
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new DeclaredFit(f.Key, f.Value.Fits, f.Value.Misfits, f.Value.First))
            .ToEquatableArray();
        return new BoundFile(name, file.File.DisplayPath, lines.ToEquatableArray(), inference._uses.ToEquatableArray(), fits, DiagnosticInfo.HasErrors(diagnostics), diagnostics.ToEquatableArray());
    }

    private static DataProperty? FindId(DataValue record)
    {
        foreach (var property in record.Properties)
        {
            if (Naming.ToPascalCase(property.Key) == "Id")
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
    /// <param name="location">Where the id is written (the record's start when it comes from the file name).</param>
    private static string? ReadId(DataFileInfo file, DataRecord record, List<DiagnosticInfo>? diagnostics, out LocationInfo location)
    {
        var property = FindId(record.Value);
        location = property?.Value.Location ?? record.Value.Location;
        if (property is null)
        {
            if (file.FileId is null)
            {
                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingId, record.Value.Location, file.Collection));
            }

            return file.FileId;
        }

        var value = property.Value;
        if (value.Kind != DataValueKind.String || string.IsNullOrEmpty(value.Text))
        {
            var shown = value.Kind == DataValueKind.String ? "an empty string" : JsonDescribe(value);
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdNotString, value.Location, file.Collection, shown, value.Text ?? file.FileId ?? "some-id"));
            return null;
        }

        return value.Text;
    }

    private static string JsonDescribe(DataValue value) =>
        value.Kind is DataValueKind.Number or DataValueKind.Boolean ? $"{Parsing.JsonDataParser.Describe(value.Kind)} ({value.Text})" : Parsing.JsonDataParser.Describe(value.Kind);

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

    /// <summary>Merges one file's shape into the collection's, with the same checks as values get within a file.</summary>
    private void MergeObjectShape(ObjectBuilder target, ObjectShape source, ValuePath path)
    {
        target.Count += source.Count;
        for (var i = 0; i < source.Properties.Count; i++)
        {
            // Files of a collection mostly list the same keys in the same order: match by position
            // first, and look the name up only when that fails.
            var property = source.Properties[i];
            var builder = i < target.Properties.Count && string.Equals(target.Properties[i].Name, property.Name, StringComparison.Ordinal) ? target.Properties[i] : null;
            if (builder is not null || target.ByName.TryGetValue(property.Name, out builder))
            {
                if (!string.Equals(builder.Key, property.Key, StringComparison.Ordinal))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, property.KeyLocation, builder.Key, property.Key, property.Name, target.TypeName));
                    ReportOtherSpellings(target, builder, property);
                    continue;
                }
            }
            else
            {
                builder = new PropertyBuilder(property.Key, property.Name, property.KeyLocation) { IsSections = property.IsSections };
                target.ByName.Add(property.Name, builder);
                target.Properties.Add(builder);
            }

            ReportOtherSpellings(target, builder, property);

            if (builder.IsSections != property.IsSections)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TypeConflict,
                    property.Type.FirstLocation ?? property.KeyLocation,
                    path.Append(property.Key).ToString(),
                    property.IsSections ? "markdown sections" : DescribeShape(property.Type.Shape),
                    builder.IsSections ? "markdown sections" : "data",
                    Where(builder.KeyLocation)));
                continue;
            }

            builder.Present += property.Present;
            if (!property.IsSections)
            {
                MergeTypeShape(builder.Type, property.Type, path, property.Key);
            }
        }
    }

    /// <param name="key">The key below <paramref name="path"/> (null for an array's items): the path is built only for an error.</param>
    private void MergeTypeShape(TypeBuilder target, TypeShape source, ValuePath path, string? key)
    {
        target.SawNull |= source.SawNull;
        if (source.Shape == ShapeKind.Unknown)
        {
            return; // nulls only
        }

        if (target.Shape == ShapeKind.Unknown)
        {
            target.Shape = source.Shape;
            target.FirstLocation = source.FirstLocation;
            target.Example = source.Example;
        }
        else if (target.Shape != source.Shape)
        {
            ReportConflict(target, source.Shape, source.FirstLocation!.Value, path, key);
        }

        // The file's values of other kinds: an error each (at the first of its kind in the file)
        // unless it is the collection's kind.
        foreach (var other in source.OtherKinds)
        {
            if (other.Kind != target.Shape)
            {
                ReportConflict(target, other.Kind, other.Location, path, key);
            }
        }

        if (target.Shape != source.Shape)
        {
            return;
        }

        switch (source.Shape)
        {
            case ShapeKind.Number:
                if (source.Number > target.Number)
                {
                    target.Number = source.Number;
                }

                break;
            case ShapeKind.String:
                target.AllDates &= source.AllDates;
                target.AllDateTimeOffsets &= source.AllDateTimeOffsets;
                break;
            case ShapeKind.Object:
                target.Object ??= new ObjectBuilder(string.Empty);
                MergeObjectShape(target.Object, source.Object ?? ObjectShape.Empty, path.Append(key));
                break;
            case ShapeKind.Array:
                target.Element ??= new TypeBuilder();
                if (source.Element is not null)
                {
                    MergeTypeShape(target.Element, source.Element, path.Append(key), null);
                }

                break;
        }
    }

    private void ReportConflict(TypeBuilder target, ShapeKind kind, LocationInfo location, ValuePath path, string? key) =>
        _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.TypeConflict,
            location,
            path.Append(key).ToString(),
            DescribeShape(kind),
            DescribeShape(target.Shape),
            Where(target.FirstLocation!.Value)));

    /// <summary>Other spellings of a key in one file (<c>valid_from</c> beside <c>validFrom</c>): an error each unless it is the collection's spelling.</summary>
    private void ReportOtherSpellings(ObjectBuilder target, PropertyBuilder builder, PropertyShape property)
    {
        foreach (var spelling in property.OtherSpellings)
        {
            if (!string.Equals(spelling.Key, builder.Key, StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, spelling.Location, builder.Key, spelling.Key, property.Name, target.TypeName));
            }
        }
    }

    private static string DescribeShape(ShapeKind shape) => shape == ShapeKind.Unknown ? "null" : Describe(shape);

    private void MergeObject(ObjectBuilder target, DataValue value, ValuePath path, bool isRoot)
    {
        target.Count++;
        var id = isRoot ? FindId(value) : null;
        foreach (var property in value.Properties)
        {
            var name = Naming.ToPascalCase(property.Key);
            if (isRoot && name == "Id")
            {
                if (!ReferenceEquals(property, id))
                {
                    // "id" and "_id" in one record: only one can be the id, and the other must not vanish.
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, property.KeyLocation, id!.Key, property.Key, "Id", target.TypeName));
                }

                continue;
            }

            if ((isRoot && name == "Source") || RecordMemberNames.Contains(name))
            {
                var why = name == "Source" ? "the data file and line of the record" : "a member of every C# record";
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedKey, property.KeyLocation, property.Key, name, _collection, why));
                continue;
            }

            if (target.ByName.TryGetValue(name, out var builder))
            {
                if (!string.Equals(builder.Key, property.Key, StringComparison.Ordinal))
                {
                    // Judged when the files are merged: it is an error unless it is the collection's spelling.
                    builder.OtherSpellings ??= new List<KeySpelling>();
                    if (!builder.OtherSpellings.Exists(k => k.Key == property.Key))
                    {
                        builder.OtherSpellings.Add(new KeySpelling(property.Key, property.KeyLocation));
                    }

                    continue;
                }
            }
            else
            {
                builder = new PropertyBuilder(property.Key, name, property.KeyLocation) { IsSections = property.IsSections };
                target.ByName.Add(name, builder);
                target.Properties.Add(builder);
            }

            if (builder.IsSections != property.IsSections)
            {
                // Markdown sections in one record, a data value of the same key in another.
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TypeConflict,
                    property.Value.Location,
                    path.Append(property.Key).ToString(),
                    property.IsSections ? "markdown sections" : Parsing.JsonDataParser.Describe(property.Value.Kind),
                    builder.IsSections ? "markdown sections" : "data",
                    Where(builder.KeyLocation)));
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

    /// <param name="key">The value's key below <paramref name="path"/> (null for an array's item): the path is built only for an error or a nested value.</param>
    private void Merge(TypeBuilder type, DataValue value, ValuePath path, string? key)
    {
        switch (value.Kind)
        {
            case DataValueKind.Null:
                type.SawNull = true;
                return;

            case DataValueKind.Boolean:
                Expect(type, ShapeKind.Boolean, value);
                return;

            case DataValueKind.Number:
                var kind = ScalarRules.ClassifyNumber(value.Text!);
                if (kind == NumberKind.NotRepresentable)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NumberNotRepresentable, value.Location, value.Text!, path.Append(key).ToString(), "int, long, decimal or double"));
                    return;
                }

                if (Expect(type, ShapeKind.Number, value) && kind > type.Number)
                {
                    type.Number = kind;
                }

                return;

            case DataValueKind.String:
                if (Expect(type, ShapeKind.String, value))
                {
                    type.AllDates &= ScalarRules.TryDate(value.Text!, out _);
                    type.AllDateTimeOffsets &= ScalarRules.TryDateTimeOffset(value.Text!, out _);
                }

                return;

            case DataValueKind.Object:
                if (Expect(type, ShapeKind.Object, value))
                {
                    type.Object ??= new ObjectBuilder(string.Empty);
                    MergeObject(type.Object, value, path.Append(key), isRoot: false);
                }

                return;

            default:
                if (Expect(type, ShapeKind.Array, value))
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

    private static bool Expect(TypeBuilder type, ShapeKind shape, DataValue value)
    {
        if (type.Shape == ShapeKind.Unknown)
        {
            type.Shape = shape;
            type.FirstLocation = value.Location;
            type.Example = value.Text;
            return true;
        }

        if (type.Shape == shape)
        {
            return true;
        }

        // Judged when the files are merged, against the collection's kind (which another file may set).
        type.OtherKinds ??= new List<OtherKind>();
        if (!type.OtherKinds.Exists(k => k.Kind == shape))
        {
            type.OtherKinds.Add(new OtherKind(shape, value.Location));
        }

        return false;
    }

    private static string Describe(ShapeKind shape) => shape switch
    {
        ShapeKind.Boolean => "a boolean",
        ShapeKind.Number => "a number",
        ShapeKind.String => "a string",
        ShapeKind.Object => "an object",
        _ => "an array",
    };

    private RecordTypeSpec BuildRecordType(ObjectBuilder builder, bool isRoot, string summary)
    {
        var properties = new List<PropertySpec>(builder.Properties.Count);
        string? datedInterface = null;

        // Register the name before nested types are built, so their order is parent-first.
        var index = _typeOrder.Count;
        _typeOrder.Add(null!);
        var declared = isRoot && _declaration is not null ? new List<DeclaredPropertySpec>(_declaration.Properties) : new List<DeclaredPropertySpec>();
        foreach (var property in builder.Properties)
        {
            var nullable = property.Type.SawNull || property.Present < builder.Count;
            // A declared property binds its [DossierProperty] key, else the key whose PascalCase is its
            // name, or the key spelled exactly like it (a property named "@event" takes "event").
            var match = declared.Find(d => d.Key is null ? d.Name == property.Name || d.Name.TrimStart('@') == property.Key : d.Key == property.Key);
            if (match is not null)
            {
                declared.Remove(match);
                properties.Add(DeclaredProperty(match, property.Key, property.Type.Example));
                continue;
            }

            var type = property.IsSections ? new TypeSpec(TypeKind.Sections, nullable) : ToTypeSpec(property.Type, nullable, builder.TypeName, property.Name);
            var reference = FindReference(property.Name, type);
            var name = reference is null ? property.Name : IdPropertyName(reference);
            properties.Add(new PropertySpec(name, property.Key, type, property.Type.Example, reference));
        }

        // Declared properties that no record holds: bound to nothing (null), and an error per record if required.
        foreach (var match in declared)
        {
            properties.Add(DeclaredProperty(match, match.Key ?? match.Name, example: null));
        }

        foreach (var property in properties)
        {
            if (isRoot && property.Name == "Date" && property.Type.Kind == TypeKind.DateOnly)
            {
                datedInterface = property.Type.IsNullable ? "global::Dossier.IOptionallyDatedRecord" : "global::Dossier.IDatedRecord";
            }
        }

        CheckMemberNames(builder, properties, isRoot);
        var keyword = isRoot && _declaration is not null ? _declaration.Keyword : "public sealed partial record";
        var spec = new RecordTypeSpec(keyword, builder.TypeName, summary, isRoot, datedInterface, properties.ToEquatableArray(), EquatableArray<InverseSpec>.Empty);
        _typeOrder[index] = spec;
        _types[builder.TypeName] = spec;
        return spec;
    }

    private TypeSpec ToTypeSpec(TypeBuilder type, bool nullable, string ownerType, string propertyName)
    {
        switch (type.Shape)
        {
            case ShapeKind.Unknown:
                return new TypeSpec(TypeKind.String, nullable);
            case ShapeKind.Boolean:
                return new TypeSpec(TypeKind.Boolean, nullable);
            case ShapeKind.Number:
                return new TypeSpec(
                    type.Number switch
                    {
                        NumberKind.Int32 => TypeKind.Int32,
                        NumberKind.Int64 => TypeKind.Int64,
                        NumberKind.Decimal => TypeKind.Decimal,
                        _ => TypeKind.Double,
                    },
                    nullable);
            case ShapeKind.String:
                return new TypeSpec(type.AllDates ? TypeKind.DateOnly : type.AllDateTimeOffsets ? TypeKind.DateTimeOffset : TypeKind.String, nullable);
            case ShapeKind.Object:
                var nested = type.Object!;
                nested.TypeName = ownerType + propertyName;
                if (nested.ByName.ContainsKey(nested.TypeName))
                {
                    nested.TypeName += "Record"; // a member may not share its type's name (CS0542)
                }

                // "venue" and "venues" both give MeetingVenue: number the later one, in data order.
                var unique = nested.TypeName;
                for (var n = 2; _types.ContainsKey(unique) || _typeOrder.Exists(t => t?.Name == unique); n++)
                {
                    unique = nested.TypeName + n.ToString(CultureInfo.InvariantCulture);
                }

                nested.TypeName = unique;

                BuildRecordType(nested, isRoot: false, $"The <c>{Xml(propertyName)}</c> object of a <see cref=\"{ownerType}\"/>, in the <c>{Xml(_collection)}</c> collection.");
                return new TypeSpec(TypeKind.Record, nullable, nested.TypeName);
            default:
                var element = type.Element ?? new TypeBuilder();
                return new TypeSpec(TypeKind.List, nullable, Element: ToTypeSpec(element, element.SawNull, ownerType, Naming.Singularize(propertyName)));
        }
    }

    /// <summary>
    /// The names that make a property a reference by convention: the singular of a collection
    /// (<c>country</c>) or the singular plus <c>Id</c> for one id; the plural (<c>countries</c>)
    /// or the singular plus <c>Ids</c> for a list of ids.
    /// </summary>
    private static Dictionary<string, (CollectionName Target, bool IsMany)> ReferenceNames(IReadOnlyDictionary<string, CollectionName> collections)
    {
        var names = new Dictionary<string, (CollectionName, bool)>(StringComparer.Ordinal);
        foreach (var pair in collections)
        {
            var target = pair.Value;
            names[target.Singular + "Id"] = (target, false);
            names[target.Singular + "Ids"] = (target, true);
        }

        foreach (var pair in collections)
        {
            var target = pair.Value;
            if (target.Singular == target.PropertyName)
            {
                // "news": a string is one id, a list is many; told apart by the value's type below.
                names[target.Singular] = (target, false);
                continue;
            }

            names[target.Singular] = (target, false);
            names[target.PropertyName] = (target, true);
        }

        return names;
    }

    private ReferenceSpec? FindReference(string propertyName, TypeSpec type)
    {
        if (!_references.TryGetValue(propertyName, out var candidate) || candidate.Target.Name == _collection)
        {
            return null; // by convention a reference points at another collection; declare a self-reference in C#
        }

        var isString = type.Kind == TypeKind.String;
        var isStringList = type.Kind == TypeKind.List && type.Element!.Kind == TypeKind.String && !type.Element.IsNullable;
        var target = candidate.Target;
        var sameWord = target.Singular == target.PropertyName;
        if (isString && (!candidate.IsMany || sameWord))
        {
            return new ReferenceSpec(target.Name, target.PropertyName, string.Empty, IsMany: false, target.Singular);
        }

        if (isStringList && (candidate.IsMany || sameWord))
        {
            return new ReferenceSpec(target.Name, target.PropertyName, string.Empty, IsMany: true, target.PropertyName);
        }

        return null; // a number named "country" is not a reference: the convention is about ids
    }

    /// <summary>A property the user declared: its type and name are theirs; a reference comes from [DossierReference], or the convention unless [DossierNoReference].</summary>
    private PropertySpec DeclaredProperty(DeclaredPropertySpec declared, string key, string? example)
    {
        var type = declared.Type!;
        ReferenceSpec? reference = null;
        if (declared.ReferenceTarget is { } target && _collections.TryGetValue(target, out var names))
        {
            var isMany = type.Kind == TypeKind.List;
            var navigation = NavigationNameFor(declared.Name, isMany);
            reference = new ReferenceSpec(names.Name, names.PropertyName, string.Empty, isMany, navigation);
        }
        else if (declared.ReferenceTarget is null && !declared.NoReference && FindReference(declared.Name, type) is { } convention
            && IdPropertyName(convention) == declared.Name)
        {
            reference = convention;
        }

        return new PropertySpec(declared.Name, key, type, example, reference, IsDeclared: true, DeclaredAt: declared.Location);
    }

    /// <summary>The navigation of a declared id property: <c>CountryId</c> gives <c>Country</c>, <c>ParticipantIds</c> gives <c>Participants</c>.</summary>
    private static string NavigationNameFor(string idProperty, bool isMany)
    {
        var suffix = idProperty.EndsWith("Ids", StringComparison.Ordinal) ? 3 : idProperty.EndsWith("Id", StringComparison.Ordinal) ? 2 : 0;
        var stem = idProperty.Substring(0, idProperty.Length - suffix);
        if (suffix == 0 || stem.Length == 0)
        {
            return idProperty + (isMany ? "Records" : "Record");
        }

        return isMany ? Naming.Pluralize(stem) : stem;
    }

    private static string IdPropertyName(ReferenceSpec reference) =>
        reference.IsMany ? Naming.Singularize(reference.TargetProperty) + "Ids" : reference.NavigationName + "Id";

    /// <summary>Renamed ids and added navigations must not collide with each other or with other properties.</summary>
    private void CheckMemberNames(ObjectBuilder builder, List<PropertySpec> properties, bool isRoot)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [builder.TypeName] = "the record type's own name",
        };
        if (isRoot)
        {
            taken["Id"] = "id";
            taken["Source"] = "source";
            foreach (var member in _declaration?.OtherMembers ?? EquatableArray<string>.Empty)
            {
                taken[member] = "a member declared in C#";
            }
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var names = property.Reference is { } reference ? new[] { property.Name, reference.NavigationName } : new[] { property.Name };
            foreach (var name in names)
            {
                if (taken.TryGetValue(name, out var other) && other != property.Key)
                {
                    // The property is left out rather than renamed: a rename could collide again, and
                    // the build fails on this error anyway.
                    var location = builder.ByName.TryGetValue(Naming.ToPascalCase(property.Key), out var source) ? source.KeyLocation : (LocationInfo?)null;
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, location, other, property.Key, name, builder.TypeName));
                    properties.RemoveAt(i--);
                    break;
                }

                taken[name] = property.Key;
            }
        }
    }

    private void RecordUses(ReferenceSpec reference, DataValue value)
    {
        if (value.Kind == DataValueKind.String)
        {
            _uses.Add(new ReferenceUse(reference.TargetCollection, value.Text!, value.Location));
        }
        else if (value.Kind == DataValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == DataValueKind.String)
                {
                    _uses.Add(new ReferenceUse(reference.TargetCollection, item.Text!, item.Location));
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
    private bool WriteRoot(StringBuilder line, RecordTypeSpec type, DataFileInfo file, DataRecord record, string id)
    {
        _lineFailed = false;
        var errorsBefore = _diagnostics.Count; // binding reports errors only
        Emission.DataEmitter.AppendEscaped(line, id);
        line.Append('|');
        Emission.DataEmitter.AppendEscaped(line, file.DisplayPath);
        line.Append(':').Append(record.Line.ToString(CultureInfo.InvariantCulture));
        WriteProperties(line, type, record.Value, _rootPath ??= new ValuePath(null, _collection));
        return !_lineFailed && _diagnostics.Count == errorsBefore;
    }

    private void WriteProperties(StringBuilder line, RecordTypeSpec type, DataValue value, ValuePath path)
    {
        foreach (var property in type.Properties)
        {
            line.Append('|');
            var found = property.IsDeclared
                ? value.Properties.FirstOrDefault(p => p.Key == property.Key || Naming.ToPascalCase(p.Key) == property.Name || p.Key == property.Name.TrimStart('@'))?.Value
                : FindValue(value, property.Key);
            if (found is null || (property.IsDeclared && found.Kind == DataValueKind.Null))
            {
                if (property.IsDeclared && !property.Type.IsNullable)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredValue, found?.Location ?? value.Location, _collection, property.Key, type.Name + "." + property.Name));
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
                    DeclaredTypes.Describe(property.Type),
                    misfit.Value.Why,
                    at is null ? type.Name + "." + property.Name : Where(at.Value)));
                continue;
            }

            Write(line, property.Type, found, path, property.Key);
            if (property.Reference is { } reference)
            {
                RecordUses(reference, found);
            }
        }
    }

    /// <summary>
    /// The value of the key that maps to the same property name as <paramref name="key"/> (the
    /// last such key, as a dictionary by name would keep). Records are small: a scan costs less
    /// than a dictionary per record, and the exact key, the common case, is compared first.
    /// </summary>
    private static DataValue? FindValue(DataValue value, string key)
    {
        DataValue? found = null;
        foreach (var property in value.Properties)
        {
            if (string.Equals(property.Key, key, StringComparison.Ordinal))
            {
                found = property.Value;
            }
        }

        if (found is null)
        {
            var name = Naming.ToPascalCase(key);
            foreach (var property in value.Properties)
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
            case DataValueKind.Boolean when type.Kind == TypeKind.Boolean && value.Text is "true" or "false":
                line.Append(value.Text);
                return;
            case DataValueKind.Number:
                WriteNumber(line, type.Kind, value, path, key);
                return;
            case DataValueKind.String:
                WriteString(line, type, value.Text!);
                return;
            case DataValueKind.Object when type.Kind == TypeKind.Record:
                line.Append('{');
                WriteProperties(line, _types[type.RecordName!], value, path.Append(key));
                line.Append("|}");
                return;
            case DataValueKind.Array when type.Kind == TypeKind.Sections:
                WriteSections(line, value);
                return;
            case DataValueKind.Array when type.Kind == TypeKind.List:
                line.Append(value.Items.Count.ToString(CultureInfo.InvariantCulture));
                var items = path.Append(key);
                foreach (var item in value.Items)
                {
                    line.Append('|');
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
            line.Append("\\N");
        }
        else
        {
            _lineFailed = true; // a declared non-nullable property (DOS212 reported), or a bug of ours
        }
    }

    /// <summary>A markdown record's sections: their count, then heading, level and text of each (the parser guarantees their shape).</summary>
    private static void WriteSections(StringBuilder line, DataValue sections)
    {
        line.Append(sections.Items.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var section in sections.Items)
        {
            line.Append('|');
            Emission.DataEmitter.AppendEscaped(line, section.Properties[0].Value.Text!);
            line.Append('|').Append(section.Properties[1].Value.Text).Append('|');
            Emission.DataEmitter.AppendEscaped(line, section.Properties[2].Value.Text!);
        }
    }

    private void WriteNumber(StringBuilder line, TypeKind kind, DataValue value, ValuePath path, string? key)
    {
        var text = value.Text!;
        switch (kind)
        {
            case TypeKind.Int32 when ScalarRules.IsCanonicalInt32(text):
                line.Append(text);
                return;
            case TypeKind.Int32:
                line.Append(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case TypeKind.Int64:
                line.Append(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case TypeKind.Decimal when ScalarRules.IsPlainDecimal(text):
                line.Append(text);
                return;
            case TypeKind.Decimal:
                ScalarRules.TryDecimal(text, out var number);
                line.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            case TypeKind.Double:
                if (!ScalarRules.TryDouble(text, out var real))
                {
                    // Another value of this property needs a double, and this one has more digits
                    // than a double holds: widening would round it, so it is an error instead.
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NumberNotRepresentable, value.Location, text, path.Append(key).ToString(), "a double (the type that other values of this property need)"));
                    return;
                }

                line.Append(ScalarRules.Shortest(real));
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
            case TypeKind.String:
                Emission.DataEmitter.AppendEscaped(line, text);
                return;
            case TypeKind.Enum when DeclaredTypes.MemberName(type, text) is { } member:
                line.Append(member);
                return;
            case TypeKind.DateOnly when ScalarRules.TryDate(text, out var date):
                line.Append(date.Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-')
                    .Append(date.Month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
                    .Append(date.Day.ToString("D2", CultureInfo.InvariantCulture));
                return;
            case TypeKind.DateTimeOffset when ScalarRules.TryDateTimeOffset(text, out var moment):
                line.Append(moment.ToString("o", CultureInfo.InvariantCulture));
                return;
            default:
                _lineFailed = true;
                return;
        }
    }

    private static string DescribeOrigin(IReadOnlyList<FileShape> files)
    {
        if (files.Count == 1 && files[0].File.FileId is null)
        {
            return files[0].File.DisplayPath;
        }

        // A file's kind fixes its extension up to case, so one file of each kind names them all.
        var extensions = new SortedSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<DataFileKind>();
        foreach (var file in files)
        {
            if (kinds.Add(file.File.Kind))
            {
                extensions.Add(Parsing.PathHelper.GetExtension(file.File.DisplayPath).ToLowerInvariant());
            }
        }

        var last = files[files.Count - 1].File.DisplayPath;
        var folder = last.Substring(0, last.LastIndexOf('/') + 1);
        return folder + "*" + string.Join("|", extensions);
    }

    private static string Where(LocationInfo location) =>
        $"{System.IO.Path.GetFileName(location.FilePath)}:{location.Line.ToString(CultureInfo.InvariantCulture)}:{location.Column.ToString(CultureInfo.InvariantCulture)}";

    private static string Xml(string text) => Emission.CollectionEmitter.Xml(text);
}

/// <summary>One collection's inference: its schema, and its ids, against which references are checked.</summary>
internal sealed record CollectionInferenceResult(CollectionSpec Spec, CollectionIds Ids);

/// <summary>
/// Where a value sits in its record (<c>meetings.venue.city</c>, <c>items.tags[]</c>), for error
/// messages. Built as a chain and turned into text only when an error needs it: merging shapes
/// visits every key of every file, and most merges find nothing to report.
/// </summary>
internal sealed class ValuePath(ValuePath? parent, string? key)
{
    /// <summary>The path one level down: a key, or (for null) an array's items.</summary>
    public ValuePath Append(string? key) => new(this, key);

    public override string ToString() => parent is null ? key ?? string.Empty : parent + (key is null ? "[]" : "." + key);
}
