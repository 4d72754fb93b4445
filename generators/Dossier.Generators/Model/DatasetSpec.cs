using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// A collection's schema: everything the emitter needs but the records themselves (which are
/// bound per file, see <see cref="BoundFile"/>). Holds no source locations but those of
/// declarations, so that edits to data that keep the schema leave it equal.
/// </summary>
/// <param name="Name">The collection's name on disk (<c>trade-stats</c>).</param>
/// <param name="PropertyName">Its property on the entry class (<c>TradeStats</c>).</param>
/// <param name="Origin">The files it was read from, for docs (<c>data/meetings/*.md</c>).</param>
/// <param name="Types">The root record type first, then the nested record types.</param>
/// <param name="RecordCount">How many records it has (each with a unique id).</param>
/// <param name="Namespace">The entry class's namespace.</param>
/// <param name="TypesNamespace">The record types' namespace: the entry class's, or that of a type declared in C#.</param>
/// <param name="HasErrors">Its data is in error: it keeps its types, so that user code still binds, but gets no records.</param>
internal sealed record CollectionSpec(
    string Namespace,
    string TypesNamespace,
    string ClassName,
    string Name,
    string PropertyName,
    string Origin,
    EquatableArray<RecordTypeSpec> Types,
    int RecordCount,
    EquatableArray<InverseIndexSpec> InverseIndexes,
    bool IsPublic = true,
    bool HasErrors = false)
{
    /// <summary>
    /// The record set class of a collection with <c>[DossierUnique]</c> keys, nested in the entry
    /// class (<c>CountriesSet</c>); null for a plain <c>RecordSet&lt;T&gt;</c>. It is a member of
    /// the entry class, so inference claims its name beside the collection's property.
    /// </summary>
    public string? SetClassName
    {
        get
        {
            foreach (var property in Types[0].Properties)
            {
                if (property.IsUnique)
                {
                    return PropertyName + "Set";
                }
            }

            return null;
        }
    }
}

/// <summary>A generated record type.</summary>
/// <param name="Owner">For a nested record type, the record type and property that hold it (for its docs); null for the root.</param>
/// <param name="DatedInterface">The runtime interface for a <c>Date</c> property, if the record is a root record with one.</param>
/// <param name="Declaration">The declaration's modifiers and keyword (<c>public sealed partial record</c>, or <c>partial class</c> for a type declared in C#).</param>
internal sealed record RecordTypeSpec(
    string Declaration,
    string Name,
    NestedTypeOwner? Owner,
    bool IsRoot,
    string? DatedInterface,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<InverseSpec> Inverses);

/// <summary>Where a nested record type sits: the type and the property that hold it.</summary>
internal sealed record NestedTypeOwner(string TypeName, string PropertyName);

/// <summary>A generated property: its C# name, the key it comes from, its type, and an example value for the docs.</summary>
/// <param name="Reference">Set when the property holds ids of another collection's records.</param>
/// <param name="IsDeclared">Declared in C# by the user, so not generated (but bound and checked).</param>
/// <param name="DeclaredAt">For a declared property, where the declaration is (for errors about values that do not fit it).</param>
/// <param name="IsUnique">Declared <c>[DossierUnique]</c>: no two records share a value, and the record set gains a lookup by it.</param>
internal sealed record PropertySpec(string Name, string Key, TypeSpec Type, string? Example, ReferenceSpec? Reference = null, bool IsDeclared = false, LocationInfo? DeclaredAt = null, bool IsUnique = false)
{
    /// <summary>The record set's lookup by a unique key held in the property <paramref name="propertyName"/>: <c>ByIsoCode</c>.</summary>
    public static string LookupName(string propertyName) => "By" + propertyName.TrimStart('@');
}

/// <summary>
/// A property that refers to records of another collection by id. The property keeps the raw
/// id(s) under <see cref="PropertySpec.Name"/> (<c>CountryId</c>, <c>CountryIds</c>) and gains a
/// navigation (<c>Country</c>, <c>Countries</c>) resolved through the target's record set.
/// </summary>
/// <param name="TargetCollection">The target collection's name on disk (<c>countries</c>).</param>
/// <param name="TargetProperty">Its property on the entry class (<c>Countries</c>).</param>
/// <param name="TargetRecord">Its record type, fully qualified (<c>global::App.Data.Country</c>); filled in once every collection is inferred.</param>
/// <param name="IsMany">Whether the property holds a list of ids.</param>
/// <param name="NavigationName">The navigation property's name.</param>
/// <param name="TargetIsPublic">Whether the target record type is public (a type declared internal in C# is not).</param>
/// <param name="TargetKey">For a reference by a unique key instead of the id, the key as written in the data (<c>isoCode</c>).</param>
/// <param name="TargetKeyProperty">For a reference by a unique key, the target's property that holds it (<c>IsoCode</c>).</param>
internal sealed record ReferenceSpec(string TargetCollection, string TargetProperty, string TargetRecord, bool IsMany, string NavigationName, bool TargetIsPublic = true, string? TargetKey = null, string? TargetKeyProperty = null);

/// <summary>An inverse navigation on a target record: the records of another collection that refer to it.</summary>
/// <param name="Name">The property's name on the target record (<c>Officials</c>).</param>
/// <param name="SourceRecord">The referring record type, fully qualified.</param>
/// <param name="SourceCollection">The referring collection's name on disk, for docs.</param>
/// <param name="SourceKey">The referring key, for docs.</param>
/// <param name="LookupMethod">The entry-class method that returns the referring records for an id.</param>
/// <param name="SourceIsPublic">Whether the referring record type is public.</param>
/// <param name="TargetKeyProperty">For a reference by a unique key, this record's property that holds the key (the index is keyed by it); null for the id.</param>
/// <param name="TargetKeyIsNullable">Whether that property may be null (a record without a key has no referring records).</param>
internal sealed record InverseSpec(string Name, string SourceRecord, string SourceCollection, string SourceKey, string LookupMethod, bool SourceIsPublic = true, string? TargetKeyProperty = null, bool TargetKeyIsNullable = false);

/// <summary>
/// An index, built once on first use, from ids of a target collection to the records of this
/// collection that refer to them through one property.
/// </summary>
internal sealed record InverseIndexSpec(string LookupMethod, string IdProperty, bool IsMany);

/// <summary>The entry class: its namespace, name and collections (sorted by name).</summary>
internal sealed record EntryClassSpec(string Namespace, string ClassName, EquatableArray<CollectionSummary> Collections);

/// <summary>What the entry class's docs say of one collection (<paramref name="RecordName"/> fully qualified).</summary>
internal sealed record CollectionSummary(string Name, string PropertyName, string RecordName, string Origin, int Count);
