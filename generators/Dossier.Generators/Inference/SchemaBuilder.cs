using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Step 2 of inference, per collection: the files' shapes (<see cref="ShapeReader"/>) merged, in
/// path order, into the collection's record types, with ids checked across files and references
/// recognised by name. Costs time in proportion to the files and their keys, not the values, and
/// gives an equal <see cref="CollectionSpec"/> when an edit keeps the types, so that nothing after
/// it re-runs. Conflicts are errors at the offending value; nothing falls back silently to a
/// wider type that would change a value.
/// </summary>
internal sealed class SchemaBuilder
{
    /// <summary>Members every root record has (generated or inherited); the record type may not take their names (CS0542).</summary>
    private static readonly HashSet<string> MembersOfEveryRecord = new(Naming.RecordMemberNames.Concat(new[] { "Id", "Source", "ReferenceEquals" }), StringComparer.Ordinal);

    private readonly string _collection;
    private readonly DossierOptions _options;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, RecordTypeSpec> _types = new(StringComparer.Ordinal);
    private readonly List<RecordTypeSpec> _typeOrder = new();
    private readonly Dictionary<string, (CollectionName Target, bool IsMany)> _references;
    private readonly IReadOnlyDictionary<string, CollectionName> _collections;
    private readonly DeclaredTypeSpec? _declaration;
    private readonly string _typesNamespace;

    private SchemaBuilder(string collection, IReadOnlyDictionary<string, CollectionName> collections, DeclaredTypeSpec? declaration, DossierOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _collection = collection;
        _options = options;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _references = ReferenceNames(collections);
        _collections = collections;
        _declaration = declaration;
        _typesNamespace = declaration?.Namespace ?? options.Namespace;
    }

    /// <summary>The collection's record types, from the shapes of all its files.</summary>
    /// <param name="files">The collection's files, sorted by path.</param>
    /// <param name="collections">Every collection of the dataset, by name, for recognising references.</param>
    /// <param name="declaration">The record type declared in C# for this collection, if any (already validated).</param>
    public static CollectionInferenceResult Build(string collection, IReadOnlyList<FileShape> files, IReadOnlyDictionary<string, CollectionName> collections, DeclaredTypeSpec? declaration, DossierOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var errorsBefore = DiagnosticInfo.CountErrors(diagnostics);
        return new SchemaBuilder(collection, collections, declaration, options, diagnostics, cancellationToken).Run(files, errorsBefore);
    }

    private CollectionInferenceResult Run(IReadOnlyList<FileShape> files, int errorsBefore)
    {
        var propertyName = CollectionName.PropertyNameOf(_collection);
        var root = new ObjectBuilder(_declaration?.Name ?? CollectionName.RecordNameOf(_collection));

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
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, id.Id, _collection, first.ToFileLineColumn()));
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
        BuildRecordType(root, owner: null);

        // A collection with errors keeps its types (so user code still binds) but no records: the
        // build fails anyway, and nothing half-checked is emitted.
        hasErrors |= DiagnosticInfo.CountErrors(_diagnostics) != errorsBefore;
        var spec = new CollectionSpec(
            _options.Namespace,
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
                    property.IsSections ? "markdown sections" : ValueDescriptions.Of(property.Type.Shape),
                    builder.IsSections ? "markdown sections" : "data",
                    builder.KeyLocation.ToFileLineColumn()));
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
        if (source.Shape == DataValueKind.Null)
        {
            return; // nulls only
        }

        if (target.Shape == DataValueKind.Null)
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
            case DataValueKind.Number:
                if (source.Number > target.Number)
                {
                    target.Number = source.Number;
                }

                break;
            case DataValueKind.String:
                target.AllDates &= source.AllDates;
                target.AllDateTimeOffsets &= source.AllDateTimeOffsets;
                break;
            case DataValueKind.Object:
                target.Object ??= new ObjectBuilder(string.Empty);
                MergeObjectShape(target.Object, source.Object ?? ObjectShape.Empty, path.Append(key));
                break;
            case DataValueKind.Array:
                target.Element ??= new TypeBuilder();
                if (source.Element is not null)
                {
                    MergeTypeShape(target.Element, source.Element, path.Append(key), null);
                }

                break;
        }
    }

    private void ReportConflict(TypeBuilder target, DataValueKind kind, LocationInfo location, ValuePath path, string? key) =>
        _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.TypeConflict,
            location,
            path.Append(key).ToString(),
            ValueDescriptions.Of(kind),
            ValueDescriptions.Of(target.Shape),
            target.FirstLocation!.Value.ToFileLineColumn()));

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


    private RecordTypeSpec BuildRecordType(ObjectBuilder builder, NestedTypeOwner? owner)
    {
        var isRoot = owner is null;
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

            var type = property.IsSections ? new TypeSpec(DataTypeKind.Sections, nullable) : ToTypeSpec(property.Type, nullable, builder.TypeName, property.Name);
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
            if (isRoot && property.Name == "Date" && property.Type.Kind == DataTypeKind.DateOnly)
            {
                datedInterface = property.Type.IsNullable ? "global::Dossier.IOptionallyDatedRecord" : "global::Dossier.IDatedRecord";
            }
        }

        CheckMemberNames(builder, properties, isRoot);
        var keyword = isRoot && _declaration is not null ? _declaration.Keyword : "public sealed partial record";
        var spec = new RecordTypeSpec(keyword, builder.TypeName, owner, isRoot, datedInterface, properties.ToEquatableArray(), EquatableArray<InverseSpec>.Empty);
        _typeOrder[index] = spec;
        _types[builder.TypeName] = spec;
        return spec;
    }

    private TypeSpec ToTypeSpec(TypeBuilder type, bool nullable, string ownerType, string propertyName)
    {
        switch (type.Shape)
        {
            case DataValueKind.Null:
                return new TypeSpec(DataTypeKind.String, nullable);
            case DataValueKind.Boolean:
                return new TypeSpec(DataTypeKind.Boolean, nullable);
            case DataValueKind.Number:
                return new TypeSpec(
                    type.Number switch
                    {
                        NumberKind.Int32 => DataTypeKind.Int32,
                        NumberKind.Int64 => DataTypeKind.Int64,
                        NumberKind.Decimal => DataTypeKind.Decimal,
                        _ => DataTypeKind.Double,
                    },
                    nullable);
            case DataValueKind.String:
                return new TypeSpec(type.AllDates ? DataTypeKind.DateOnly : type.AllDateTimeOffsets ? DataTypeKind.DateTimeOffset : DataTypeKind.String, nullable);
            case DataValueKind.Object:
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

                BuildRecordType(nested, new NestedTypeOwner(ownerType, propertyName));
                return new TypeSpec(DataTypeKind.Record, nullable, nested.TypeName);
            default:
                var element = type.Element ?? new TypeBuilder();
                return new TypeSpec(DataTypeKind.List, nullable, Element: ToTypeSpec(element, element.SawNull, ownerType, Naming.Singularize(propertyName)));
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

        var isString = type.Kind == DataTypeKind.String;
        var isStringList = type.Kind == DataTypeKind.List && type.Element!.Kind == DataTypeKind.String && !type.Element.IsNullable;
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
            var isMany = type.Kind == DataTypeKind.List;
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

}

/// <summary>One collection's inference: its schema, and its ids, against which references are checked.</summary>
internal sealed record CollectionInferenceResult(CollectionSpec Spec, CollectionIds Ids);
