using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Tool.Schema;

/// <summary>A schema and the files it applies to (patterns from the workspace folder, <c>/data/items/*.json</c>).</summary>
internal sealed record SchemaAssociation(IReadOnlyList<string> FileMatch, string Url);

/// <summary>
/// Merges schema associations into VS Code's <c>.vscode/settings.json</c>: JSON files into
/// <c>json.schemas</c> (VS Code's own JSON support), YAML files into <c>yaml.schemas</c> (read by
/// Red Hat's YAML extension, an object from the schema's path to the files it applies to). Every
/// other setting stays as it was, and so do entries that point elsewhere; Dossier's own entries
/// (those whose schema is in the schema folder) are replaced. A settings file with comments is not
/// rewritten (a JSON writer would drop them): the entries to add are returned instead.
/// </summary>
internal static class VsCodeSettings
{
    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The outcome: written, or why not (with the JSON to paste).</summary>
    public sealed record Result(bool Written, string Path, string? Reason, string Snippet);

    public const string JsonKey = "json.schemas";

    public const string YamlKey = "yaml.schemas";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Result Merge(string settingsPath, IReadOnlyList<SchemaAssociation> json, IReadOnlyList<SchemaAssociation> yaml, string schemaUrlPrefix)
    {
        var snippetObject = new JsonObject { [JsonKey] = ToArray(json) };
        if (yaml.Count > 0)
        {
            snippetObject[YamlKey] = ToObject(yaml);
        }

        var snippet = snippetObject.ToJsonString(Indented);
        JsonObject settings;
        if (File.Exists(settingsPath))
        {
            var text = File.ReadAllText(settingsPath);
            if (HasComments(text))
            {
                return new Result(false, settingsPath, "it has comments, which rewriting it would lose", snippet);
            }

            JsonNode? parsed;
            try
            {
                parsed = text.Trim().Length == 0 ? new JsonObject() : JsonNode.Parse(text, documentOptions: ReadOptions);
            }
            catch (JsonException exception)
            {
                return new Result(false, settingsPath, "it is not valid JSON (" + exception.Message + ")", snippet);
            }

            if (parsed is not JsonObject existing)
            {
                return new Result(false, settingsPath, "it does not hold a JSON object", snippet);
            }

            settings = existing;
        }
        else
        {
            settings = new JsonObject();
        }

        var entries = settings[JsonKey] as JsonArray;
        if (settings[JsonKey] is not null && entries is null)
        {
            return new Result(false, settingsPath, "its json.schemas is not an array", snippet);
        }

        var yamlEntries = settings[YamlKey] as JsonObject;
        if (settings[YamlKey] is not null && yamlEntries is null)
        {
            return new Result(false, settingsPath, "its yaml.schemas is not an object", snippet);
        }

        var kept = new JsonArray();
        foreach (var entry in entries ?? new JsonArray())
        {
            var url = (entry as JsonObject)?["url"]?.GetValueKind() == JsonValueKind.String ? entry!["url"]!.GetValue<string>() : null;
            if (url is null || !url.StartsWith(schemaUrlPrefix, StringComparison.Ordinal))
            {
                kept.Add(entry?.DeepClone());
            }
        }

        foreach (var entry in ToArray(json))
        {
            kept.Add(entry?.DeepClone());
        }

        settings[JsonKey] = kept;
        if (yamlEntries is not null || yaml.Count > 0)
        {
            var keptYaml = new JsonObject();
            foreach (var (schema, files) in yamlEntries ?? new JsonObject())
            {
                if (!schema.StartsWith(schemaUrlPrefix, StringComparison.Ordinal))
                {
                    keptYaml[schema] = files?.DeepClone();
                }
            }

            foreach (var (schema, files) in ToObject(yaml))
            {
                keptYaml[schema] = files?.DeepClone();
            }

            settings[YamlKey] = keptYaml;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(settingsPath)!);
        var written = settings.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        File.WriteAllText(settingsPath, written, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new Result(true, settingsPath, null, snippet);
    }

    private static JsonArray ToArray(IReadOnlyList<SchemaAssociation> associations)
    {
        var array = new JsonArray();
        foreach (var association in associations.OrderBy(a => a.Url, StringComparer.Ordinal))
        {
            array.Add(new JsonObject { ["fileMatch"] = Patterns(association), ["url"] = association.Url });
        }

        return array;
    }

    /// <summary><c>yaml.schemas</c>' form: the schema's path as the key, the patterns it applies to as the value.</summary>
    private static JsonObject ToObject(IReadOnlyList<SchemaAssociation> associations)
    {
        var entries = new JsonObject();
        foreach (var association in associations.OrderBy(a => a.Url, StringComparer.Ordinal))
        {
            entries[association.Url] = Patterns(association);
        }

        return entries;
    }

    private static JsonArray Patterns(SchemaAssociation association) => new(association.FileMatch.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());

    private static bool HasComments(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Allow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.Comment)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return false; // judged as invalid JSON by the caller
        }

        return false;
    }
}
