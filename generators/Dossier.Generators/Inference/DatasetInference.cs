using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Groups the parsed files into collections, infers each one, and checks the names that must be
/// unique across the whole dataset (entry-class properties and generated type names). Everything
/// is sorted by ordinal keys first, so the output does not depend on the order files arrive in.
/// </summary>
internal static class DatasetInference
{
    public static DatasetResult Infer(ImmutableArray<FileParseResult> results, DossierOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var byCollection = new SortedDictionary<string, List<ParsedDataFile>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.File is { } file)
            {
                if (!byCollection.TryGetValue(file.File.Collection, out var list))
                {
                    byCollection.Add(file.File.Collection, list = new List<ParsedDataFile>());
                }

                list.Add(file);
            }
        }

        var collections = new List<CollectionSpec>();
        var summaries = new List<CollectionSummary>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal) { [options.ClassName] = $"the entry class {options.ClassName}" };
        foreach (var pair in byCollection)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = pair.Value;
            files.Sort((a, b) => string.CompareOrdinal(a.File.DisplayPath, b.File.DisplayPath));
            var collection = CollectionInference.Infer(pair.Key, files, options, diagnostics, cancellationToken);
            var location = LocationInfo.FileStart(files[0].File.FilePath);

            var propertyOwner = $"'{pair.Key}'";
            if (collection.PropertyName == options.ClassName || properties.ContainsKey(collection.PropertyName))
            {
                var other = collection.PropertyName == options.ClassName ? "the class itself" : properties[collection.PropertyName];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNameCollision, location, pair.Key, other, collection.PropertyName, options.ClassName));
                continue;
            }

            if (!ClaimTypeNames(collection, types, location, diagnostics))
            {
                continue;
            }

            properties.Add(collection.PropertyName, propertyOwner);
            collections.Add(collection);
            summaries.Add(new CollectionSummary(collection.Name, collection.PropertyName, collection.Types[0].Name, collection.Origin, collection.Records.Count));
        }

        var entry = new EntryClassSpec(options.Namespace, options.ClassName, summaries.ToEquatableArray());
        return new DatasetResult(collections.ToEquatableArray(), entry, diagnostics.ToEquatableArray());
    }

    /// <summary>Reserves the collection's type names; on a clash the collection is left out (after an error), so no duplicate type is emitted.</summary>
    private static bool ClaimTypeNames(CollectionSpec collection, Dictionary<string, string> types, LocationInfo location, List<DiagnosticInfo> diagnostics)
    {
        var owner = $"the collection '{collection.Name}'";
        foreach (var type in collection.Types)
        {
            if (types.TryGetValue(type.Name, out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNameCollision, location, type.Name, owner, other!));
                return false;
            }
        }

        foreach (var type in collection.Types)
        {
            types[type.Name] = owner;
        }

        return true;
    }
}
