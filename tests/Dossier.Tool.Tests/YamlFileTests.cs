using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>
/// YAML data files in every command: check lists and reports them as the build does, inspect shows
/// their layouts, schema writes schemas that validate them and wires them to VS Code's YAML
/// extension (<c>yaml.schemas</c>), and watch re-checks on their edits.
/// </summary>
public sealed class YamlFileTests
{
    private static TempFolder YamlData()
    {
        var temp = new TempFolder();
        temp.Write("data/countries.yml", "- id: kz\n  name: Kazakhstan\n- id: cn\n  name: China\n");
        temp.Write("data/cities/almaty.yaml", "name: Almaty\ncountry: kz\npopulation: 2300000\n");
        temp.Write("data/cities/beijing.yml", "name: Beijing\ncountry: cn\npopulation: 21900000\n");
        temp.Write("data/cities/astana.json", """{ "name": "Astana", "country": "kz", "population": 1400000 }""");
        return temp;
    }

    [Fact]
    public void CheckReadsYamlFilesAndReportsTheirErrorsInTheCompilersFormat()
    {
        using var temp = YamlData();
        Assert.Equal(new[] { "dossier check: 0 errors, 0 warnings in 4 data files." }, DossierTool.Run(temp.Path, "check", "--data", "data").OutputLines);

        temp.Write("data/cities/almaty.yaml", "name: Almaty\ncountry: kazakstan\npopulation: !!int many\n");
        temp.Write("data/countries.yml", "- id: kz\n  name: Kazakhstan\n- id: cn\n  name: &n China\n  alias: *n\n");
        var result = DossierTool.Run(temp.Path, "check", "--data", "data");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "data/cities/almaty.yaml(3,13): error DOS116: 'data/cities/almaty.yaml' has a value tagged '!!int', which Dossier does not read: 'many' is not an integer in JSON's grammar. Remove the tag; quote the value to make it a string. (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos116)",
                "data/countries.yml(5,10): error DOS115: 'data/countries.yml' is not valid YAML: aliases (*name) are not supported; write the value out (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos115)",
                "dossier check: 2 errors, 0 warnings in 4 data files.",
            },
            result.OutputLines);
    }

    [Fact]
    public void InspectShowsYamlLayoutsAndFiles()
    {
        using var temp = YamlData();
        var result = DossierTool.Run(temp.Path, "inspect", "--data", "data", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var document = JsonDocument.Parse(result.Output);
        var collections = document.RootElement.GetProperty("collections").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(new[] { "yamlArray" }, collections["countries"].GetProperty("layouts").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(new[] { "jsonRecord", "yamlRecord" }, collections["cities"].GetProperty("layouts").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("data/cities/*.json|.yaml|.yml", collections["cities"].GetProperty("origin").GetString());
        Assert.Equal(3, collections["cities"].GetProperty("recordCount").GetInt32());

        var text = DossierTool.Run(temp.Path, "inspect", "--data", "data");
        Assert.Contains("countries: Dataset.Countries, RecordSet<Dossier.Data.Country>, 2 records from data/countries.yml", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasValidateTheYamlFilesTheBuildAccepts_AndRejectWhatItRejects()
    {
        using var temp = YamlData();
        var result = DossierTool.Run(temp.Path, "schema", "--data", "data");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("data/.schemas/cities.schema.json  (data/cities/*.json, data/cities/*.yaml, data/cities/*.yml)", result.Output, StringComparison.Ordinal);
        Assert.Contains("data/.schemas/countries.schema.json  (data/countries.yml)", result.Output, StringComparison.Ordinal);

        var cities = SchemaValidation.Load(Path.Combine(temp.Path, "data", ".schemas", "cities.schema.json"));
        foreach (var file in new[] { "almaty.yaml", "beijing.yml" })
        {
            Assert.Empty(SchemaValidation.Failures(cities, SchemaValidation.ReadYaml(Path.Combine(temp.Path, "data", "cities", file))));
        }

        Assert.Empty(SchemaValidation.Failures(cities, SchemaValidation.ReadJson(Path.Combine(temp.Path, "data", "cities", "astana.json"))));
        var countries = SchemaValidation.Load(Path.Combine(temp.Path, "data", ".schemas", "countries.schema.json"));
        Assert.Empty(SchemaValidation.Failures(countries, SchemaValidation.ReadYaml(Path.Combine(temp.Path, "data", "countries.yml"))));

        // A reference to a missing record, and a quoted number, as the build would reject them.
        var bad = temp.Write("data/cities/bad.yaml", "name: Bad\ncountry: atlantis\npopulation: \"12\"\n");
        Assert.Equal(new[] { "/country", "/population" }, SchemaValidation.Failures(cities, SchemaValidation.ReadYaml(bad)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void VsCodeWiresYamlFilesThroughYamlSchemas_KeepingOtherEntries()
    {
        using var temp = YamlData();
        temp.Write(".vscode/settings.json", """
            {
              "yaml.schemas": { "https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml", "./data/.schemas/gone.schema.json": ["/data/gone/*.yaml"] }
            }
            """);

        var result = DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("dossier schema: 1 json.schemas entries and 2 yaml.schemas entries (read by the YAML extension, redhat.vscode-yaml) merged into .vscode/settings.json.", result.Output, StringComparison.Ordinal);

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, ".vscode", "settings.json")))!.AsObject();
        var json = Assert.Single(settings["json.schemas"]!.AsArray());
        Assert.Equal("./data/.schemas/cities.schema.json", json!["url"]!.GetValue<string>());
        Assert.Equal(new[] { "/data/cities/*.json" }, json["fileMatch"]!.AsArray().Select(p => p!.GetValue<string>()));

        var yaml = settings["yaml.schemas"]!.AsObject();
        Assert.Equal(
            new[] { "https://json.schemastore.org/github-workflow.json", "./data/.schemas/cities.schema.json", "./data/.schemas/countries.schema.json" },
            yaml.Select(p => p.Key));
        Assert.Equal(".github/workflows/*.yml", yaml["https://json.schemastore.org/github-workflow.json"]!.GetValue<string>());
        Assert.Equal(new[] { "/data/cities/*.yaml", "/data/cities/*.yml" }, yaml["./data/.schemas/cities.schema.json"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(new[] { "/data/countries.yml" }, yaml["./data/.schemas/countries.schema.json"]!.AsArray().Select(p => p!.GetValue<string>()));

        // Run again: Dossier's own entries are replaced, not added twice.
        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode").ExitCode);
        var again = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, ".vscode", "settings.json")))!.AsObject();
        Assert.Equal(3, again["yaml.schemas"]!.AsObject().Count);
    }

    [Fact]
    public void VsCodeSettingsWithoutYamlDataGetNoYamlSchemas()
    {
        using var temp = new TempFolder();
        temp.Write("data/items.json", """[{ "id": "a" }]""");
        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--data", "data", "--vscode").ExitCode);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, ".vscode", "settings.json")))!.AsObject();
        Assert.Null(settings["yaml.schemas"]);
    }

    [Fact]
    public async Task WatchPicksUpAYamlEditAndANewYamlFile()
    {
        using var temp = YamlData();
        var output = new SyncWriter();
        using var cancellation = new CancellationTokenSource();
        var environment = new ToolEnvironment(temp.Path, output, new StringWriter(), IsTerminal: false, cancellation.Token);
        var run = Task.Run(() => DossierCli.Run(new[] { "check", "--data", "data", "--watch" }, environment));
        var timeout = TimeSpan.FromSeconds(30);

        await output.WaitFor("dossier watch: first check took", timeout);
        Assert.Contains("dossier check: 0 errors, 0 warnings in 4 data files.", output.Text, StringComparison.Ordinal);

        temp.Write("data/cities/almaty.yaml", "name: Almaty\ncountry: uz\npopulation: 2300000\n");
        await output.WaitFor("dossier check: 1 error, 0 warnings in 4 data files.", timeout);
        Assert.Contains("dossier watch: changed data/cities/almaty.yaml", output.Text, StringComparison.Ordinal);
        Assert.Contains("data/cities/almaty.yaml(2,10): error DOS210:", output.Text, StringComparison.Ordinal);

        temp.Write("data/countries/uz.yml", "name: Uzbekistan\n");
        await output.WaitFor("dossier check: 0 errors, 0 warnings in 5 data files.", timeout);
        Assert.Contains("dossier watch: added data/countries/uz.yml", output.Text, StringComparison.Ordinal);

        cancellation.Cancel();
        Assert.Equal(0, await run.WaitAsync(timeout));
    }
}
