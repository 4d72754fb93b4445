using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// What binding a collection's files needs of its schema, and nothing more: the record types,
/// their properties in order with keys and types, and which properties hold ids. Record counts,
/// doc examples, summaries, origins, inverse navigations and every other collection are left out,
/// so that adding or removing a record, changing the record that supplies the docs' examples or
/// editing another collection leaves it equal, and each untouched file's binding comes from the cache.
/// </summary>
/// <param name="Collection">The collection's name on disk.</param>
/// <param name="HasErrors">Its schema is in error: its files are not bound.</param>
/// <param name="Types">The root record type first, then the nested record types.</param>
internal sealed record BindingSchema(string Collection, bool HasErrors, EquatableArray<BindingType> Types)
{
    /// <summary>The part of <paramref name="collection"/>'s schema that binding reads.</summary>
    public static BindingSchema Of(CollectionSpec collection)
    {
        var types = new BindingType[collection.Types.Count];
        for (var i = 0; i < types.Length; i++)
        {
            var type = collection.Types[i];
            var properties = new BindingProperty[type.Properties.Count];
            for (var j = 0; j < properties.Length; j++)
            {
                var property = type.Properties[j];
                properties[j] = new BindingProperty(property.Name, property.Key, property.Type, property.Reference?.TargetCollection, property.Reference?.TargetKeyProperty, property.IsDeclared, property.DeclaredAt, property.IsUnique);
            }

            types[i] = new BindingType(type.Name, type.IsRoot, new EquatableArray<BindingProperty>(properties));
        }

        return new BindingSchema(collection.Name, collection.HasErrors, new EquatableArray<BindingType>(types));
    }
}

/// <summary>A record type as binding sees it.</summary>
internal sealed record BindingType(string Name, bool IsRoot, EquatableArray<BindingProperty> Properties);

/// <summary>A property as binding sees it.</summary>
/// <param name="ReferenceTarget">The collection whose ids the property holds, if it is a reference.</param>
/// <param name="IsDeclared">Declared in C#: its values are checked against the declared type.</param>
/// <param name="DeclaredAt">For a declared property, where the declaration is (for errors about values that do not fit it).</param>
/// <param name="ReferenceKeyProperty">For a reference by a unique key, the target's property that holds the key; null for ids.</param>
/// <param name="IsUnique">A unique key: its values are kept for the collection-wide check.</param>
internal sealed record BindingProperty(string Name, string Key, TypeSpec Type, string? ReferenceTarget, string? ReferenceKeyProperty, bool IsDeclared, LocationInfo? DeclaredAt, bool IsUnique);

/// <summary>
/// A data file paired with its collection's binding schema: the input of binding. Compared by
/// the parsed file's identity first (a cached parse is the same instance), so re-pairing every
/// file after one collection's schema changes costs a lookup per file, not a comparison of its values.
/// </summary>
/// <param name="File">The parsed file; null for an additional file that is not data.</param>
/// <param name="Schema">Its collection's binding schema; null when the collection was left out.</param>
internal sealed record BindingInput(ParsedDataFile? File, BindingSchema? Schema);
