using System.IO;
using System.Linq;
using System.Text.Json;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>`dossier check`, run in-process.</summary>
public sealed class CheckTests
{
    [Fact]
    public void TheSeedDataChecksCleanWithItsProject()
    {
        var result = DossierTool.Run(Repository.Root, "check", "--project", Repository.SeedProject);

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = Assert.Single(result.OutputLines);
        Assert.Matches(@"^dossier check: 0 errors, 0 warnings in \d+ data files\.$", summary);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void BrokenDataGivesLocatedErrorsInTheCompilersFormatAndExitCode1()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("broken/data"), "data");

        var result = DossierTool.Run(temp.Path, "check", "--data", "data");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            new[]
            {
                "data/countries.json(3,48): error DOS201: 'countries.population' is a string here but a number at countries.json:2:53. Every value of one property must have the same type: change one of them (quote a number to make it a string). (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos201)",
                "data/countries.json(4,11): error DOS206: The id 'kz' is used twice in collection 'countries' (first at countries.json:2:11). Ids must be unique within a collection. (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos206)",
                "data/deep/a/too-deep.json(1,1): warning DOS111: 'data/deep/a/too-deep.json' is in the data folder but fits no data convention (collections are one level deep), so it is not read. Move it to 'data/name.json|yaml|yml|md|csv|tsv' or 'data/name/*.json|yaml|yml|md'. (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos111)",
                "data/notes/broken.json(2,1): error DOS101: 'data/notes/broken.json' is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. Fix the text at this position. (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos101)",
                "data/officials.json(3,32): error DOS210: 'officials' refers to the id 'atlantis', but the collection 'countries' has no record with that id. Fix the id, or add the record. (https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#dos210)",
                "dossier check: 4 errors, 1 warning in 5 data files.",
            },
            result.OutputLines);
        Assert.Contains("C# declarations", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFormatIsAnArrayOfLocatedDiagnostics()
    {
        using var temp = new TempFolder();
        temp.Copy(Repository.Fixture("broken/data"), "data");

        var result = DossierTool.Run(temp.Path, "check", "--data", "data", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var reference = items.Single(i => i.GetProperty("id").GetString() == "DOS210");
        Assert.Equal("error", reference.GetProperty("severity").GetString());
        Assert.Equal("data/officials.json", reference.GetProperty("path").GetString());
        Assert.Equal(3, reference.GetProperty("line").GetInt32());
        Assert.Equal(32, reference.GetProperty("column").GetInt32());
        Assert.StartsWith("'officials' refers to the id 'atlantis'", reference.GetProperty("message").GetString(), System.StringComparison.Ordinal);
        Assert.Contains("DOS210", reference.GetProperty("helpUri").GetString(), System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal("warning", items.Single(i => i.GetProperty("id").GetString() == "DOS111").GetProperty("severity").GetString());
    }

    [Fact]
    public void WarnAsErrorTurnsAWarningIntoAnError()
    {
        using var temp = new TempFolder();
        temp.Write("data/notes/a.json", """{ "text": "fine" }""");
        temp.Write("data/deep/a/b.json", """{ "x": 1 }""");

        var plain = DossierTool.Run(temp.Path, "check", "--data", "data");
        var strict = DossierTool.Run(temp.Path, "check", "--data", "data", "--warnaserror");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains(plain.OutputLines, l => l.Contains(": warning DOS111:", System.StringComparison.Ordinal));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.OutputLines, l => l.Contains(": error DOS111:", System.StringComparison.Ordinal));
        Assert.Equal("dossier check: 1 error, 0 warnings in 2 data files.", strict.OutputLines[^1]);
    }

    [Theory]
    [InlineData("CS8784")]
    [InlineData("CS8785")]
    [InlineData("CS9057")]
    public void AGeneratorThatFailedIsAnErrorAsInTheBuild(string id)
    {
        // The compiler reports these as warnings; the Dossier package fails the build on them.
        var warning = Microsoft.CodeAnalysis.Diagnostic.Create(id, "Compiler", "Generator 'DossierGenerator' failed to generate source.", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true, warningLevel: 1);

        var reported = Dossier.Tool.Workspace.DataWorkspace.AsTheBuildReportsIt(warning);

        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal(id, reported.Id);
        Assert.Equal(warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OtherWarningsStayWarnings()
    {
        var warning = Microsoft.CodeAnalysis.Diagnostic.Create("DOS111", "Dossier.Parsing", "ignored", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true, warningLevel: 1);
        Assert.Same(warning, Dossier.Tool.Workspace.DataWorkspace.AsTheBuildReportsIt(warning));
    }
}
