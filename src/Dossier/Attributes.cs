using System;

namespace Dossier;

/// <summary>
/// Declares the type of a collection's records, so that its name, namespace and accessibility
/// are yours. Dossier generates the properties you do not declare, and checks the data against
/// those you do: an enum accepts only its member names (case-insensitively), a <see cref="decimal"/>
/// accepts integers, a non-nullable property must be present in every record.
/// </summary>
/// <example>
/// <code>
/// [DossierCollection("meetings")]
/// public partial record Meeting
/// {
///     public required MeetingStatus Status { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DossierCollectionAttribute : Attribute
{
    /// <summary>Declares the record type of <paramref name="collection"/>.</summary>
    /// <param name="collection">The collection's name as in the data folder (<c>meetings</c>, <c>trade-stats</c>).</param>
    public DossierCollectionAttribute(string collection) => Collection = collection;

    /// <summary>The collection's name as in the data folder.</summary>
    public string Collection { get; }
}

/// <summary>Binds a declared property to a data key whose PascalCase is not the property's name.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DossierPropertyAttribute : Attribute
{
    /// <summary>Binds the property to <paramref name="key"/>.</summary>
    /// <param name="key">The key exactly as written in the data (<c>valid_from</c>).</param>
    public DossierPropertyAttribute(string key) => Key = key;

    /// <summary>The key exactly as written in the data.</summary>
    public string Key { get; }
}

/// <summary>
/// Makes a declared property of ids (a <see cref="string"/> or a <see cref="ValueList{T}"/> of
/// strings) a reference to another collection: every id is checked at build time, and a typed
/// navigation is generated (named after the property without its <c>Id</c>/<c>Ids</c> suffix).
/// With <see cref="Key"/>, the property holds values of the target's unique key instead of ids.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DossierReferenceAttribute : Attribute
{
    /// <summary>Makes the property refer to records of <paramref name="collection"/>.</summary>
    /// <param name="collection">The target collection's name as in the data folder.</param>
    public DossierReferenceAttribute(string collection) => Collection = collection;

    /// <summary>The target collection's name as in the data folder.</summary>
    public string Collection { get; }

    /// <summary>
    /// The key of the target's records that the property holds, as written in the data
    /// (<c>isoCode</c>), instead of their ids. The target's type must declare that property
    /// <see cref="DossierUniqueAttribute"/> and <see cref="string"/>. The navigation is named after the
    /// property without the key's name (<c>CountryIsoCode</c> gives <c>Country</c>).
    /// </summary>
    public string? Key { get; set; }
}

/// <summary>Stops a declared property whose name matches a collection (<c>Country</c>) from being taken as a reference to it.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DossierNoReferenceAttribute : Attribute
{
}

/// <summary>
/// Makes a declared property a unique key of its collection, besides the id: the build checks
/// that no two records share a value (records whose value is null, for a nullable property, are
/// skipped), and the collection's record set gains a lookup by it in constant time, named after
/// the property (<c>Dataset.Countries.ByIsoCode.Get("KZ")</c>). The property must be a
/// <see cref="string"/>, <see cref="int"/> or <see cref="long"/>, nullable or not.
/// </summary>
/// <example>
/// <code>
/// [DossierCollection("countries")]
/// public partial record Country
/// {
///     [DossierUnique]
///     public required string IsoCode { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DossierUniqueAttribute : Attribute
{
}
