using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Emission;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tooling;

/// <summary>
/// What the `dossier` tool reads of the generator's inferred schema. The tool runs the real
/// pipeline (a <see cref="DossierGenerator"/> made by <see cref="CreateGenerator"/>, through a
/// driver), and this class maps the dataset that run inferred to a small description, so that the
/// tool never re-implements inference and every coupling to the generator's internal model is in
/// this file.
/// </summary>
internal static class DossierEngine
{
    /// <summary>A generator that hands each run's dataset to <paramref name="observer"/>, for <see cref="Describe"/>.</summary>
    public static DossierGenerator CreateGenerator(DatasetObserver observer) => new(observer);

    /// <summary>Describes the dataset the observed generator last inferred.</summary>
    /// <returns>null before the generator has run.</returns>
    public static DatasetDescription? Describe(DatasetObserver observer)
    {
        if (observer.Dataset is not { } dataset)
        {
            return null;
        }

        var files = new Dictionary<string, List<(string Path, DataFileKind Kind)>>(StringComparer.Ordinal);
        foreach (var result in observer.Files)
        {
            if (result.File is { } parsed)
            {
                if (!files.TryGetValue(parsed.File.Collection, out var list))
                {
                    files.Add(parsed.File.Collection, list = new List<(string, DataFileKind)>());
                }

                list.Add((parsed.File.DisplayPath, parsed.File.Kind));
            }
        }

        var ids = dataset.Ids.AsSpan().ToArray().ToDictionary(i => i.Collection, i => (IReadOnlyList<string>)i.Ids.AsSpan().ToArray(), StringComparer.Ordinal);
        var collections = new List<CollectionDescription>();
        foreach (var collection in dataset.Collections.AsSpan().ToArray().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            files.TryGetValue(collection.Name, out var collectionFiles);
            collectionFiles ??= new List<(string, DataFileKind)>();
            collections.Add(new CollectionDescription(
                collection.Name,
                collection.PropertyName,
                collection.SetClassName is { } setClass ? dataset.EntryClass.ClassName + "." + setClass : null,
                collection.TypesNamespace,
                Unqualify(TypeSpec.Qualify(collection.TypesNamespace, collection.Types[0].Name)),
                collection.Origin,
                collection.RecordCount,
                collection.HasErrors,
                ids.TryGetValue(collection.Name, out var collectionIds) ? collectionIds : Array.Empty<string>(),
                collectionFiles.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                collectionFiles.Select(f => ToLayout(f.Kind)).Distinct().OrderBy(k => k).ToArray(),
                collection.Types.AsSpan().ToArray().Select(t => DescribeType(collection, t)).ToArray()));
        }

        return new DatasetDescription(dataset.EntryClass.Namespace, dataset.EntryClass.ClassName, collections);
    }

    private static RecordTypeDescription DescribeType(CollectionSpec collection, RecordTypeSpec type) =>
        new(
            type.Name,
            Unqualify(TypeSpec.Qualify(collection.TypesNamespace, type.Name)),
            CollectionEmitter.TypeSummary(collection, type),
            type.IsRoot,
            type.Properties.AsSpan().ToArray().Select(p => new PropertyDescription(
                p.Name,
                p.Key,
                Unqualify(p.Type.ToDisplay(collection.TypesNamespace)),
                DescribeValue(p.Type),
                p.Example,
                p.IsDeclared,
                p.IsUnique ? PropertySpec.LookupName(p.Name) : null,
                p.Reference is { } r ? new ReferenceDescription(r.TargetCollection, Unqualify(r.TargetRecord), r.IsMany, r.NavigationName, r.TargetKey) : null)).ToArray(),
            type.Inverses.AsSpan().ToArray().Select(i => new InverseDescription(i.Name, i.SourceCollection, i.SourceKey, Unqualify(i.SourceRecord))).ToArray());

    private static ValueDescription DescribeValue(TypeSpec type) =>
        new(
            type.Kind switch
            {
                DataTypeKind.Boolean => ValueKind.Boolean,
                DataTypeKind.Int32 => ValueKind.Int32,
                DataTypeKind.Int64 => ValueKind.Int64,
                DataTypeKind.Decimal => ValueKind.Decimal,
                DataTypeKind.Double => ValueKind.Double,
                DataTypeKind.String => ValueKind.String,
                DataTypeKind.DateOnly => ValueKind.Date,
                DataTypeKind.DateTimeOffset => ValueKind.DateTime,
                DataTypeKind.Record => ValueKind.Record,
                DataTypeKind.List => ValueKind.List,
                DataTypeKind.Enum => ValueKind.Enum,
                _ => ValueKind.Sections,
            },
            type.IsNullable,
            type.Kind == DataTypeKind.Record ? type.RecordName : null,
            type.Element is null ? null : DescribeValue(type.Element),
            type.Kind == DataTypeKind.Enum ? type.EnumMembers.AsSpan().ToArray() : Array.Empty<string>());

