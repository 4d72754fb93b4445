using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dossier.Testing;

/// <summary>What one generator run produced.</summary>
public sealed class DossierRunResult
{
    internal DossierRunResult(
        IReadOnlyDictionary<string, string> sources,
        ImmutableArray<Diagnostic> diagnostics,
        Compilation outputCompilation,
        GeneratorDriver driver)
    {
        Sources = sources;
        Diagnostics = diagnostics;
        OutputCompilation = outputCompilation;
        Driver = driver;
    }

    /// <summary>The generated sources, by hint name (for example <c>Dataset.Meetings.g.cs</c>), in ordinal order of hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The diagnostics the generator reported (data errors and warnings), sorted by file, position and id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The input compilation with the generated sources added, for compiling or inspecting.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>The driver after the run: run it again with edited inputs to test incremental behaviour.</summary>
    public GeneratorDriver Driver { get; }
}
