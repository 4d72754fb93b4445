using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>`dossier inspect`: the API a build would generate.</summary>
public sealed class InspectTests
{
    [Fact]
    public void JsonDescribesTheSeedCollectionsWithDeclarationsReferencesAndInverses()
    {
        var result = DossierTool.Run(Repository.Root, "inspect", "--project", Repository.SeedProject, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("Dossier.CentralAsiaChina.Data", root.GetProperty("namespace").GetString());
        Assert.Equal("Dataset", root.GetProperty("className").GetString());
        var collections = root.GetProperty("collections").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        // A collection per data file directly in data/ (README.md aside), whatever its format, and per folder.
        string[] formats = [".json", ".yaml", ".yml", ".md", ".csv", ".tsv"];
        var files = Directory.GetFiles(Repository.SeedData)
            .Where(f => formats.Contains(Path.GetExtension(f), StringComparer.Ordinal) && Path.GetFileName(f) != "README.md")
            .ToList();
        var expected = files
            .Select(Path.GetFileNameWithoutExtension)
            .Concat(Directory.GetDirectories(Repository.SeedData).Select(Path.GetFileName))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, collections.Keys.Order(StringComparer.Ordinal));

        // Each names the file it is read from.
        Assert.All(files, file => Assert.Equal(
            new[] { "data/" + Path.GetFileName(file) },
            collections[Path.GetFileNameWithoutExtension(file)].GetProperty("files").EnumerateArray().Select(f => f.GetString())));
        Assert.Equal(new[] { "csvTable" }, collections["countries"].GetProperty("layouts").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(new[] { "yamlArray" }, collections["quotes"].GetProperty("layouts").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(6, collections["countries"].GetProperty("recordCount").GetInt32());
        Assert.Equal(2, collections["quotes"].GetProperty("recordCount").GetInt32());

        var meetings = collections["meetings"];
        Assert.Equal(3, meetings.GetProperty("recordCount").GetInt32());
        Assert.Equal(new[] { "markdownRecord" }, meetings.GetProperty("layouts").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(3, meetings.GetProperty("files").GetArrayLength());
        var meeting = meetings.GetProperty("types")[0];
        var properties = meeting.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

        // Declared in C#: an enum, and a reference with its own key.
        var status = properties["Status"];
        Assert.True(status.GetProperty("isDeclared").GetBoolean());
        Assert.Equal(new[] { "Held", "Planned" }, status.GetProperty("value").GetProperty("enumMembers").EnumerateArray().Select(m => m.GetString()));
        var participants = properties["ParticipantIds"].GetProperty("reference");
        Assert.Equal("officials", participants.GetProperty("targetCollection").GetString());
        Assert.True(participants.GetProperty("isMany").GetBoolean());

        // An inverse navigation on the target.
        var country = collections["countries"].GetProperty("types")[0];
        Assert.Contains(country.GetProperty("inverses").EnumerateArray(), i => i.GetProperty("sourceCollection").GetString() == "officials");
        Assert.Contains("kazakhstan", collections["countries"].GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void TextShowsATablePerCollection()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("conflicts/data"), "data");
        temp.Write("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }]""");
        temp.Write("data/officials.json", """[{ "id": "a", "country": "kz", "born": "1953-05-17" }]""");

        var result = DossierTool.Run(temp.Path, "inspect", "--data", "data");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("officials: Dataset.Officials, RecordSet<Dossier.Data.Official>, 1 record from data/officials.json", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ CountryId\s+│ string\s+│ country\s+│ id of countries", result.Output);
        Assert.Matches(@"│ Born\s+│ System.DateOnly\s+│ born", result.Output);
        Assert.Matches(@"│ Officials\s+│ ValueList<Dossier.Data.Official>\s+│\s+│ inverse: officials", result.Output);
        Assert.Contains("items: Dataset.Items, RecordSet<Dossier.Data.Item>, 2 records from data/items/*.json; the data has errors, so a build compiles none of them", result.Output, StringComparison.Ordinal);
    }
}
