using System.Linq;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Emission;

/// <summary>
/// Writes the record set of a collection with <c>[DossierUnique]</c> keys: a class nested in the
/// entry class, derived from <c>RecordSet&lt;T&gt;</c>, with a lookup per key
/// (<c>Dataset.Countries.ByIsoCode</c>), each built on first use. A collection without keys keeps
/// the plain <c>RecordSet&lt;T&gt;</c>.
/// </summary>
internal static class UniqueKeyEmitter
{
    public static bool HasKeys(CollectionSpec collection) => collection.SetClassName is not null;

    /// <summary>The type of the collection's property on the entry class.</summary>
    public static string SetType(CollectionSpec collection, string recordType) =>
        HasKeys(collection) ? QualifiedSetClass(collection) : $"global::Dossier.RecordSet<{recordType}>";

    /// <summary>The expression that wraps the array <c>records</c> in the collection's record set.</summary>
    public static string NewSet(CollectionSpec collection, string recordType) =>
        HasKeys(collection)
            ? $"new {QualifiedSetClass(collection)}(records)"
            : $"global::Dossier.RecordSet<{recordType}>.FromTrustedArray({SymbolDisplay.FormatLiteral(collection.Name, quote: true)}, records)";

    public static void EmitSetClass(SourceWriter writer, CollectionSpec collection, string recordType)
    {
        var name = collection.SetClassName!;
        var collectionName = DocText.Escape(collection.Name);
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The record set of the <c>{collectionName}</c> collection, with a lookup by each of its unique keys.</summary>");
        writer.WriteLine(DossierInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"{NavigationEmitter.Access(collection.IsPublic)} sealed class {name} : global::Dossier.RecordSet<{recordType}>");
        var keys = collection.Types[0].Properties.Where(static p => p.IsUnique).ToList();
        foreach (var key in keys)
        {
            writer.WriteLine($"private {IndexType(key, recordType)}? _{FieldName(key)};");
        }

        writer.WriteLine();
        writer.WriteLine($"internal {name}({recordType}[] records)");
        writer.WriteLine($"    : base({SymbolDisplay.FormatLiteral(collection.Name, quote: true)}, records)");
        writer.OpenBlock();
        writer.CloseBlock();
        foreach (var key in keys)
        {
            var nulls = key.Type.IsNullable ? " Records whose value is null are not indexed." : string.Empty;
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The records by their <c>{DocText.Escape(key.Key)}</c>, unique within the collection: <see cref=\"{recordType}.{key.Name}\"/>.{nulls} Indexed once, on first use.</summary>");
            writer.WriteLine($"public {IndexType(key, recordType)} {PropertySpec.LookupName(key.Name)} =>");
            writer.WriteLine($"    _{FieldName(key)} ??= global::Dossier.UniqueIndex.Create<{KeyType(key)}, {recordType}>({SymbolDisplay.FormatLiteral(collection.Name, quote: true)}, {SymbolDisplay.FormatLiteral(key.Key, quote: true)}, this, static record => record.{key.Name});");
        }

        writer.CloseBlock();
    }

    private static string QualifiedSetClass(CollectionSpec collection) =>
        TypeSpec.Qualify(collection.Namespace, collection.ClassName) + "." + collection.SetClassName;

    private static string KeyType(PropertySpec key) => (key.Type with { IsNullable = false }).ToDisplay(string.Empty);

    private static string IndexType(PropertySpec key, string recordType) => $"global::Dossier.UniqueIndex<{KeyType(key)}, {recordType}>";

    private static string FieldName(PropertySpec key) => "by" + key.Name.TrimStart('@');
}
