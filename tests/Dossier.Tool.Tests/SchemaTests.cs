using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>`dossier schema`: the schemas validate the data the build accepts and reject what it rejects, with a real validator (JsonSchema.Net).</summary>
public sealed class SchemaTests
{
    [Fact]
    public void EverySeedDataFileValidatesAgainstItsSchema()
    {
        using var temp = new TempFolder();
        var result = DossierTool.Run(Repository.Root, "schema", "--project", Repository.SeedProject, "--out", temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());

        var validated = 0;
        foreach (var schemaPath in Directory.GetFiles(temp.Path, "*.schema.json").Order(StringComparer.Ordinal))
        {
            var schema = SchemaValidation.Load(schemaPath);
            var name = Path.GetFileName(schemaPath);
            var collection = name[..name.IndexOf('.', StringComparison.Ordinal)];
            var folder = Path.Combine(Repository.SeedData, collection);
            var arrayFiles = new[] { ".json", ".yaml", ".yml" }.Select(e => Path.Combine(Repository.SeedData, collection + e)).Where(File.Exists).ToList();
            IEnumerable<(string Path, JsonNode? Instance)> instances = name.EndsWith(".frontmatter.schema.json", StringComparison.Ordinal)
                ? Directory.GetFiles(folder, "*.md").Select(f => (f, SchemaValidation.ReadFrontMatter(f)))
                : name.EndsWith(".record.schema.json", StringComparison.Ordinal) || arrayFiles.Count == 0
                    ? Directory.GetFiles(folder).Where(IsJsonOrYaml).Select(f => (f, ReadData(f)))
                    : arrayFiles.Select(f => (f, ReadData(f)));
            foreach (var (path, instance) in instances)
            {
                var failures = SchemaValidation.Failures(schema, instance);
                Assert.True(failures.Count == 0, $"{path} fails {name} at {string.Join(", ", failures)}");
                validated++;
            }
        }

        // Every JSON and YAML file and every markdown record of the seed data.
        var expected = Directory.GetFiles(Repository.SeedData, "*", SearchOption.AllDirectories).Count(IsJsonOrYaml)
            + Directory.GetDirectories(Repository.SeedData).Sum(d => Directory.GetFiles(d, "*.md").Length);
        Assert.Equal(expected, validated);

        // A CSV or TSV file (a table) has none, and the tool says so.
        var tables = Directory.GetFiles(Repository.SeedData)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.All(tables, table => Assert.Empty(Directory.GetFiles(temp.Path, table + ".*")));
        if (tables.Count > 0)
        {
            Assert.Contains($"No schema for {string.Join(", ", tables.Order(StringComparer.Ordinal))}:", result.Output, StringComparison.Ordinal);
        }

        // A declared enum (MeetingStatus: Held, Planned) accepts its names in any case, as the build does, and nothing else.
        var meetings = SchemaValidation.Load(Path.Combine(temp.Path, "meetings.frontmatter.schema.json"));
        Assert.Empty(SchemaValidation.Failures(meetings, JsonNode.Parse("""{ "status": "HELD" }""")));
        Assert.Equal(new[] { "/status" }, SchemaValidation.Failures(meetings, JsonNode.Parse("""{ "status": "cancelled" }""")));
    }

