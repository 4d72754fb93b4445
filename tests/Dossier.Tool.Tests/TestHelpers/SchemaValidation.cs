using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tool.Tests.TestHelpers;

/// <summary>Validates data files against written schemas with JsonSchema.Net.</summary>
internal static class SchemaValidation
{
    public static JsonSchema Load(string path) =>
        JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://dossier.test/" + Path.GetFileName(path)));

    /// <summary>The instance locations (JSON Pointers) where <paramref name="instance"/> fails <paramref name="schema"/>; empty when valid.</summary>
    public static List<string> Failures(JsonSchema schema, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return new List<string>();
        }

        return (results.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .Select(d => d.InstanceLocation.ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static JsonNode? ReadJson(string path) => JsonNode.Parse(File.ReadAllText(path));

    /// <summary>
    /// A markdown file's YAML front matter as JSON, typed as Dossier types it: unquoted true/false,
    /// null words and JSON numbers are typed; everything quoted is a string.
    /// </summary>
    public static JsonNode? ReadFrontMatter(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new JsonObject();
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        return FromYaml(string.Join('\n', lines[1..end])) ?? new JsonObject();
    }

    /// <summary>A YAML data file as JSON, typed as Dossier types it (as <see cref="ReadFrontMatter"/>).</summary>
    public static JsonNode? ReadYaml(string path) => FromYaml(File.ReadAllText(path));

    private static JsonNode? FromYaml(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return yaml.Documents.Count == 0 ? null : ToJson(yaml.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        try
        {
            using var number = JsonDocument.Parse(text);
            if (number.RootElement.ValueKind == JsonValueKind.Number)
            {
                return JsonNode.Parse(text);
            }
        }
        catch (JsonException)
        {
            // Not a JSON number: a string.
        }

        return JsonValue.Create(text);
    }

    /// <summary>A JSON Pointer as the generator names a key: <c>/1/venue/city</c> is <c>venue.city</c> (array indexes dropped).</summary>
    public static string ToKeyPath(string pointer) =>
        string.Join('.', pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _)));
}
