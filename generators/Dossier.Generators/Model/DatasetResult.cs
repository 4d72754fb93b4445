using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Model;

/// <summary>One additional file's result: the parsed file and its shape when it is data, and the diagnostics of both.</summary>
/// <param name="Path">The file's path, which orders the diagnostics of all files.</param>
internal sealed record FileParseResult(string Path, ParsedDataFile? File, FileShape? Shape, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>An additional file that is not JSON or markdown: nothing to read, nothing to say.</summary>
    public static readonly FileParseResult NotData = new(string.Empty, null, null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>The whole dataset's schema after inference, and what was wrong across files.</summary>
/// <param name="Collections">Each collection's schema (no records: those are bound per file).</param>
/// <param name="Bindings">Each collection's binding schema, the narrow part of its schema that its files are bound against.</param>
/// <param name="Ids">Each collection's ids in data order, against which references are checked.</param>
internal sealed record DatasetResult(
    EquatableArray<CollectionSpec> Collections,
    EquatableArray<BindingSchema> Bindings,
    EquatableArray<CollectionIds> Ids,
    EntryClassSpec EntryClass,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The result of a schema step that failed (a bug of ours): no collections, and the error.</summary>
    public static DatasetResult Failed(DossierOptions options, DiagnosticInfo failure) => new(
        EquatableArray<CollectionSpec>.Empty,
        EquatableArray<BindingSchema>.Empty,
        EquatableArray<CollectionIds>.Empty,
        new EntryClassSpec(options.Namespace, options.ClassName, EquatableArray<CollectionSummary>.Empty),
        new EquatableArray<DiagnosticInfo>(new[] { failure }));
}

/// <summary>A collection's record ids, in data order.</summary>
internal sealed record CollectionIds(string Collection, EquatableArray<string> Ids);
