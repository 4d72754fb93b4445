namespace Dossier.Generators.Inference;

/// <summary>A collection's names, known from its files before any record is read.</summary>
/// <param name="Name">As on disk (<c>trade-stats</c>).</param>
/// <param name="PropertyName">On the entry class (<c>TradeStats</c>).</param>
/// <param name="Singular">The singular (<c>TradeStat</c>), the record type's name unless it clashes.</param>
internal sealed record CollectionName(string Name, string PropertyName, string Singular);
