using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Helpers;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// Links references across collections once all are inferred: fills in each reference's target
/// record type, and gives every target record an inverse navigation per referring property
/// (<c>Country.Officials</c>), backed by an index on the referring collection.
/// </summary>
internal static class ReferenceLinker
{
    public static List<CollectionSpec> Link(List<CollectionSpec> collections)
    {
        var rootNames = collections.ToDictionary(c => c.Name, c => TypeSpec.Qualify(c.TypesNamespace, c.Types[0].Name), StringComparer.Ordinal);
        var isPublic = collections.ToDictionary(c => c.Name, c => c.IsPublic, StringComparer.Ordinal);

        // Forward references: name the target type, or drop the reference when its target was
        // left out of the dataset (a name clash, already reported), so no dangling type is emitted.
        var linked = collections.Select(c => c with
        {
            Types = c.Types.Select(t => t with
            {
                Properties = t.Properties.Select(p => p.Reference is not { } r ? p
                    : rootNames.TryGetValue(r.TargetCollection, out var target) ? p with { Reference = r with { TargetRecord = target, TargetIsPublic = isPublic[r.TargetCollection] } }
                    : p with { Reference = null }).ToEquatableArray(),
            }).ToEquatableArray(),
        }).ToList();

        // Inverse navigations, for references held by root records (nested records are not in a record set).
        var inverses = new Dictionary<string, List<InverseSpec>>(StringComparer.Ordinal);
        for (var i = 0; i < linked.Count; i++)
        {
            var source = linked[i];
            var root = source.Types[0];
            var references = root.Properties.Where(p => p.Reference is not null).ToList();
            var indexes = new List<InverseIndexSpec>();
            foreach (var property in references)
            {
                var reference = property.Reference!;
                var target = linked.First(c => c.Name == reference.TargetCollection);
                var lookup = source.PropertyName + "By" + property.Name;
                var lookupMember = "__" + lookup; // data never yields "__": PascalCase drops underscores
                var sameTarget = references.Count(p => p.Reference!.TargetCollection == reference.TargetCollection);
                var name = sameTarget == 1 ? source.PropertyName : lookup;
                if (!inverses.TryGetValue(target.Name, out var list))
                {
                    inverses.Add(target.Name, list = new List<InverseSpec>());
                }

                var taken = MemberNames(target.Types[0]).Concat(list.Select(l => l.Name)).ToList();
                if (taken.Contains(name))
                {
                    name = lookup;
                }

                if (taken.Contains(name) || name == target.Types[0].Name)
                {
                    continue; // no free name: the forward navigation is still there
                }

                var targetKey = reference.TargetKeyProperty is { } keyProperty ? target.Types[0].Properties.First(p => p.Name == keyProperty) : null;
                list.Add(new InverseSpec(name, TypeSpec.Qualify(source.TypesNamespace, root.Name), source.Name, property.Key, lookupMember, source.IsPublic, targetKey?.Name, targetKey?.Type.IsNullable ?? false));
                indexes.Add(new InverseIndexSpec(lookupMember, property.Name, reference.IsMany));
            }

            linked[i] = source with { InverseIndexes = indexes.ToEquatableArray() };
        }

        return linked.Select(c => inverses.TryGetValue(c.Name, out var list)
            ? c with { Types = c.Types.Select((t, index) => index == 0 ? t with { Inverses = list.ToEquatableArray() } : t).ToEquatableArray() }
            : c).ToList();
    }

    private static IEnumerable<string> MemberNames(RecordTypeSpec type)
    {
        yield return "Id";
        yield return "Source";
        foreach (var property in type.Properties)
        {
            yield return property.Name;
            if (property.Reference is { } reference)
            {
                yield return reference.NavigationName;
            }
        }
    }
}
