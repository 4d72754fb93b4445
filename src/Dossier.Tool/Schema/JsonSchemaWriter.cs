using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Generators.Parsing;
using Dossier.Generators.Tooling;

namespace Dossier.Tool.Schema;

/// <summary>One schema file: its name in the schema folder, the files it describes, and its text.</summary>
/// <param name="FileMatch">
/// The data files it applies to, relative to the data folder's parent (<c>data/meetings/*.json</c>,
/// <c>data/meetings/*.yaml</c>): JSON and YAML files of one shape share a schema, and each pattern's
/// extension says which editor setting it goes to.
/// </param>
internal sealed record SchemaFile(string Collection, string FileName, IReadOnlyList<string> FileMatch, string Json);

/// <summary>What a schema describes: a file of records, one record, or the front matter of a markdown record.</summary>
internal enum SchemaShape
{
    /// <summary><c>name.json</c>, <c>name.yaml</c>: an array (a YAML sequence) of records.</summary>
    Array,

    /// <summary><c>name/*.json</c>, <c>name/*.yaml</c>: one record.</summary>
    Record,

    /// <summary><c>name/*.md</c>: the YAML front matter of a markdown record.</summary>
    FrontMatter,
}

/// <summary>
/// Writes JSON Schemas (draft 2020-12) for the collections the generator inferred: an array
/// schema for <c>name.json</c> and <c>name.yaml</c>, an object schema for <c>name/*.json</c> and
/// <c>name/*.yaml</c>, and a schema of the front matter for <c>name/*.md</c>. New keys stay allowed
/// (they add properties); what the build would reject is what the schema rejects: a value of
/// another type, a missing required value, an id that names no record.
/// </summary>
internal static partial class JsonSchemaWriter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Above this many ids, a reference is described instead of listing them (an editor's completion list stays usable).</summary>
    public const int MaxEnumeratedIds = 500;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SchemaFile> Write(DatasetDescription dataset)
    {
        var ids = dataset.Collections.ToDictionary(c => c.Name, c => c.Ids, StringComparer.Ordinal);
        var files = new List<SchemaFile>();
        foreach (var collection in dataset.Collections)
        {
            var folder = FolderOf(collection);
            var arrays = new List<string>();
            var records = new List<string>();
            foreach (var layout in collection.Layouts)
            {
                switch (layout)
                {
                    case FileLayout.JsonArray:
                        arrays.Add(folder + collection.Name + ".json");
                        break;
                    case FileLayout.YamlArray:
                        // name.yaml or name.yml: the files say which (both, if both are there).
                        arrays.AddRange(collection.Files.Where(f => f.IndexOf('/', folder.Length) < 0 && DataFileClassifier.IsYaml(f)));
                        break;
                    case FileLayout.JsonRecord:
                        records.Add(folder + collection.Name + "/*.json");
                        break;
                    case FileLayout.YamlRecord:
                        records.Add(folder + collection.Name + "/*.yaml");
                        records.Add(folder + collection.Name + "/*.yml");
                        break;
                    case FileLayout.MarkdownRecord:
                        files.Add(Create(collection, SchemaShape.FrontMatter, collection.Name + ".frontmatter.schema.json", [folder + collection.Name + "/*.md"], ids));
                        break;
                    default:
                        // A pipe table, a CSV or a TSV file is not JSON or YAML: no editor validates it against a JSON Schema.
                        break;
                }
            }

            if (arrays.Count > 0)
            {
                files.Add(Create(collection, SchemaShape.Array, collection.Name + ".schema.json", arrays, ids));
            }

            if (records.Count > 0)
            {
                var name = arrays.Count > 0 ? collection.Name + ".record.schema.json" : collection.Name + ".schema.json";
                files.Add(Create(collection, SchemaShape.Record, name, records, ids));
            }
        }

        return files.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The data folder as the collection's display paths name it, with a trailing slash
    /// (<c>data/</c>): display paths start at the data folder's own name, so it is their first segment.
    /// </summary>
    private static string FolderOf(CollectionDescription collection)
    {
        var origin = collection.Files.Count > 0 ? collection.Files[0] : collection.Origin;
        return origin[..(origin.IndexOf('/') + 1)];
    }

    private static SchemaFile Create(CollectionDescription collection, SchemaShape shape, string fileName, IReadOnlyList<string> fileMatch, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
    {
        var root = collection.Types[0];
        var definitions = new JsonObject();
        foreach (var type in collection.Types.Skip(1).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            definitions[type.Name] = RecordSchema(type, shape, isRoot: false, ids);
        }

        var record = RecordSchema(root, shape, isRoot: true, ids);
        var files = string.Join(", ", fileMatch);
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = shape switch
            {
                SchemaShape.Array => $"{collection.Name}: the records of {files}",
                SchemaShape.Record => $"{collection.Name}: one record of {files}",
                _ => $"{collection.Name}: the YAML front matter of {files}",
            },
        };
        if (shape == SchemaShape.Array)
        {
            schema["description"] = $"An array of {root.Name} records (Dossier collection '{collection.Name}').";
            schema["type"] = "array";
            schema["items"] = record;
        }
        else
        {
            foreach (var pair in record.ToList())
            {
                record.Remove(pair.Key);
                schema[pair.Key] = pair.Value;
            }
        }

        if (definitions.Count > 0)
        {
            schema["$defs"] = definitions;
        }

        return new SchemaFile(collection.Name, fileName, fileMatch, schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n");
    }

    private static JsonObject RecordSchema(RecordTypeDescription type, SchemaShape shape, bool isRoot, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        var frontMatter = shape == SchemaShape.FrontMatter && isRoot;
        if (isRoot)
        {
            if (shape == SchemaShape.Record)
            {
                properties[Dossier.Generators.Parsing.JsonDataParser.SchemaKey] = new JsonObject { ["type"] = "string", ["description"] = "The JSON Schema of this file, for editors. Dossier ignores this key." };
            }

            properties["id"] = new JsonObject
            {
                ["type"] = "string",
                ["minLength"] = 1,
                ["description"] = shape == SchemaShape.Array
                    ? "The record's id, unique within the collection."
                    : "The record's id, unique within the collection (default: the file name without its extension).",
            };
            if (shape == SchemaShape.Array)
            {
                required.Add("id");
            }
        }

        foreach (var property in type.Properties)
        {
            // A markdown record's body, title and sections come from the markdown, not the front matter.
            if (frontMatter && property.Key is "body" or "sections")
            {
                continue;
            }

            if (property.Value.Kind == ValueKind.Sections)
            {
                continue;
            }

            properties[property.Key] = PropertySchema(property, ids);
            // In front matter nothing is required: the title may be the first heading, and a
            // table under a heading gives a property too.
            if (!property.Value.IsNullable && !frontMatter)
            {
                required.Add(property.Key);
            }
        }

        var schema = new JsonObject { ["type"] = "object" };
        var summary = PlainText(type.Summary);
        if (summary.Length > 0)
        {
            schema["description"] = summary;
        }

        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        return schema;
    }

    private static JsonObject PropertySchema(PropertyDescription property, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
    {
        var schema = property.Reference is { } reference
            ? ReferenceSchema(reference, property.Value, ids)
            : ValueSchema(property.Value);
        var description = property.Reference is { } r
            ? r.TargetKey is { } key
                ? $"{(r.IsMany ? $"The {key} values of records" : $"The {key} of a record")} of '{r.TargetCollection}' ({property.Name}; navigation {r.NavigationName})."
                : $"{(r.IsMany ? "Ids of records" : "The id of a record")} of '{r.TargetCollection}' ({property.Name}; navigation {r.NavigationName})."
            : $"The '{property.Key}' value ({property.CSharpType}).";
        if (property.Example is { } example && property.Value.Kind is not (ValueKind.Record or ValueKind.List))
        {
            description += " Example: " + (example.Length > 60 ? example[..60] + "..." : example);
        }

        schema["description"] = description;
        return schema;
    }

    private static JsonObject ReferenceSchema(ReferenceDescription reference, ValueDescription value, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
    {
        // A reference by a unique key holds key values, not ids: those are not enumerated, so any non-empty string is offered.
        IReadOnlyList<string>? targetIds = null;
        if (reference.TargetKey is null)
        {
            ids.TryGetValue(reference.TargetCollection, out targetIds);
            targetIds ??= Array.Empty<string>();
        }

        JsonObject Id(bool nullable)
        {
            var id = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string" };
            if (targetIds is not null && targetIds.Count <= MaxEnumeratedIds)
            {
                var members = new JsonArray();
                foreach (var target in targetIds.Order(StringComparer.Ordinal))
                {
                    members.Add(target);
                }

                if (nullable)
                {
                    members.Add(null);
                }

                id["enum"] = members;
            }
            else
            {
                id["minLength"] = 1;
            }

            return id;
        }

        if (!reference.IsMany)
        {
            return Id(value.IsNullable);
        }

        return new JsonObject
        {
            ["type"] = value.IsNullable ? new JsonArray("array", "null") : "array",
            ["items"] = Id(value.Element?.IsNullable ?? false),
        };
    }

    private static JsonObject ValueSchema(ValueDescription value)
    {
        if (value.Kind == ValueKind.Record)
        {
            var reference = new JsonObject { ["$ref"] = "#/$defs/" + value.RecordName };
            return value.IsNullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
        }

        var (type, format) = value.Kind switch
        {
            ValueKind.Boolean => ("boolean", null),
            ValueKind.Int32 or ValueKind.Int64 => ("integer", null),
            ValueKind.Decimal or ValueKind.Double => ("number", null),
            ValueKind.Date => ("string", "date"),
            ValueKind.DateTime => ("string", "date-time"),
            ValueKind.List => ("array", null),
            _ => ("string", (string?)null),
        };
        var schema = new JsonObject { ["type"] = value.IsNullable ? new JsonArray(type, "null") : type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (value.Kind == ValueKind.Int32)
        {
            schema["minimum"] = int.MinValue;
            schema["maximum"] = int.MaxValue;
        }

        if (value.Kind == ValueKind.Enum && value.EnumMembers.Count > 0)
        {
            // Dossier accepts a member's name in any case (held, Held): a case-insensitive pattern
            // accepts exactly that, and the examples give editors the names to complete.
            schema["pattern"] = "^(?:" + string.Join("|", value.EnumMembers.Select(CaseInsensitive)) + ")$";
            var examples = new JsonArray();
            foreach (var member in value.EnumMembers)
            {
                examples.Add(char.ToLowerInvariant(member[0]) + member[1..]);
            }

            schema["examples"] = examples;
        }

        if (value.Kind == ValueKind.List && value.Element is { } element)
        {
            schema["items"] = ValueSchema(element);
        }

        return schema;
    }

    /// <summary>A pattern that matches <paramref name="name"/> in any case (ECMA-262 patterns have no case-insensitive flag).</summary>
    private static string CaseInsensitive(string name) =>
        string.Concat(name.Select(c => char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : Regex.Escape(c.ToString())));

    /// <summary>An XML doc summary as plain text: the tags dropped, the entities decoded.</summary>
    private static string PlainText(string summary) =>
        WebUtility.HtmlDecode(XmlTag().Replace(summary, match =>
            match.Value.StartsWith("<see cref=\"", StringComparison.Ordinal) ? match.Value[11..^3].Replace("global::", string.Empty) : string.Empty)).Trim();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlTag();
}
