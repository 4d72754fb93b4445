using System.Linq;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>
/// The generated code, snapshot by snapshot: the seed dataset, and one small fixture per
/// inference rule. Every fixture's output must also compile without errors or warnings.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void SeedDataset()
    {
        // The seed library's own C# declarations steer some of its types; the snapshot includes them.
        var declarations = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "src", "Dossier.CentralAsiaChina", "Declarations.cs"));
        var result = DossierGeneratorRunner.Run(
            GeneratorHarness.CreateCompilation(declarations),
            RepoPaths.SeedData(),
            new DossierRunOptions { RootNamespace = "Dossier.CentralAsiaChina" });
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources("SeedDataset", result);
    }

    [Fact]
    public void DeclaredTypes()
    {
        var compilation = GeneratorHarness.CreateCompilation(DeclaredTypesSource);
        var result = DossierGeneratorRunner.Run(compilation, Fixtures.All["References"].Append(new DataFile("data/meetings/astana.md", "---\nstatus: Planned\ncountries: []\nofficials: []\n---\n")).Select(f => f.Path == "data/meetings/almaty.md" ? f with { Content = "---\nstatus: held\ncountries: [kz, cn]\nofficials: [nurtleu, wang-yi]\nbudget: 12\n---\n# Almaty\n" } : f), new DossierRunOptions());
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources("DeclaredTypes", result);
    }

    internal const string DeclaredTypesSource = """
        #pragma warning disable CS1591 // the fixture's own code needs no docs
        using Dossier;

        namespace App.Model
        {
            [DossierCollection("meetings")]
            public partial record Meeting
            {
                public required Status Status { get; init; }

                [DossierProperty("officials"), DossierReference("officials")]
                public required ValueList<string> AttendeeIds { get; init; }

                public decimal? Budget { get; init; }
            }

            public enum Status { Held, Planned }

            [DossierCollection("officials")]
            public partial class Official
            {
                [DossierNoReference]
                public string? Country { get; init; }
            }
        }
        """;

    [Fact]
    public void UniqueKeys()
    {
        var result = DossierGeneratorRunner.Run(
            GeneratorHarness.CreateCompilation(UniqueKeyTests.CountrySource),
            new[] { new DataFile("data/countries.json", UniqueKeyTests.Countries) },
            new DossierRunOptions());
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources("UniqueKeys", result);
    }

    [Fact]
    public void KeyReferences()
    {
        var result = DossierGeneratorRunner.Run(GeneratorHarness.CreateCompilation(UniqueKeyTests.KeyReferenceSource), UniqueKeyTests.KeyReferenceData, new DossierRunOptions());
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources("KeyReferences", result);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Fixture(string name)
    {
        var result = GeneratorHarness.Run(Fixtures.All[name]);
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources(name, result);
    }
}
