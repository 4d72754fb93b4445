using System.Collections.Generic;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>A collection's names, known from its files before any record is read.</summary>
/// <param name="Name">As on disk (<c>trade-stats</c>).</param>
/// <param name="PropertyName">On the entry class (<c>TradeStats</c>).</param>
/// <param name="Singular">The singular (<c>TradeStat</c>), the record type's name unless it clashes.</param>
internal sealed record CollectionName(string Name, string PropertyName, string Singular);

/// <summary>An id that a record uses to refer to another collection's record, with where it is written.</summary>
internal sealed record ReferenceUse(string TargetCollection, string Id, LocationInfo Location);

/// <summary>One collection's inference: what to emit, plus the ids and references that are checked across collections.</summary>
internal sealed record CollectionInferenceResult(CollectionSpec Spec, IReadOnlyDictionary<string, LocationInfo> Ids, IReadOnlyList<ReferenceUse> Uses);
