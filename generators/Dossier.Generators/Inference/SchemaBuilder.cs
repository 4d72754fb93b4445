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
/// Step 2 of inference, per collection: its record types, built from its files' shapes once
/// <see cref="ShapeMerger"/> has merged them, with C# declarations applied, references found by
/// <see cref="ReferenceConventions"/> and member names checked. Costs time in proportion to the
/// files and their keys, not the values, and gives an equal <see cref="CollectionSpec"/> when an
/// edit keeps the types, so that nothing after it re-runs.
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
    private readonly ReferenceConventions _references;
    private readonly DeclaredTypeSpec? _declaration;
    private readonly string _typesNamespace;

    private SchemaBuilder(string collection, IReadOnlyDictionary<string, CollectionName> collections, DeclaredTypeSpec? declaration, DossierOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _collection = collection;
        _options = options;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _references = new ReferenceConventions(collections);
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
        var (order, hasErrors) = new ShapeMerger(_collection, _diagnostics, _cancellationToken).Merge(files, root);

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
            var reference = _references.Find(_collection, property.Name, type);
            var name = reference is null ? property.Name : ReferenceConventions.IdPropertyName(reference);
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

    /// <summary>A property the user declared: its type and name are theirs; a reference comes from [DossierReference], or the convention unless [DossierNoReference].</summary>
    private PropertySpec DeclaredProperty(DeclaredPropertySpec declared, string key, string? example) =>
        new(declared.Name, key, declared.Type!, example, _references.ForDeclared(declared, _collection), IsDeclared: true, DeclaredAt: declared.Location, IsUnique: declared.IsUnique);

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

        // Few extensions, many files: a file whose extension is listed already adds nothing. (A kind
        // does not fix the extension: a YAML file is .yaml or .yml.)
        var extensions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!EndsWithAny(file.File.DisplayPath, extensions))
            {
                extensions.Add(Parsing.PathHelper.GetExtension(file.File.DisplayPath).ToLowerInvariant());
            }
        }

        var last = files[files.Count - 1].File.DisplayPath;
        var folder = last.Substring(0, last.LastIndexOf('/') + 1);
        return folder + "*" + string.Join("|", extensions);
    }

    private static bool EndsWithAny(string path, SortedSet<string> extensions)
    {
        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

}

/// <summary>One collection's inference: its schema, and its ids, against which references are checked.</summary>
internal sealed record CollectionInferenceResult(CollectionSpec Spec, CollectionIds Ids);
