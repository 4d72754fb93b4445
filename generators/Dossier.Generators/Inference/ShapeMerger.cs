using System;
using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// The schema step's first job, per collection: the files' shapes (<see cref="ShapeReader"/>)
/// merged in path order into the collection's builders, and ids checked across files. Conflicts
/// are errors at the offending value; nothing falls back silently to a wider type. The merging
/// rules themselves are <see cref="TypeBuilder"/>'s, shared with the per-file shape reader.
/// </summary>
internal sealed class ShapeMerger
{
    private readonly string _collection;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;

    public ShapeMerger(string collection, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _collection = collection;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Merges <paramref name="files"/> (sorted by path) into <paramref name="root"/>; returns the ids in data order, and whether a file is in error.</summary>
    public (List<string> Ids, bool HasErrors) Merge(IReadOnlyList<FileShape> files, ObjectBuilder root)
    {
        var count = 0;
        foreach (var file in files)
        {
            count += file.Ids.Count;
        }

        var ids = new Dictionary<string, LocationInfo>(count, StringComparer.Ordinal);
        var order = new List<string>(count);
        var hasErrors = false;
        foreach (var file in files)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            hasErrors |= file.HasErrors;
            foreach (var id in file.Ids)
            {
                if (ids.TryGetValue(id.Id, out var first))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, id.Id, _collection, first.ToFileLineColumn()));
                    continue;
                }

                ids.Add(id.Id, id.Location);
                order.Add(id.Id);
            }

            MergeObjectShape(root, file.Root, new ValuePath(null, _collection));
        }

        return (order, hasErrors);
    }

    /// <summary>Merges one file's shape into the collection's, with the same checks as values get within a file.</summary>
    private void MergeObjectShape(ObjectBuilder target, ObjectShape source, ValuePath path)
    {
        target.Count += source.Count;
        for (var i = 0; i < source.Properties.Count; i++)
        {
            // Files of a collection mostly list the same keys in the same order: match by position
            // first, and look the name up only when that fails.
            var property = source.Properties[i];
            var builder = i < target.Properties.Count && string.Equals(target.Properties[i].Name, property.Name, StringComparison.Ordinal) ? target.Properties[i] : null;
            if (builder is not null || target.ByName.TryGetValue(property.Name, out builder))
            {
                if (!string.Equals(builder.Key, property.Key, StringComparison.Ordinal))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, property.KeyLocation, builder.Key, property.Key, property.Name, target.TypeName));
                    ReportOtherSpellings(target, builder, property);
                    continue;
                }
            }
            else
            {
                builder = new PropertyBuilder(property.Key, property.Name, property.KeyLocation) { IsSections = property.IsSections };
                target.ByName.Add(property.Name, builder);
                target.Properties.Add(builder);
            }

            ReportOtherSpellings(target, builder, property);

            if (builder.IsSections != property.IsSections)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TypeConflict,
                    property.Type.FirstLocation ?? property.KeyLocation,
                    path.Append(property.Key).ToString(),
                    property.IsSections ? "markdown sections" : ValueDescriptions.Of(property.Type.Shape),
                    builder.IsSections ? "markdown sections" : "data",
                    builder.KeyLocation.ToFileLineColumn()));
                continue;
            }

            builder.Present += property.Present;
            if (!property.IsSections)
            {
                MergeTypeShape(builder.Type, property.Type, path, property.Key);
            }
        }
    }

    /// <param name="key">The key below <paramref name="path"/> (null for an array's items): the path is built only for an error.</param>
    private void MergeTypeShape(TypeBuilder target, TypeShape source, ValuePath path, string? key)
    {
        target.SawNull |= source.SawNull;
        if (source.Shape == DataValueKind.Null)
        {
            return; // nulls only
        }

        if (!target.Adopt(source.Shape, source.FirstLocation, source.Example))
        {
            ReportConflict(target, source.Shape, source.FirstLocation!.Value, path, key);
        }

        // The file's values of other kinds: an error each (at the first of its kind in the file)
        // unless it is the collection's kind.
        foreach (var other in source.OtherKinds)
        {
            if (other.Kind != target.Shape)
            {
                ReportConflict(target, other.Kind, other.Location, path, key);
            }
        }

        if (target.Shape != source.Shape)
        {
            return;
        }

        switch (source.Shape)
        {
            case DataValueKind.Number:
                target.WidenNumber(source.Number);
                break;
            case DataValueKind.String:
                target.NarrowStrings(source.AllDates, source.AllDateTimeOffsets);
                break;
            case DataValueKind.Object:
                target.Object ??= new ObjectBuilder(string.Empty);
                MergeObjectShape(target.Object, source.Object ?? ObjectShape.Empty, path.Append(key));
                break;
            case DataValueKind.Array:
                target.Element ??= new TypeBuilder();
                if (source.Element is not null)
                {
                    MergeTypeShape(target.Element, source.Element, path.Append(key), null);
                }

                break;
        }
    }

    private void ReportConflict(TypeBuilder target, DataValueKind kind, LocationInfo location, ValuePath path, string? key) =>
        _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.TypeConflict,
            location,
            path.Append(key).ToString(),
            ValueDescriptions.Of(kind),
            ValueDescriptions.Of(target.Shape),
            target.FirstLocation!.Value.ToFileLineColumn()));

    /// <summary>Other spellings of a key in one file (<c>valid_from</c> beside <c>validFrom</c>): an error each unless it is the collection's spelling.</summary>
    private void ReportOtherSpellings(ObjectBuilder target, PropertyBuilder builder, PropertyShape property)
    {
        foreach (var spelling in property.OtherSpellings)
        {
            if (!string.Equals(spelling.Key, builder.Key, StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNameCollision, spelling.Location, builder.Key, spelling.Key, property.Name, target.TypeName));
            }
        }
    }
}
