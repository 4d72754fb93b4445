using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>
/// A record type declared in C# with <c>[DossierCollection("name")]</c>: what the generator needs
/// to know of it, as plain values (no symbols, so the step output caches).
/// </summary>
/// <param name="Collection">The collection it declares.</param>
/// <param name="Name">The type's name.</param>
/// <param name="Namespace">Its namespace ("" for the global one).</param>
/// <param name="Keyword">How Dossier's part declares it: <c>partial record</c>, <c>sealed partial record</c> or <c>partial class</c>.</param>
/// <param name="Problem">Why the declaration cannot work (not partial, nested, generic, a struct), or null.</param>
/// <param name="Location">The type's name in the C# file.</param>
/// <param name="IsPublic">Whether the type is public; an internal one makes the members that expose it internal.</param>
/// <param name="OtherMembers">The names of the type's members that are not data (methods, computed properties), which Dossier must not generate.</param>
internal sealed record DeclaredTypeSpec(
    string Collection,
    string Name,
    string Namespace,
    string Keyword,
    string? Problem,
    LocationInfo Location,
    EquatableArray<DeclaredPropertySpec> Properties,
    bool IsPublic,
    EquatableArray<string> OtherMembers);

/// <summary>A property declared on a collection's type.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Key">The data key from <c>[DossierProperty]</c>, or null to match by PascalCase.</param>
/// <param name="Type">The declared type, or null when Dossier cannot fill it (see <paramref name="TypeDisplay"/>).</param>
/// <param name="TypeDisplay">The type as written, for messages.</param>
/// <param name="ReferenceTarget">The collection from <c>[DossierReference]</c>, or null.</param>
/// <param name="ReferenceKey">The target's unique key the reference holds (<c>[DossierReference(..., Key = "isoCode")]</c>), as written; null for ids.</param>
/// <param name="NoReference">Whether <c>[DossierNoReference]</c> is present.</param>
/// <param name="IsUnique">Whether <c>[DossierUnique]</c> is present: the value is a key of the collection besides the id.</param>
internal sealed record DeclaredPropertySpec(
    string Name,
    string? Key,
    TypeSpec? Type,
    string TypeDisplay,
    string? ReferenceTarget,
    string? ReferenceKey,
    bool NoReference,
    bool IsUnique,
    LocationInfo Location)
{
    /// <summary>For a reference by key, the target's property that holds the key; set once the declarations are checked.</summary>
    public string? ReferenceKeyProperty { get; init; }
}
