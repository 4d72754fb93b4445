using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>A project's properties and C# declarations shape the check as they shape the build.</summary>
public sealed class ProjectTests
{
    private const string Declaration = """
        [Dossier.DossierCollection("notes")]
        public partial record Note
        {
            public required int Count { get; init; }
        }
        """;

    [Fact]
    public void DeclarationsInTheProjectAreCheckedAndDataAloneSaysTheyAreNotSeen()
    {
        using var temp = new TempFolder();
        temp.Write("App/App.csproj", Project(string.Empty));
        temp.Write("App/Note.cs", Declaration);
        temp.Write("App/bin/Stale.cs", "this is not C# and is not read");
        temp.Write("App/data/notes/a.json", """{ "count": "many" }""");

        var withProject = DossierTool.Run(temp.Path, "check", "--project", "App");
        Assert.Equal(1, withProject.ExitCode);
        Assert.Contains("App/data/notes/a.json(1,12): error DOS211:", withProject.Output, StringComparison.Ordinal);

        var dataAlone = DossierTool.Run(temp.Path, "check", "--data", "App/data");
        Assert.Equal(0, dataAlone.ExitCode);
        Assert.Contains("C# declarations", dataAlone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PropertiesAreReadAndAChangeIsSeenDespiteTheEvaluationCache()
    {
        using var temp = new TempFolder();
        var project = temp.Write("App/App.csproj", Project("<DossierClassName>Catalog</DossierClassName><DossierDataRoot>content</DossierDataRoot>"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "App", "obj"));
        temp.Write("App/content/notes/a.json", """{ "count": 1 }""");

        Assert.Equal("Catalog", ClassName(DossierTool.Run(Path.Combine(temp.Path, "App"), "inspect", "--format", "json")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "App", "obj", "dossier.evaluation.json")));
        Assert.Equal("Catalog", ClassName(DossierTool.Run(Path.Combine(temp.Path, "App"), "inspect", "--format", "json")));

        File.WriteAllText(project, Project("<DossierClassName>Inventory</DossierClassName><DossierDataRoot>content</DossierDataRoot>"));
        File.SetLastWriteTimeUtc(project, DateTime.UtcNow.AddSeconds(5)); // a new stamp even within the file system's time resolution
        Assert.Equal("Inventory", ClassName(DossierTool.Run(Path.Combine(temp.Path, "App"), "inspect", "--format", "json")));

        // An imported file counts too.
        File.WriteAllText(project, Project("<DossierDataRoot>content</DossierDataRoot>", "<Import Project=\"$(MSBuildThisFileDirectory)naming.props\" />"));
        temp.Write("App/naming.props", "<Project><PropertyGroup><DossierClassName>Shelf</DossierClassName></PropertyGroup></Project>");
        Assert.Equal("Shelf", ClassName(DossierTool.Run(Path.Combine(temp.Path, "App"), "inspect", "--format", "json")));
        File.WriteAllText(Path.Combine(temp.Path, "App", "naming.props"), "<Project><PropertyGroup><DossierClassName>Rack</DossierClassName></PropertyGroup></Project>");
        File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "App", "naming.props"), DateTime.UtcNow.AddSeconds(10));
        Assert.Equal("Rack", ClassName(DossierTool.Run(Path.Combine(temp.Path, "App"), "inspect", "--format", "json")));
    }

    [Fact]
    public void UniqueKeysAndReferencesByKeyAreShownAndTheirSchemaTakesKeysNotIds()
    {
        using var temp = new TempFolder();
        temp.Write("App/App.csproj", Project(string.Empty));
        temp.Write("App/Model.cs", """
            [Dossier.DossierCollection("countries")]
            public partial record Country
            {
                [Dossier.DossierUnique]
                public required string IsoCode { get; init; }
            }

            [Dossier.DossierCollection("officials")]
            public partial record Official
            {
                [Dossier.DossierProperty("country"), Dossier.DossierReference("countries", Key = "isoCode")]
                public required string CountryIsoCode { get; init; }
            }
            """);
        temp.Write("App/data/countries.json", """[{ "id": "kazakhstan", "isoCode": "KZ" }]""");
        temp.Write("App/data/officials.json", """[{ "id": "nurtleu", "country": "KZ" }]""");

        var inspect = DossierTool.Run(temp.Path, "inspect", "--project", "App");
        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.Contains("countries: Dataset.Countries, Dataset.CountriesSet : RecordSet<Country> with ByIsoCode.Get(isoCode), 1 record", inspect.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ IsoCode\s+│ string\s+│ isoCode\s+│ declared in C#; unique key", inspect.Output);
        Assert.Matches(@"│ CountryIsoCode\s+│ string\s+│ country\s+│ declared in C#; isoCode of countries", inspect.Output);

        // The editor's schema offers the ids of a collection for a reference by id; for a reference by key, ids would be wrong.
        var schemas = Path.Combine(temp.Path, "schemas");
        Assert.Equal(0, DossierTool.Run(temp.Path, "schema", "--project", "App", "--out", schemas).ExitCode);
        var officials = SchemaValidation.Load(Path.Combine(schemas, "officials.schema.json"));
        Assert.Empty(SchemaValidation.Failures(officials, System.Text.Json.Nodes.JsonNode.Parse("""[{ "id": "nurtleu", "country": "KZ" }]""")));
    }

    private static string Project(string properties, string imports = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          {imports}
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            {properties}
          </PropertyGroup>
        </Project>
        """;

    private static string ClassName(ToolResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.GetProperty("className").GetString()!;
    }
}
