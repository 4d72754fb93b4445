using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// The last step of inference: gathers the bound files of each collection into its records (files
/// by path, then position), and runs the checks that need every record at once: each reference
/// names an id that exists, and each type declared in C# fits at least one value. A collection
/// in error gets no records. Cheap by design (it joins lines already written), because it re-runs
/// on every data edit.
/// </summary>
internal static class CollectionAssembler
{
    public static AssembledRecords Assemble(ImmutableArray<BoundFile?> files, DatasetResult dataset, CancellationToken cancellationToken)
    {
        var byCollection = new Dictionary<string, List<BoundFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file is null)
            {
                continue;
            }

            if (!byCollection.TryGetValue(file.Collection, out var list))
            {
                byCollection.Add(file.Collection, list = new List<BoundFile>());
            }

            list.Add(file);
        }

        var ids = new Dictionary<string, CollectionIds>(StringComparer.Ordinal);
        foreach (var collection in dataset.Ids)
        {
            ids[collection.Collection] = collection;
        }

        var idSets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var keySets = new Dictionary<(string Collection, string Property), HashSet<string>?>();

        // The files' own errors are reported here, with the collection's: one diagnostics output
        // rather than one per file, which would cost the driver a step per file on every edit.
        var diagnostics = new List<DiagnosticInfo>();
        var assembled = new List<CollectionRecords>(dataset.Collections.Count);
        foreach (var collection in dataset.Collections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!byCollection.TryGetValue(collection.Name, out var bound))
            {
                assembled.Add(CollectionRecords.None(collection.Name));
                continue;
            }

            PathOrder.Sort(bound, static f => f.DisplayPath);
            var hasErrors = collection.HasErrors;
            foreach (var file in bound)
            {
                diagnostics.AddRange(file.Diagnostics);
                hasErrors |= file.HasErrors;
                CheckReferences(collection, file, ids, idSets, diagnostics);
                CheckKeyReferences(collection, file, dataset, byCollection, keySets, diagnostics);
            }

            hasErrors |= ReportDeclarationsThatFitNothing(collection, bound, diagnostics);
            hasErrors |= ReportDuplicateKeys(collection, bound, diagnostics);
            if (hasErrors)
            {
                assembled.Add(CollectionRecords.None(collection.Name));
                continue;
            }

            assembled.Add(new CollectionRecords(collection.Name, Emission.CompiledDataWriter.Blocks(bound.ConvertAll(static f => f.Lines))));
        }

        return new AssembledRecords(assembled.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Every id a reference names must be one of the target collection's (DOS210, with the closest ids as a hint).</summary>
    private static void CheckReferences(CollectionSpec collection, BoundFile file, Dictionary<string, CollectionIds> ids, Dictionary<string, HashSet<string>> idSets, List<DiagnosticInfo> diagnostics)
    {
        foreach (var use in file.Uses)
        {
            if (use.TargetKeyProperty is not null || !ids.TryGetValue(use.TargetCollection, out var target))
            {
                continue; // the target was left out after an error of its own
            }

            if (!idSets.TryGetValue(use.TargetCollection, out var set))
            {
                idSets.Add(use.TargetCollection, set = new HashSet<string>(target.Ids, StringComparer.Ordinal));
            }

            if (!set.Contains(use.Id))
            {
                var closest = ClosestMatches.Find(use.Id, target.Ids);
                var hint = closest.Count == 0 ? string.Empty : "; the closest are " + string.Join(", ", closest.Select(c => "'" + c + "'"));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, use.Location, collection.Name, use.Id, use.TargetCollection, hint));
            }
        }
    }

    /// <summary>
    /// Every value a reference by a unique key names must be a value of that key in the target
    /// collection (DOS215, with the closest values as a hint). A target whose files are in error is
    /// not checked, nor one left out of the dataset (a clash or a broken declaration, reported): its
    /// keys are not all known, and its own errors fail the build.
    /// </summary>
    private static void CheckKeyReferences(CollectionSpec collection, BoundFile file, DatasetResult dataset, Dictionary<string, List<BoundFile>> byCollection, Dictionary<(string Collection, string Property), HashSet<string>?> keySets, List<DiagnosticInfo> diagnostics)
    {
        foreach (var use in file.Uses)
        {
            if (use.TargetKeyProperty is not { } property)
            {
                continue;
            }

            if (!keySets.TryGetValue((use.TargetCollection, property), out var keys))
            {
                keys = FindCollection(dataset, use.TargetCollection) is { HasErrors: false } ? KeysOf(use.TargetCollection, property, byCollection) : null;
                keySets.Add((use.TargetCollection, property), keys);
            }

            if (keys is null || keys.Contains(use.Id))
            {
                continue;
            }

            var key = FindCollection(dataset, use.TargetCollection)?.Types[0].Properties.FirstOrDefault(p => p.Name == property)?.Key ?? property;
            var closest = ClosestMatches.Find(use.Id, keys.OrderBy(static k => k, StringComparer.Ordinal));
            var hint = closest.Count == 0 ? string.Empty : "; the closest are " + string.Join(", ", closest.Select(c => "'" + c + "'"));
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingKeyReference, use.Location, collection.Name, key, use.Id, use.TargetCollection, hint));
        }
    }

    /// <summary>The values of a unique key across a collection's files, or null when they are not all known.</summary>
    private static HashSet<string>? KeysOf(string collection, string property, Dictionary<string, List<BoundFile>> byCollection)
    {
        if (!byCollection.TryGetValue(collection, out var files) || files.Exists(static f => f.HasErrors))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var use in file.Keys)
            {
                if (use.Property == property)
                {
                    keys.Add(use.Written);
                }
            }
        }

        return keys;
    }

    private static CollectionSpec? FindCollection(DatasetResult dataset, string name)
    {
        foreach (var collection in dataset.Collections)
        {
            if (collection.Name == name)
            {
                return collection;
            }
        }

        return null;
    }

    /// <summary>
    /// No two records may share a value of a <c>[DossierUnique]</c> key (DOS214, at the second,
    /// naming the first); null values were never collected. Records are met in data order.
    /// </summary>
    private static bool ReportDuplicateKeys(CollectionSpec collection, List<BoundFile> files, List<DiagnosticInfo> diagnostics)
    {
        var reported = false;
        var root = collection.Types[0];
        foreach (var property in root.Properties)
        {
            if (!property.IsUnique)
            {
                continue;
            }

            var first = new Dictionary<string, UniqueKeyUse>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var use in file.Keys)
                {
                    if (use.Property != property.Name)
                    {
                        continue;
                    }

                    if (first.TryGetValue(use.Compiled, out var earlier))
                    {
                        reported = true;
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicateUniqueKey,
                            use.Location,
                            property.Key,
                            use.Written,
                            collection.Name,
                            use.RecordId,
                            earlier.RecordId,
                            earlier.Location.ToFileLineColumn(),
                            root.Name + "." + property.Name));
                    }
                    else
                    {
                        first.Add(use.Compiled, use);
                    }
                }
            }
        }

        return reported;
    }

    /// <summary>A declared type that no value fits is a mistake in the declaration: say so at the declaration too (DOS213).</summary>
    private static bool ReportDeclarationsThatFitNothing(CollectionSpec collection, List<BoundFile> files, List<DiagnosticInfo> diagnostics)
    {
        var reported = false;
        var root = collection.Types[0];
        foreach (var property in root.Properties)
        {
            if (!property.IsDeclared || property.DeclaredAt is null)
            {
                continue;
            }

            var (fits, misfits, first) = (0, 0, (string?)null);
            foreach (var file in files)
            {
                foreach (var fit in file.Fits)
                {
                    if (fit.Property == property.Name)
                    {
                        fits += fit.Fits;
                        misfits += fit.Misfits;
                        first ??= fit.FirstMisfit;
                    }
                }
            }

            if (fits == 0 && misfits > 0)
            {
                reported = true;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DeclaredTypeFitsNoValue,
                    property.DeclaredAt,
                    root.Name + "." + property.Name,
                    DeclaredTypes.CSharpName(property.Type),
                    misfits.ToString(CultureInfo.InvariantCulture),
                    collection.Name + "." + property.Key,
                    first!));
            }
        }

        return reported;
    }
}
