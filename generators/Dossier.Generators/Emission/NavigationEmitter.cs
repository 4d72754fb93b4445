using System.Linq;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emission;

/// <summary>
/// Writes the members that link records across collections: forward navigations resolved by id
/// through the target's record set, inverse navigations backed by an index built once, and a
/// <c>PrintMembers</c> that leaves navigations out (a record's generated one would print them,
/// and follow cycles such as country → officials → country forever).
/// </summary>
internal static class NavigationEmitter
{
    public static bool HasNavigations(RecordTypeSpec type) =>
        type.Inverses.Count > 0 || type.Properties.Any(p => p.Reference is not null);

    /// <summary>The summary of a property that holds ids (or values of a unique key).</summary>
    public static string IdSummary(PropertySpec property, ReferenceSpec reference) =>
        (reference.TargetKey is { } key ? $"The <c>{DocText.Escape(key)}</c> key{(reference.IsMany ? "s" : string.Empty)}" : $"The id{(reference.IsMany ? "s" : string.Empty)}")
        + $" of the <c>{DocText.Escape(property.Key)}</c> value: "
        + $"{(reference.IsMany ? "records" : "a record")} of the <c>{DocText.Escape(reference.TargetCollection)}</c> collection"
        + $"{(property.Type.IsNullable ? ", or <see langword=\"null\"/> where a record has none" : string.Empty)}. "
        + $"Checked at build time; <see cref=\"{reference.NavigationName}\"/> resolves {(reference.IsMany ? "them" : "it")}.";

    public static void EmitNavigations(SourceWriter writer, CollectionSpec collection, RecordTypeSpec type)
    {
        var entry = TypeSpec.Qualify(collection.Namespace, collection.ClassName);
        foreach (var property in type.Properties)
        {
            if (property.Reference is not { } reference)
            {
                continue;
            }

            var target = reference.TargetRecord;
            var set = entry + "." + reference.TargetProperty + (reference.TargetKeyProperty is { } key ? "." + PropertySpec.LookupName(key) : string.Empty);
            var nullable = property.Type.IsNullable;
            writer.WriteLine();
            if (reference.IsMany)
            {
                writer.WriteLine($"/// <summary>The <see cref=\"{target}\"/> records that <see cref=\"{property.Name}\"/> names, in that order; resolved on each access.</summary>");
                var type1 = $"global::Dossier.ValueList<{target}>" + (nullable ? "?" : string.Empty);
                var body = nullable ? $"{property.Name} is null ? null : {set}.GetMany({property.Name})" : $"{set}.GetMany({property.Name})";
                writer.WriteLine($"{Access(reference.TargetIsPublic)} {type1} {reference.NavigationName} => {body};");
            }
            else
            {
                writer.WriteLine($"/// <summary>The <see cref=\"{target}\"/> that <see cref=\"{property.Name}\"/> names.</summary>");
                var body = nullable ? $"{property.Name} is null ? null : {set}.Get({property.Name})" : $"{set}.Get({property.Name})";
                writer.WriteLine($"{Access(reference.TargetIsPublic)} {target}{(nullable ? "?" : string.Empty)} {reference.NavigationName} => {body};");
            }
        }

        foreach (var inverse in type.Inverses)
        {
            var source = inverse.SourceRecord;
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The <c>{DocText.Escape(inverse.SourceCollection)}</c> records whose <c>{DocText.Escape(inverse.SourceKey)}</c> names this record, in data order (indexed once, on first use).</summary>");
            var key = inverse.TargetKeyProperty ?? "Id";
            var body = inverse.TargetKeyIsNullable
                ? $"{key} is null ? global::Dossier.ValueList<{source}>.Empty : {entry}.{inverse.LookupMethod}[{key}]"
                : $"{entry}.{inverse.LookupMethod}[{key}]";
            writer.WriteLine($"{Access(inverse.SourceIsPublic)} global::Dossier.ValueList<{source}> {inverse.Name} => {body};");
        }

        EmitPrintMembers(writer, type);
    }

    /// <summary>A member that exposes a type declared internal in C# must be internal too (CS0053).</summary>
    internal static string Access(bool exposesPublicType) => exposesPublicType ? "public" : "internal";

    private static void EmitPrintMembers(SourceWriter writer, RecordTypeSpec type)
    {
        if (type.Declaration.EndsWith("class", System.StringComparison.Ordinal))
        {
            return; // a class prints nothing by itself
        }

        // A record open to inheritance must let derived records extend the printout.
        var modifiers = type.Declaration.Contains("sealed") ? "private" : "protected virtual";
        writer.WriteLine();
        writer.WriteLine("/// <summary>Prints the record's data, not its navigations: they would repeat other records, and can cycle.</summary>");
        writer.OpenBlock($"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)");
        var first = true;
        var members = (type.IsRoot ? new[] { "Id", "Source" } : new string[0]).Concat(type.Properties.Select(p => p.Name));
        foreach (var member in members)
        {
            writer.WriteLine($"builder.Append(\"{(first ? string.Empty : ", ")}{member} = \").Append((object?){member});");
            first = false;
        }

        writer.WriteLine($"return {(first ? "false" : "true")};");
        writer.CloseBlock();
    }

    /// <summary>The indexes behind other collections' inverse navigations to this one's records.</summary>
    public static void EmitInverseIndexes(SourceWriter writer, CollectionSpec collection, string recordType)
    {
        foreach (var index in collection.InverseIndexes)
        {
            var lookupType = $"global::Dossier.RecordLookup<{recordType}>";
            var factory = index.IsMany ? "CreateMany" : "Create";
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The <c>{DocText.Escape(collection.Name)}</c> records grouped by <see cref=\"{recordType}.{index.IdProperty}\"/>; backs an inverse navigation.</summary>");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine($"internal static {lookupType} {index.LookupMethod} => {index.LookupMethod}Holder.Value;");
            writer.WriteLine();
            writer.OpenBlock($"private static class {index.LookupMethod}Holder");
            writer.WriteLine($"internal static readonly {lookupType} Value = {lookupType}.{factory}({collection.PropertyName}, static record => record.{index.IdProperty});");
            writer.CloseBlock();
        }
    }
}
