using System.Linq;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.TestHelpers;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Requires exactly one diagnostic with <paramref name="id"/>, in <paramref name="path"/> (as the
    /// project sees it) at the 1-based <paramref name="line"/> and <paramref name="column"/>, whose
    /// message holds every one of <paramref name="messageParts"/>. Returns it for further checks.
    /// </summary>
    public static Diagnostic Single(DossierRunResult result, string id, string path, int line, int column, params string[] messageParts)
    {
        // A mistake in the data is the user's; it must never also be reported as a bug of ours.
        Assert.True(id == "DOS100" || result.Diagnostics.All(d => d.Id != "DOS100"), $"An internal error came with {id}:\n{string.Join("\n", result.Diagnostics)}");
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", result.Diagnostics)}");
        var diagnostic = matching[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/" + path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, message);
        }

        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri));
        Assert.EndsWith("#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        return diagnostic;
    }

    /// <summary>The build fails: an error is reported, and the generated code (if any) still compiles.</summary>
    public static void FailsCleanly(DossierRunResult result)
    {
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DOS", System.StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.CompilationErrors(result));
    }
}
