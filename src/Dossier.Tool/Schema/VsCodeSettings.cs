using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Tool.Schema;

/// <summary>A <c>json.schemas</c> entry: the files it matches and the schema's path.</summary>
internal sealed record SchemaAssociation(string FileMatch, string Url);

/// <summary>
/// Merges <c>json.schemas</c> entries into VS Code's <c>.vscode/settings.json</c>. Every other
/// setting stays as it was, and so do entries that point elsewhere; Dossier's own entries (those
/// whose url is in the schema folder) are replaced. A settings file with comments is not
/// rewritten (a JSON writer would drop them): the entries to add are returned instead.
/// </summary>
internal static class VsCodeSettings
{
    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The outcome: written, or why not (with the JSON to paste).</summary>
    public sealed record Result(bool Written, string Path, string? Reason, string Snippet);

    public static Result Merge(string settingsPath, IReadOnlyList<SchemaAssociation> associations, string schemaUrlPrefix)
    {
        var snippet = new JsonObject { ["json.schemas"] = ToArray(associations) }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
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

        var entries = settings["json.schemas"] as JsonArray;
        if (settings["json.schemas"] is not null && entries is null)
        {
            return new Result(false, settingsPath, "its json.schemas is not an array", snippet);
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

        foreach (var entry in ToArray(associations))
        {
            kept.Add(entry?.DeepClone());
        }

        settings["json.schemas"] = kept;
        Directory.CreateDirectory(Path.GetDirectoryName(settingsPath)!);
        var json = settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        File.WriteAllText(settingsPath, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new Result(true, settingsPath, null, snippet);
    }

    private static JsonArray ToArray(IReadOnlyList<SchemaAssociation> associations)
    {
        var array = new JsonArray();
        foreach (var association in associations.OrderBy(a => a.Url, StringComparer.Ordinal))
        {
            array.Add(new JsonObject { ["fileMatch"] = new JsonArray(association.FileMatch), ["url"] = association.Url });
        }

        return array;
    }

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