    [Fact]
    public void ASchemaRejectsWhatTheBuildRejects()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("broken/data"), "data");
        DossierTool.Run(temp.Path, "schema", "--data", "data");
        var countries = SchemaValidation.Load(Path.Combine(temp.Path, "data", ".schemas", "countries.schema.json"));
        var officials = SchemaValidation.Load(Path.Combine(temp.Path, "data", ".schemas", "officials.schema.json"));

        Assert.Empty(SchemaValidation.Failures(countries, JsonNode.Parse("""[{ "id": "kz", "name": "K", "population": 1 }]""")));
        Assert.Equal(new[] { "/0/population" }, SchemaValidation.Failures(countries, JsonNode.Parse("""[{ "id": "kz", "name": "K", "population": "many" }]""")));
        Assert.Equal(new[] { "/0" }, SchemaValidation.Failures(countries, JsonNode.Parse("""[{ "id": "kz", "population": 1 }]""")));
        // A reference names an existing id.
        Assert.Empty(SchemaValidation.Failures(officials, JsonNode.Parse("""[{ "id": "a", "country": "cn" }]""")));
        Assert.Equal(new[] { "/0/country" }, SchemaValidation.Failures(officials, JsonNode.Parse("""[{ "id": "a", "country": "atlantis" }]""")));
    }

    [Fact]
    public void EachTypeConflictFailsValidationAtTheKeyTheGeneratorReports()
    {
        using var temp = new TempFolder();
        var data = temp.Copy(Repository.Fixture("conflicts/data"), "data");
        var check = DossierTool.Run(temp.Path, "check", "--data", "data", "--format", "json");
        Assert.Equal(1, check.ExitCode);
        using var diagnostics = JsonDocument.Parse(check.Output);

        // The generator's word: file and key ('items.score') of each conflict.
        var reported = diagnostics.RootElement.EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "DOS201")
            .Select(d => (File: d.GetProperty("path").GetString()!, Key: d.GetProperty("message").GetString()!.Split('\'')[1]))
            .Order()
            .ToList();
        Assert.Equal(3, reported.Count);

        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data").ExitCode);
        var failing = new List<(string File, string Key)>();
        foreach (var file in Directory.GetFiles(data, "*.json", SearchOption.AllDirectories).Where(f => !f.Contains(".schemas", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(data, file).Replace('\\', '/');
            var collection = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : Path.GetFileNameWithoutExtension(relative);
            var schema = SchemaValidation.Load(Path.Combine(data, ".schemas", collection + ".schema.json"));
            foreach (var pointer in SchemaValidation.Failures(schema, SchemaValidation.ReadJson(file)))
            {
                var key = SchemaValidation.ToKeyPath(pointer);
                if (key.Length > 0)
                {
                    failing.Add(("data/" + relative, collection + "." + key));
                }
            }
        }

        Assert.Equal(reported, failing.Distinct().Order().ToList());
    }

    [Fact]
    public void VsCodeSettingsKeepEverythingAlreadyThere()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("conflicts/data"), "data");
        temp.Write(".vscode/settings.json", """
            {
              "editor.tabSize": 2,
              "files.exclude": { "**/bin": true },
              "json.schemas": [ { "fileMatch": [ "/other.json" ], "url": "./other.schema.json" } ],
            }
            """);

        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode").ExitCode);
        var second = DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode");
        Assert.Equal(0, second.ExitCode);

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, ".vscode", "settings.json")))!.AsObject();
        Assert.Equal(2, settings["editor.tabSize"]!.GetValue<int>());
        Assert.True(settings["files.exclude"]!["**/bin"]!.GetValue<bool>());
        var entries = settings["json.schemas"]!.AsArray().Select(e => (Match: e!["fileMatch"]![0]!.GetValue<string>(), Url: e["url"]!.GetValue<string>())).ToList();
        Assert.Equal(
            new[]
            {
                ("/other.json", "./other.schema.json"),
                ("/data/events/*.json", "./data/.schemas/events.schema.json"),
                ("/data/items/*.json", "./data/.schemas/items.schema.json"),
                ("/data/things.json", "./data/.schemas/things.schema.json"),
            },
            entries);
    }

    [Fact]
    public void ARecordFileNamedAfterItsCollectionDoesNotMoveTheFileMatch()
    {
        // The folder in fileMatch is the display path's first segment, not found by searching
        // the path for the collection's name (which "notes-a.json" also holds).
        using var temp = new TempFolder();
        temp.Write("data/notes/notes-a.json", """{ "n": 1 }""");
        temp.Write("data/notes/z.json", """{ "n": 2 }""");

        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode").ExitCode);

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, ".vscode", "settings.json")))!.AsObject();
        var entry = Assert.Single(settings["json.schemas"]!.AsArray());
        Assert.Equal("/data/notes/*.json", entry!["fileMatch"]![0]!.GetValue<string>());
    }

    [Fact]
    public void VsCodeSettingsWithCommentsAreLeftAsTheyAre()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("conflicts/data"), "data");
        const string Settings = "{\n  // tabs\n  \"editor.tabSize\": 2\n}\n";
        var path = temp.Write(".vscode/settings.json", Settings);

        var result = DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Settings, File.ReadAllText(path));
        Assert.Contains("it has comments", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"./data/.schemas/items.schema.json\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneRecordFileMayNameItsSchema()
    {
        using var temp = new TempFolder();
        temp.Write("data/people/ada.json", """{ "$schema": "../.schemas/people.schema.json", "name": "Ada" }""");
        temp.Write("data/people/bob.json", """{ "name": "Bob" }""");

        Assert.Equal(0, DossierTool.Run(temp.Path, "check", "--data", "data").ExitCode);
        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data").ExitCode);
        var schema = SchemaValidation.Load(Path.Combine(temp.Path, "data", ".schemas", "people.schema.json"));
        Assert.Empty(SchemaValidation.Failures(schema, SchemaValidation.ReadJson(Path.Combine(temp.Path, "data", "people", "ada.json"))));
        var inspect = DossierTool.Run(temp.Path, "inspect", "--data", "data", "--format", "json");
        Assert.DoesNotContain("schema", inspect.Output, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsJsonOrYaml(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    private static JsonNode? ReadData(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) ? SchemaValidation.ReadJson(path) : SchemaValidation.ReadYaml(path);
}
