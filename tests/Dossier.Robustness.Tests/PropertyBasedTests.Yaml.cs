using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Robustness.Tests;

/// <summary>
/// The property-based round trip through YAML: the same random datasets, written as a YAML
/// sequence of mappings (block style or flow style), strings double-quoted with escapes (every
/// character outside printable ASCII escaped, or only what YAML cannot hold literally), numbers
/// plain in JSON's grammar, dates plain or quoted. Every value must read back as the JSON does.
/// </summary>
public sealed partial class PropertyBasedTests
{
    /// <param name="blockStyle">Each record a block mapping (one key a line); otherwise the whole file in flow style.</param>
    /// <param name="escapeAllNonAscii">Escape every character outside printable ASCII, not only those YAML cannot hold literally.</param>
    private static string WriteYaml(Sample[] records, bool blockStyle, bool escapeAllNonAscii)
    {
        var yaml = new StringBuilder();
        if (!blockStyle)
        {
            yaml.Append('[');
        }

        for (var r = 0; r < records.Length; r++)
        {
            var record = records[r];
            var members = record.Record.Values.Select(v => (v.Field.Key, v.Value)).Prepend(("id", (object?)record.Id));
            if (blockStyle)
            {
                var first = true;
                foreach (var member in members)
                {
                    yaml.Append(first ? "- " : "  ");
                    first = false;
                    AppendMember(yaml, member, escapeAllNonAscii);
                    yaml.Append('\n');
                }
            }
            else
            {
                yaml.Append(r == 0 ? "\n  " : ",\n  ");
                AppendMapping(yaml, members, escapeAllNonAscii);
            }
        }

        if (!blockStyle)
        {
            yaml.Append("\n]\n");
        }

        return yaml.ToString();
    }

    private static void AppendMapping(StringBuilder yaml, System.Collections.Generic.IEnumerable<(string Key, object? Value)> members, bool escapeAllNonAscii)
    {
        yaml.Append('{');
        var first = true;
        foreach (var member in members)
        {
            yaml.Append(first ? " " : ", ");
            first = false;
            AppendMember(yaml, member, escapeAllNonAscii);
        }

        yaml.Append(" }");
    }

    private static void AppendMember(StringBuilder yaml, (string Key, object? Value) member, bool escapeAllNonAscii)
    {
        AppendString(yaml, member.Key, escapeAllNonAscii);
        yaml.Append(": ");
        AppendYamlValue(yaml, member.Value, escapeAllNonAscii);
    }

    /// <summary>A value in flow style (inside a block mapping too, so that nesting needs no indentation).</summary>
    private static void AppendYamlValue(StringBuilder yaml, object? value, bool escapeAllNonAscii)
    {
        switch (value)
        {
            case null:
                yaml.Append(escapeAllNonAscii ? "~" : "null");
                break;
            case string s:
                AppendString(yaml, s, escapeAllNonAscii);
                break;
            case bool b:
                yaml.Append(b ? "true" : "false");
                break;
            case Number number:
                yaml.Append(number.Text);
                break;
            case DateOnly date:
                // Unquoted, a date is plain text that is no JSON number: a string, as quoted.
                var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                yaml.Append(escapeAllNonAscii ? "\"" + text + "\"" : text);
                break;
            case DateTimeOffset moment:
                AppendString(yaml, moment.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), escapeAllNonAscii);
                break;
            case JsonObject o:
                AppendMapping(yaml, o.Values.Select(v => (v.Field.Key, v.Value)), escapeAllNonAscii);
                break;
            case ImmutableList<object?> list:
                yaml.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    yaml.Append(i == 0 ? " " : ", ");
                    AppendYamlValue(yaml, list[i], escapeAllNonAscii);
                }

                yaml.Append(" ]");
                break;
            default:
                throw new InvalidOperationException("Unexpected model value " + value.GetType());
        }
    }

    private static void AppendString(StringBuilder yaml, string value, bool escapeAllNonAscii) =>
        yaml.Append('"').Append(StringRoundTripTests.YamlEscaped(value, escapeAllNonAscii)).Append('"');

    [Fact]
    public void RandomValidCollectionsRoundTripExactlyThroughYaml() =>
        DatasetGen.Sample(dataset => AssertRoundTrip(dataset, new DataFile("data/items.yaml", dataset.Yaml)), iter: Iterations, print: d => d.Yaml);

    [Fact]
    public void RandomYamlCollectionsGiveIdenticalSourcesOnEveryRun_AndTheJsonsRecords()
    {
        // The same records from YAML and from JSON compile to the same data, but for the source path.
        DatasetGen.Sample(
            dataset =>
            {
                var yaml = GeneratorHarness.Run(new DataFile("data/items.yaml", dataset.Yaml));
                Assert.Equal(yaml.Sources, GeneratorHarness.Run(new DataFile("data/items.yaml", dataset.Yaml)).Sources);
                var json = GeneratorHarness.Run(new DataFile("data/items.json", dataset.Json));
                Assert.Equal(json.Sources.Keys, yaml.Sources.Keys);
                foreach (var (hint, source) in json.Sources)
                {
                    Assert.Equal(WithoutSourcePaths(source), WithoutSourcePaths(yaml.Sources[hint]));
                }
            },
            iter: 20,
            print: d => d.Yaml);
    }

    /// <summary>The source with the data file's name and each record's line left out: the two files differ in those alone.</summary>
    private static string WithoutSourcePaths(string source) => System.Text.RegularExpressions.Regex.Replace(source, @"data/items\.(json|yaml)(:\d+)?", "data/items");
}
