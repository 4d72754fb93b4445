using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Dossier.PackageTests;

/// <summary>
/// The Dossier package as a user gets it: packed into a folder feed, added to a fresh console
/// project, used on a small dataset. One class, so that the steps run one after another on the
/// machine's two cores; the packing happens once, in <see cref="PackageFeed"/>.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageFeed>, IDisposable
{
    /// <summary>What the analyzer folder must hold: the generator and the libraries it loads that a
    /// compiler host may lack (Visual Studio runs analyzers on .NET Framework).</summary>
    private static readonly string[] AnalyzerAssemblies =
    {
        "CsvHelper.dll", "Dossier.Generators.dll", "Markdig.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.IO.Pipelines.dll",
        "System.Text.Encodings.Web.dll", "System.Text.Json.dll", "YamlDotNet.dll",
    };

    /// <summary>Assemblies every compiler host supplies, .NET and .NET Framework alike (Roslyn's own
    /// dependencies): an analyzer must not bundle them, and may reference them.</summary>
    private static readonly HashSet<string> SuppliedByCompiler = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
        "System.Reflection.Metadata", "System.Memory", "System.Buffers", "System.Runtime.CompilerServices.Unsafe",
        "System.Numerics.Vectors", "System.Threading.Tasks.Extensions", "System.Text.Encoding.CodePages",
    };

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;
    private readonly List<CliResult> _log = new();

    public PackageTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    public void Dispose()
    {
        if (!_feed.PackTimingsReported)
        {
            _feed.PackTimingsReported = true;
            foreach (var pack in _feed.PackResults)
            {
                _output.WriteLine($"{pack.Elapsed.TotalSeconds,6:0.0} s  {pack.CommandLine}  (once for all tests)");
            }
        }

        foreach (var step in _log)
        {
            _output.WriteLine($"{step.Elapsed.TotalSeconds,6:0.0} s  {step.CommandLine}  -> {step.ExitCode}");
        }
    }

    [Fact]
    public void Dossier_package_holds_the_runtime_the_bundled_generator_and_the_build_files()
    {
        using var package = ZipFile.OpenRead(_feed.DossierPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/Dossier.dll", entries);
            Assert.Contains($"lib/{framework}/Dossier.xml", entries);
        }

        var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(AnalyzerAssemblies.Select(a => "analyzers/dotnet/cs/" + a).Order(StringComparer.Ordinal), analyzers);

        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/Dossier.props", entries);
            Assert.Contains($"{folder}/Dossier.targets", entries);
        }

        Assert.Contains("README.md", entries);
        using (var reader = new StreamReader(package.GetEntry("buildTransitive/Dossier.props")!.Open()))
        {
            var props = reader.ReadToEnd();
            Assert.Matches(@"<WarningsAsErrors>\$\(WarningsAsErrors\);CS8784;CS8785;CS9057</WarningsAsErrors>", props);
        }

        var nuspec = ReadNuspec(package);
        Assert.Equal("Dossier", Element(nuspec, "id"));
        Assert.Equal(_feed.Version, Element(nuspec, "version"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Contains("source-generator", Element(nuspec, "tags"), StringComparison.Ordinal);
        Assert.StartsWith("https://", nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, StringComparison.Ordinal);
        // The generator's libraries are bundled, not dependencies: a user adds Dossier and nothing else.
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");

        Assert.True(File.Exists(Path.ChangeExtension(_feed.DossierPackage, ".snupkg")), "The symbol package (.snupkg) is missing.");
    }

    [Fact]
    public void Analyzer_bundle_references_nothing_that_a_compiler_host_may_lack()
    {
        using var package = ZipFile.OpenRead(_feed.DossierPackage);
        var bundled = AnalyzerAssemblies.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            Assert.DoesNotContain(metadata.GetString(metadata.GetAssemblyDefinition().Name), SuppliedByCompiler);
            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (!bundled.Contains(name) && !SuppliedByCompiler.Contains(name))
                {
                    missing.Add($"{entry.Name} references {name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Not bundled and not supplied by the compiler: " + string.Join("; ", missing));
    }

    [Fact]
    public void Testing_package_carries_the_generator_and_depends_on_its_libraries()
    {
        using var package = ZipFile.OpenRead(_feed.TestingPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net10.0/Dossier.Testing.dll", entries);
        Assert.Contains("lib/net10.0/Dossier.Testing.xml", entries);
        Assert.Contains("lib/net10.0/Dossier.Generators.dll", entries);
        Assert.Contains("lib/net10.0/CsvHelper.dll", entries);
        Assert.Contains("README.md", entries);

        var nuspec = ReadNuspec(package);
        Assert.Equal("Dossier.Testing", Element(nuspec, "id"));
        Assert.Equal(_feed.Version, Element(nuspec, "version"));
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "Markdig", "Microsoft.Bcl.AsyncInterfaces", "Microsoft.CodeAnalysis.CSharp", "YamlDotNet" }, dependencies);
        Assert.True(File.Exists(Path.ChangeExtension(_feed.TestingPackage, ".snupkg")), "The symbol package (.snupkg) is missing.");
    }

    [Fact]
    public void Fresh_console_project_builds_and_runs_over_its_data()
    {
        var project = ConsumerProject.Create(_feed, "builds-and-runs", _log);

        // The data lives beside the project, not in it: DossierDataRoot moves the folder, and the
        // files are linked into the project under the folder's name.
        project.SetProperties(new Dictionary<string, string>
        {
            ["DossierDataRoot"] = "../shared/facts",
            ["DossierNamespace"] = "Consumer.Facts",
            ["DossierClassName"] = "Db",
        });

        // A JSON array: one record per element.
        project.WriteFile("../shared/facts/countries.json", """
            [
              { "id": "kz", "name": "Kazakhstan", "isoCode": "KZ", "capital": "astana", "population": 20000000 },
              { "id": "cn", "name": "China", "isoCode": "CN", "capital": "beijing", "population": 1410000000 }
            ]
            """);
        // One object per file; "locatedIn" and "capital" hold ids of the other collection.
        project.WriteFile("../shared/facts/cities/almaty.json", """{ "name": "Almaty", "locatedIn": "kz", "population": 2300000, "elevationM": 800.5 }""");
        // One mapping per YAML file, in the same collection as the JSON records.
        project.WriteFile("../shared/facts/cities/astana.yaml", "name: Astana\nlocatedIn: kz\npopulation: 1400000\nelevationM: 347\n");
        project.WriteFile("../shared/facts/cities/beijing.json", """{ "name": "Beijing", "locatedIn": "cn", "population": 21900000, "elevationM": 43.5 }""");
        // A YAML sequence of mappings: one record per item.
        project.WriteFile("../shared/facts/officials.yml", """
            - id: nurtleu
              name: Murat Nurtleu
              country: kz
            """);
        // A markdown record: front matter, a title, and a table in the body.
        project.WriteFile("../shared/facts/reports/trade-2024.md", """
            ---
            date: 2024-12-31
            about: kz
            amountUsd: 43.8e9
            tags: [trade, china]
            ---

            # Kazakhstan-China trade in 2024

            | flow | billionUsd |
            |---|---|
            | exports | 16.0 |
            | imports | 27.8 |
            """);
        // A markdown table: one record per row.
        project.WriteFile("../shared/facts/figures.md", """
            # Figures

            | id | label | amount | year |
            |---|---|---|---|
            | trade | Bilateral trade | 43.8e9 | 2024 |
            | projects | Joint projects | 66.4e9 | |
            """);
        // A CSV file: one record per row; it makes the generator load CsvHelper from the package.
        // A TSV file: the same, tab-separated.
        project.WriteFile("../shared/facts/stops.tsv", "id\tcity\tminutes\nkhorgos\talmaty\t45\n");
        project.WriteFile("../shared/facts/routes.csv", "id,from,to,km,note\r\nalmaty-urumqi,almaty,beijing,1000,\"road, rail\"\r\nastana-almaty,astana,almaty,,\"\"\"new\"\" line\"\r\n");
        // A declared unique key: checked at build time, with its own lookup.
        project.WriteFile("Country.cs", """
            namespace Consumer.Facts;

            [Dossier.DossierCollection("countries")]
            public partial record Country
            {
                [Dossier.DossierUnique]
                public required string IsoCode { get; init; }
            }
            """);
        project.WriteFile("Program.cs", """
            using System;
            using System.Globalization;
            using System.Linq;
            using Consumer.Facts;

            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            foreach (var country in Db.Countries)
            {
                Console.WriteLine($"country {country.Id}: {country.Name}, capital {Db.Cities.Get(country.Capital).Name}, {country.Population} ({country.Source})");
            }

            foreach (var city in Db.Cities.OrderBy(c => c.Name))
            {
                var country = Db.Countries.Get(city.LocatedIn);
                Console.WriteLine($"city {city.Id}: {city.Name}, {country.Name}, {city.Population}, {city.ElevationM:0.##} m ({city.Source})");
            }

            var big = from c in Db.Cities
                      where c.Population > 2_000_000
                      orderby c.Population descending
                      select c.Name;
            Console.WriteLine("over two million: " + string.Join(", ", big));

            foreach (var official in Db.Officials)
            {
                Console.WriteLine($"official {official.Id}: {official.Name}, {official.Country.Name} ({official.Source})");
            }

            var report = Db.Reports.Get("trade-2024");
            Console.WriteLine($"report {report.Id}: {report.Title} | {report.Date:yyyy-MM-dd} | {report.AmountUsd:0.##} | {Db.Countries.Get(report.About).Name} | {string.Join("+", report.Tags)} ({report.Source})");
            Console.WriteLine("table in body: " + report.Body.Contains("| imports | 27.8 |", StringComparison.Ordinal));

            foreach (var figure in Db.Figures)
            {
                Console.WriteLine($"figure {figure.Id}: {figure.Label} = {figure.Amount:0.##} ({figure.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year"}) ({figure.Source})");
            }

            Console.WriteLine($"by ISO code: {Db.Countries.ByIsoCode.Get("CN").Name}");

            foreach (var stop in Db.Stops)
            {
                Console.WriteLine($"stop {stop.Id}: {stop.City.Name}, {stop.Minutes} min ({stop.Source})");
            }

            foreach (var route in Db.Routes.Where(r => r.Km is null or < 2000))
            {
                Console.WriteLine($"route {route.Id}: {Db.Cities.Get(route.From).Name} to {Db.Cities.Get(route.To).Name}, {route.Km?.ToString(CultureInfo.InvariantCulture) ?? "?"} km, {route.Note} ({route.Source})");
            }
            """);

        project.Build().ShouldSucceed();
        var run = project.Run().ShouldSucceed();

        Assert.Equal(
            """
            country kz: Kazakhstan, capital Astana, 20000000 (facts/countries.json:2)
            country cn: China, capital Beijing, 1410000000 (facts/countries.json:3)
            city almaty: Almaty, Kazakhstan, 2300000, 800.5 m (facts/cities/almaty.json:1)
            city astana: Astana, Kazakhstan, 1400000, 347 m (facts/cities/astana.yaml:1)
            city beijing: Beijing, China, 21900000, 43.5 m (facts/cities/beijing.json:1)
            over two million: Beijing, Almaty
            official nurtleu: Murat Nurtleu, Kazakhstan (facts/officials.yml:1)
            report trade-2024: Kazakhstan-China trade in 2024 | 2024-12-31 | 43800000000 | Kazakhstan | trade+china (facts/reports/trade-2024.md:1)
            table in body: True
            figure trade: Bilateral trade = 43800000000 (2024) (facts/figures.md:5)
            figure projects: Joint projects = 66400000000 (no year) (facts/figures.md:6)
            by ISO code: China
            stop khorgos: Almaty, 45 min (facts/stops.tsv:2)
            route almaty-urumqi: Almaty to Beijing, 1000 km, road, rail (facts/routes.csv:2)
            route astana-almaty: Astana to Almaty, ? km, "new" line (facts/routes.csv:3)
            """,
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n'));

        // The data files show in the IDE under the project, linked from the folder outside it.
        var evaluation = project.Dotnet(project.ProjectDirectory, "msbuild", "-getItem:AdditionalFiles", "-nologo").ShouldSucceed();
        using var json = JsonDocument.Parse(evaluation.Output);
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(f => f.GetProperty("Identity").GetString()!.Replace('\\', '/').Contains("/shared/facts/", StringComparison.Ordinal))
            .ToList();
        Assert.All(files, f => Assert.Equal("true", f.GetProperty("Visible").GetString()));
        Assert.Equal(
            new[] { "facts/cities/almaty.json", "facts/cities/astana.yaml", "facts/cities/beijing.json", "facts/countries.json", "facts/figures.md", "facts/officials.yml", "facts/reports/trade-2024.md", "facts/routes.csv", "facts/stops.tsv" },
            files.Select(f => f.GetProperty("Link").GetString()!.Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_data_fails_the_build_with_a_Dossier_error_at_the_file_and_line()
    {
        var project = ConsumerProject.Create(_feed, "bad-data", _log);
        project.WriteFile("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }]""");
        // Line 2, column 21 is the '}' where a value should be.
        project.WriteFile("data/items.json", """
            [
              { "id": "a", "n": }
            ]
            """);
        project.WriteFile("Program.cs", """System.Console.WriteLine(Consumer.Data.Dataset.Countries.Count);""");

        var build = project.Build();

        Assert.False(build.Succeeded, "The build passed over invalid JSON. " + build.Describe());
        var output = build.Output.Replace('\\', '/');
        Assert.True(
            Regex.IsMatch(output, @"/data/items\.json\(2,21\): error DOS101: "),
            "Expected `data/items.json(2,21): error DOS101` in the build output. " + build.Describe());
        Assert.DoesNotMatch(@"\b(CS8784|CS8785|CS9057)\b", output);
    }

    [Fact]
    public void Generator_that_cannot_load_a_dependency_fails_the_build()
    {
        var project = ConsumerProject.Create(_feed, "broken-generator", _log);

        // Front matter makes the generator load YamlDotNet; this test's own package folder gets a
        // corrupt copy of it, as from a broken download or an incomplete package. (Deleting it
        // instead would fail earlier, with CS0006 for the missing analyzer file.)
        project.WriteFile("data/notes/first.md", """
            ---
            author: someone
            ---

            # First note
            """);
        // The program does not use the generated code: only the generator's failure can fail the build.
        project.WriteFile("Program.cs", """System.Console.WriteLine("hello");""");
        var yaml = Path.Combine(project.ExtractedPackage(_feed), "analyzers", "dotnet", "cs", "YamlDotNet.dll");
        Assert.True(File.Exists(yaml), $"{yaml} was not extracted.");
        File.WriteAllText(yaml, "not an assembly");

        var build = project.Build();

        Assert.False(build.Succeeded, "The build passed without the generator's output. " + build.Describe());
        Assert.True(
            Regex.IsMatch(build.Output, @"error (CS8784|CS8785|CS9057):"),
            "Expected error CS8784, CS8785 or CS9057 in the build output. " + build.Describe());
        Assert.Contains("YamlDotNet", build.Output, StringComparison.Ordinal);
    }

    private static XElement ReadNuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XElement.Load(stream);
    }

    private static string Element(XElement nuspec, string name) =>
        nuspec.Descendants().Single(e => e.Name.LocalName == name).Value;
}
