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
        var result = GeneratorHarness.Run(new DossierRunOptions { RootNamespace = "Dossier.CentralAsiaChina" }, RepoPaths.SeedData());
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.Load(result);
        Snapshot.VerifySources("SeedDataset", result);
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
