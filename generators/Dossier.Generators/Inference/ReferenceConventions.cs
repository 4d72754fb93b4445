using System;
using System.Collections.Generic;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Which properties are references: by the naming convention (a collection's singular or plural,
/// with or without <c>Id</c>/<c>Ids</c>), or as declared in C# with <c>[DossierReference]</c>.
/// </summary>
internal sealed class ReferenceConventions
{
    private readonly IReadOnlyDictionary<string, CollectionName> _collections;
    private readonly Dictionary<string, (CollectionName Target, bool IsMany)> _names;

    public ReferenceConventions(IReadOnlyDictionary<string, CollectionName> collections)
    {
        _collections = collections;
        _names = ReferenceNames(collections);
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

    /// <summary>The reference a property of <paramref name="owner"/> makes by the convention, if any.</summary>
    public ReferenceSpec? Find(string owner, string propertyName, TypeSpec type)
    {
        if (!_names.TryGetValue(propertyName, out var candidate) || candidate.Target.Name == owner)
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

    /// <summary>The reference a declared property makes: its <c>[DossierReference]</c> target, or the convention's unless <c>[DossierNoReference]</c>.</summary>
    public ReferenceSpec? ForDeclared(DeclaredPropertySpec declared, string owner)
    {
        var type = declared.Type!;
        if (declared.ReferenceTarget is { } target && _collections.TryGetValue(target, out var names))
        {
            var isMany = type.Kind == DataTypeKind.List;
            return declared.ReferenceKeyProperty is { } keyProperty
                ? new ReferenceSpec(names.Name, names.PropertyName, string.Empty, isMany, NavigationNameFor(declared.Name, isMany, keyProperty), TargetKey: declared.ReferenceKey, TargetKeyProperty: keyProperty)
                : new ReferenceSpec(names.Name, names.PropertyName, string.Empty, isMany, NavigationNameFor(declared.Name, isMany));
        }

        return declared.ReferenceTarget is null && !declared.NoReference && Find(owner, declared.Name, type) is { } convention && IdPropertyName(convention) == declared.Name
            ? convention
            : null;
    }

    /// <summary>
    /// The navigation of a declared reference property: <c>CountryId</c> gives <c>Country</c>,
    /// <c>ParticipantIds</c> gives <c>Participants</c>; by a key, the key's name is the suffix
    /// (<c>CountryIsoCode</c> gives <c>Country</c>, <c>PartyIsoCodes</c> gives <c>Parties</c>).
    /// </summary>
    private static string NavigationNameFor(string idProperty, bool isMany, string keyProperty = "Id")
    {
        var suffix = idProperty.EndsWith(keyProperty + "s", StringComparison.Ordinal) ? keyProperty.Length + 1 : idProperty.EndsWith(keyProperty, StringComparison.Ordinal) ? keyProperty.Length : 0;
        var stem = idProperty.Substring(0, idProperty.Length - suffix);
        if (suffix == 0 || stem.Length == 0)
        {
            return idProperty + (isMany ? "Records" : "Record");
        }

        return isMany ? Naming.Pluralize(stem) : stem;
    }

    /// <summary>The id property of a reference by convention: <c>CountryId</c>, <c>CountryIds</c>.</summary>
    public static string IdPropertyName(ReferenceSpec reference) =>
        reference.IsMany ? Naming.Singularize(reference.TargetProperty) + "Ids" : reference.NavigationName + "Id";
}
