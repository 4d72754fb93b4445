using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>One additional file's result: the parsed file when it is data, and its diagnostics.</summary>
internal sealed record FileParseResult(ParsedDataFile? File, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The whole dataset after inference: what to emit, and what was wrong across files.</summary>
internal sealed record DatasetResult(
    EquatableArray<CollectionSpec> Collections,
    EntryClassSpec EntryClass,
    EquatableArray<DiagnosticInfo> Diagnostics);
