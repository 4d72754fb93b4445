namespace Dossier.Generators.Inference;

/// <summary>A collection's names, known from its files before any record is read.</summary>
/// <param name="Name">As on disk (<c>trade-stats</c>).</param>
/// <param name="PropertyName">On the entry class (<c>TradeStats</c>).</param>
/// <param name="Singular">The singular (<c>TradeStat</c>), the record type's name unless it clashes.</param>
internal sealed record CollectionName(string Name, string PropertyName, string Singular)
{
    /// <summary>The collection's property name on the entry class.</summary>
    public static string PropertyNameOf(string collection) => Naming.ToPascalCase(collection).TrimStart('@');

    /// <summary>The collection's record type name, before any clash with its own properties is resolved.</summary>
    public static string RecordNameOf(string collection) => Naming.Singularize(PropertyNameOf(collection));
}
