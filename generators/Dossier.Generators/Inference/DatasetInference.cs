using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Groups the files' shapes into collections, infers each one's schema, and checks the names that
/// must be unique across the whole dataset (entry-class properties and generated type names).
/// Everything is sorted by ordinal keys first, so the output does not depend on the order files
/// arrive in. Works on shapes, not values: its cost grows with the files and keys, not the data.
/// </summary>
internal static class DatasetInference
{
    /// <summary>Members the entry class inherits from <see cref="object"/>; a collection property would hide them (CS0108).</summary>
    private static readonly HashSet<string> InheritedMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static DatasetResult Infer(ImmutableArray<FileParseResult> results, ImmutableArray<DeclaredTypeSpec> declarations, DossierOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var byCollection = GroupByCollection(results, diagnostics);
        var names = new Dictionary<string, CollectionName>(StringComparer.Ordinal);
        foreach (var name in byCollection.Keys)
        {
            names[name] = new CollectionName(name, CollectionName.PropertyNameOf(name), CollectionName.RecordNameOf(name));
        }

        var declared = ValidateDeclarations(declarations, names, diagnostics, out var rejected);

        // 1. Each collection on its own; names that must be unique across the dataset are claimed
        // in name order, and a collection that loses a clash is left out (after an error).
        var inferred = new List<CollectionInferenceResult>();
        // Compared ignoring case: each collection's source file is named after its property, and
        // Roslyn treats hint names that differ only in case as the same file.
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var types = new Dictionary<string, string>(StringComparer.Ordinal) { [TypeSpec.Qualify(options.Namespace, options.ClassName)] = $"the entry class {options.ClassName}" };
        foreach (var pair in byCollection)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rejected.Contains(pair.Key))
            {
                continue; // its C# declaration is broken (reported): generating beside it could not compile
            }

            var files = pair.Value;
            PathOrder.Sort(files, static f => f.File.DisplayPath);
            declared.TryGetValue(pair.Key, out var declaration);
            var result = SchemaBuilder.Build(pair.Key, files, names, declaration, options, diagnostics, cancellationToken);
            var collection = result.Spec;
            var location = LocationInfo.FileStart(files[0].File.FilePath);