    private static FileLayout ToLayout(DataFileKind kind) => kind switch
    {
        DataFileKind.JsonArray => FileLayout.JsonArray,
        DataFileKind.JsonRecord => FileLayout.JsonRecord,
        DataFileKind.MarkdownRecord => FileLayout.MarkdownRecord,
        DataFileKind.YamlArray => FileLayout.YamlArray,
        DataFileKind.YamlRecord => FileLayout.YamlRecord,
        DataFileKind.CsvTable => FileLayout.CsvTable,
        DataFileKind.TsvTable => FileLayout.TsvTable,
        _ => FileLayout.MarkdownTable,
    };

    private static string Unqualify(string name) => name.Replace("global::", string.Empty);
}

/// <summary>The dataset a build would generate: its entry class and collections (sorted by name).</summary>
internal sealed record DatasetDescription(string Namespace, string ClassName, IReadOnlyList<CollectionDescription> Collections);

/// <summary>A collection as the tool shows it.</summary>
/// <param name="Name">Its name on disk (<c>trade-figures</c>).</param>
/// <param name="PropertyName">Its property on the entry class.</param>
/// <param name="SetClass">For a collection with unique keys, its record set class (<c>Dataset.CountriesSet</c>), derived from <c>RecordSet&lt;T&gt;</c>; null for a plain <c>RecordSet&lt;T&gt;</c>.</param>
/// <param name="RecordType">The root record type, fully qualified.</param>
/// <param name="Origin">The files it is read from, as the docs say it (<c>data/meetings/*.md</c>).</param>
/// <param name="Files">The display paths of its files, sorted.</param>
/// <param name="Layouts">How its files hold records (one kind, unless the data mixes them).</param>
/// <param name="Types">The root record type first, then the nested ones.</param>
internal sealed record CollectionDescription(
    string Name,
    string PropertyName,
    string? SetClass,
    string Namespace,
    string RecordType,
    string Origin,
    int RecordCount,
    bool HasErrors,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Files,
    IReadOnlyList<FileLayout> Layouts,
    IReadOnlyList<RecordTypeDescription> Types);

/// <summary>How a file holds a collection's records.</summary>
internal enum FileLayout
{
    /// <summary><c>data/name.json</c>, an array of objects.</summary>
    JsonArray,

    /// <summary><c>data/name/*.json</c>, one object.</summary>
    JsonRecord,

    /// <summary><c>data/name/*.md</c>, front matter and markdown.</summary>
    MarkdownRecord,

    /// <summary><c>data/name.md</c>, a pipe table.</summary>
    MarkdownTable,

    /// <summary><c>data/name.yaml</c> or <c>.yml</c>, a sequence of mappings.</summary>
    YamlArray,

    /// <summary><c>data/name/*.yaml</c> or <c>*.yml</c>, one mapping.</summary>
    YamlRecord,

    /// <summary><c>data/name.csv</c>, comma-separated values.</summary>
    CsvTable,

    /// <summary><c>data/name.tsv</c>, tab-separated values.</summary>
    TsvTable,
}

/// <summary>A generated (or declared) record type.</summary>
/// <param name="Summary">The XML doc summary the generated type carries.</param>
internal sealed record RecordTypeDescription(
    string Name,
    string FullName,
    string Summary,
    bool IsRoot,
    IReadOnlyList<PropertyDescription> Properties,
    IReadOnlyList<InverseDescription> Inverses);

/// <summary>A property of a record type.</summary>
/// <param name="Key">The data key it is read from.</param>
/// <param name="CSharpType">Its C# type as generated, fully qualified, with <c>?</c> when nullable.</param>
/// <param name="IsDeclared">Declared in C# by the user (bound and checked, not generated).</param>
/// <param name="Lookup">For a property declared <c>[DossierUnique]</c>, a key of the collection, its lookup on the record set (<c>ByIsoCode</c>); null otherwise.</param>
internal sealed record PropertyDescription(
    string Name,
    string Key,
    string CSharpType,
    ValueDescription Value,
    string? Example,
    bool IsDeclared,
    string? Lookup,
    ReferenceDescription? Reference);

/// <summary>The kind of a property's values.</summary>
internal enum ValueKind
{
    Boolean,
    Int32,
    Int64,
    Decimal,
    Double,
    String,
    Date,
    DateTime,
    Record,
    List,
    Enum,
    Sections,
}

/// <summary>A property's or an element's type.</summary>
/// <param name="RecordName">For <see cref="ValueKind.Record"/>, the nested record type's name.</param>
/// <param name="Element">For <see cref="ValueKind.List"/>, the elements' type.</param>
/// <param name="EnumMembers">For <see cref="ValueKind.Enum"/>, the declared enum's member names.</param>
internal sealed record ValueDescription(ValueKind Kind, bool IsNullable, string? RecordName, ValueDescription? Element, IReadOnlyList<string> EnumMembers);

/// <summary>A property that holds ids of another collection's records, and the navigation it gains.</summary>
/// <param name="TargetKey">For a reference by a unique key, the key (<c>isoCode</c>) whose values it holds instead of ids.</param>
internal sealed record ReferenceDescription(string TargetCollection, string TargetRecord, bool IsMany, string NavigationName, string? TargetKey);

/// <summary>An inverse navigation: the records of another collection that refer to this one.</summary>
internal sealed record InverseDescription(string Name, string SourceCollection, string SourceKey, string SourceRecord);
