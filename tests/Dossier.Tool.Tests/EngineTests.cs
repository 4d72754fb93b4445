using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Tool.Tests;

/// <summary>
/// The tool reads the inferred dataset from a driver that does not track steps: step tracking
/// records every step's inputs and outputs, and took more than ten minutes a run over 10,000 files.
/// </summary>
public sealed class EngineTests
{
    [Fact]
    public void AnUntrackedRunIsDescribed_AndAnEditIsSeenOnTheNextRun()
    {
        var observer = new DatasetObserver();
        var texts = Enumerable.Range(0, 3)
            .Select(i => (AdditionalText)new Text($"/project/data/items/{i}.json", $$"""{ "n": {{i}} }"""))
            .ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [DossierEngine.CreateGenerator(observer).AsSourceGenerator()],
            additionalTexts: texts,
            optionsProvider: new BuildPropertiesProvider(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/project", ["RootNamespace"] = "App" }),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        Assert.Null(DossierEngine.Describe(observer));

        var compilation = CSharpCompilation.Create("Engine");
        driver = driver.RunGenerators(compilation);
        var items = Assert.Single(DossierEngine.Describe(observer)!.Collections);
        Assert.Equal(3, items.RecordCount);
        Assert.Equal(["data/items/0.json", "data/items/1.json", "data/items/2.json"], items.Files);

        driver = driver.AddAdditionalTexts([new Text("/project/data/items/3.json", """{ "n": 3, "note": "new" }""")]).RunGenerators(compilation);
        items = Assert.Single(DossierEngine.Describe(observer)!.Collections);
        Assert.Equal(4, items.RecordCount);
        Assert.Contains(items.Types[0].Properties, p => p.Name == "Note");
    }

    private sealed class Text(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }
}