            // A collection with unique keys also puts its record set class on the entry class.
            var setClass = collection.SetClassName;
            if (ClaimPropertyName(collection, collection.PropertyName, properties, options, location, diagnostics)
                && (setClass is null || ClaimPropertyName(collection, setClass, properties, options, location, diagnostics))
                && ClaimTypeNames(collection, types, location, diagnostics))
            {
                properties.Add(collection.PropertyName, $"the collection '{pair.Key}'");
                if (setClass is not null)
                {
                    properties.Add(setClass, $"the record set class of the collection '{pair.Key}'");
                }

                inferred.Add(result);
            }
        }

        // 2. References, now that every target is known: link the types (ids are checked when the
        // records are assembled, see CollectionAssembler).
        var collections = ReferenceLinker.Link(inferred.Select(r => r.Spec).ToList());
        var summaries = collections
            .Select(c => new CollectionSummary(c.Name, c.PropertyName, TypeSpec.Qualify(c.TypesNamespace, c.Types[0].Name), c.Origin, c.RecordCount))
            .ToList();

        var entry = new EntryClassSpec(options.Namespace, options.ClassName, summaries.ToEquatableArray());
        var bindings = collections.Select(BindingSchema.Of).ToEquatableArray();
        return new DatasetResult(collections.ToEquatableArray(), bindings, inferred.Select(r => r.Ids).ToEquatableArray(), entry, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The files' shapes by collection (collections in name order), and each file's own diagnostics
    /// (parse and shape) added in path order: one output for all files rather than one per file,
    /// which would cost the driver a step per file on every edit.
    /// </summary>
    private static SortedDictionary<string, List<FileShape>> GroupByCollection(ImmutableArray<FileParseResult> results, List<DiagnosticInfo> diagnostics)
    {
        var byCollection = new SortedDictionary<string, List<FileShape>>(StringComparer.Ordinal);
        var fileDiagnostics = new List<FileParseResult>();
        foreach (var result in results)
        {
            if (result.Diagnostics.Count > 0)
            {
                fileDiagnostics.Add(result);
            }

            if (result.Shape is { } file)
            {
                if (!byCollection.TryGetValue(file.File.Collection, out var list))
                {
                    byCollection.Add(file.File.Collection, list = new List<FileShape>(byCollection.Count == 0 ? results.Length : 4));
                }

                list.Add(file);
            }
        }

        // In file order, whatever order the compiler passed the files in.
        PathOrder.Sort(fileDiagnostics, static d => d.Path);
        foreach (var file in fileDiagnostics)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        return byCollection;
    }

    /// <summary>A member the collection puts on the entry class must be free: not the class's name, an inherited member or another collection's (compared ignoring case, as hint names are).</summary>
    private static bool ClaimPropertyName(CollectionSpec collection, string member, Dictionary<string, string> properties, DossierOptions options, LocationInfo location, List<DiagnosticInfo> diagnostics)
    {
        if (member != options.ClassName && !InheritedMembers.Contains(member) && !properties.ContainsKey(member))
        {
            return true;
        }

        var other = member == options.ClassName ? "the class itself"
            : InheritedMembers.Contains(member) ? "a member every class inherits from object"
            : properties[member];
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNameCollision, location, collection.Name, other, member, options.ClassName));
        return false;
    }

    /// <summary>
    /// Checks the types declared in C#: one per collection, for a collection that exists, partial,
    /// top-level, with property types Dossier can fill and reference targets that exist. A
    /// collection whose declaration fails is left out of the output (its errors say why).
    /// </summary>
    private static Dictionary<string, DeclaredTypeSpec> ValidateDeclarations(ImmutableArray<DeclaredTypeSpec> declarations, Dictionary<string, CollectionName> names, List<DiagnosticInfo> diagnostics, out HashSet<string> rejected)
    {
        var valid = new Dictionary<string, DeclaredTypeSpec>(StringComparer.Ordinal);
        rejected = new HashSet<string>(StringComparer.Ordinal);
        var ordered = declarations
            .OrderBy(d => d.Collection, StringComparer.Ordinal)
            .ThenBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start);
        foreach (var declaration in ordered)
        {
            var qualified = TypeSpec.Qualify(declaration.Namespace, declaration.Name).Replace("global::", string.Empty);
            if (!names.ContainsKey(declaration.Collection))
            {
                var closest = ClosestMatches.Find(declaration.Collection, names.Keys);
                var hint = closest.Count == 0 ? string.Empty : " (did you mean " + string.Join(", ", closest.Select(c => "'" + c + "'")) + "?)";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCollection, declaration.Location, qualified, declaration.Collection, hint));
                continue;
            }

            var problem = declaration.Problem
                ?? (valid.ContainsKey(declaration.Collection) ? "another type already declares it" : null);
            var properties = new List<DeclaredPropertySpec>(declaration.Properties.Count);
            foreach (var property in declaration.Properties)
            {
                properties.Add(property);
                if (property.Type is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, property.Location, qualified + "." + property.Name, property.TypeDisplay, "Dossier cannot fill", "Use string, bool, int, long, decimal, double, DateOnly, DateTimeOffset, an enum, or ValueList<T> of these."));
                    problem ??= "a property has a type Dossier cannot fill";
                }
                else if (property.ReferenceTarget is { } target && !names.ContainsKey(target))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCollection, property.Location, qualified + "." + property.Name, target, string.Empty));
                    problem ??= "a reference names a collection that does not exist";
                }
                else if (property.ReferenceTarget is not null && !IsIdType(property.Type))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, property.Location, qualified + "." + property.Name, property.TypeDisplay, "a reference cannot hold", "Declare it as string or ValueList<string>: a reference holds ids (or values of a unique key)."));
                    problem ??= "a reference is not of an id type";
                }
                else if (property.ReferenceKey is { } key)
                {
                    var targetKey = FindUniqueKey(declarations, property.ReferenceTarget!, key, out var why);
                    if (targetKey is null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceKeyNotUnique, property.Location, qualified + "." + property.Name, property.ReferenceTarget!, key, why));
                        problem ??= "a reference names a key that is not unique";
                    }
                    else
                    {
                        properties[properties.Count - 1] = property with { ReferenceKeyProperty = targetKey.Name };
                    }
                }

                if (property.IsUnique && property.Type is not null && !IsUniqueKeyType(property.Type))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, property.Location, qualified + "." + property.Name, property.TypeDisplay, "a unique key cannot have", "Declare it as string, int or long (nullable or not), or remove [DossierUnique]."));
                    problem ??= "a unique key is not of a key type";
                }
            }

            if (problem is not null)
            {
                if (declaration.Problem is not null || valid.ContainsKey(declaration.Collection))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDeclaration, declaration.Location, qualified, declaration.Collection, problem));
                }

                rejected.Add(declaration.Collection);
                continue;
            }

            valid.Add(declaration.Collection, declaration with { Properties = properties.ToEquatableArray() });
        }

        foreach (var name in rejected)
        {
            valid.Remove(name);
        }

        return valid;
    }

    /// <summary>The <c>[DossierUnique]</c> string property of <paramref name="collection"/>'s declared type bound to the data key <paramref name="key"/>, or null with why not.</summary>
    private static DeclaredPropertySpec? FindUniqueKey(ImmutableArray<DeclaredTypeSpec> declarations, string collection, string key, out string why)
    {
        var declared = false;
        foreach (var declaration in declarations)
        {
            if (declaration.Collection != collection)
            {
                continue;
            }

            declared = true;
            foreach (var property in declaration.Properties)
            {
                if (property.Key is null ? Naming.ToPascalCase(key) == property.Name.TrimStart('@') : property.Key == key)
                {
                    why = !property.IsUnique ? $"'{declaration.Name}.{property.Name}' is not declared [DossierUnique]"
                        : property.Type is not { Kind: DataTypeKind.String } ? $"'{declaration.Name}.{property.Name}' is not a string"
                        : string.Empty;
                    return why.Length == 0 ? property : null;
                }
            }
        }

        why = declared ? "its declared type has no property bound to that key" : "no type is declared for it with [DossierCollection]";
        return null;
    }

    /// <summary>
    /// The types a <c>[DossierUnique]</c> key may have: those whose equality at run time is the
    /// equality of their compiled text, so that the build's check and the lookup agree.
    /// </summary>
    private static bool IsUniqueKeyType(TypeSpec type) => type.Kind is DataTypeKind.String or DataTypeKind.Int32 or DataTypeKind.Int64;

    private static bool IsIdType(TypeSpec type) =>
        type.Kind == DataTypeKind.String || (type.Kind == DataTypeKind.List && type.Element!.Kind == DataTypeKind.String && !type.Element.IsNullable);

    /// <summary>Reserves the collection's type names; on a clash the collection is left out (after an error), so no duplicate type is emitted.</summary>
    private static bool ClaimTypeNames(CollectionSpec collection, Dictionary<string, string> types, LocationInfo location, List<DiagnosticInfo> diagnostics)
    {
        var owner = $"the collection '{collection.Name}'";
        foreach (var type in collection.Types)
        {
            if (types.TryGetValue(TypeSpec.Qualify(collection.TypesNamespace, type.Name), out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNameCollision, location, type.Name, owner, other!));
                return false;
            }
        }

        foreach (var type in collection.Types)
        {
            types[TypeSpec.Qualify(collection.TypesNamespace, type.Name)] = owner;
        }

        return true;
    }
}
