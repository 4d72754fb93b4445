using System.Collections.Immutable;
using Dossier.Generators.Model;

namespace Dossier.Generators.Tooling;

/// <summary>
/// Receives the dataset each run of a <see cref="DossierGenerator"/> made for a host infers, with
/// the parsed files, so that the host can describe it (see <see cref="DossierEngine"/>). The
/// generator hands them over only when they change; the last ones stay here.
/// </summary>
internal sealed class DatasetObserver
{
    /// <summary>The last dataset inferred; null before the first run.</summary>
    public DatasetResult? Dataset { get; private set; }

    /// <summary>Every additional file's parse of the last run that changed any.</summary>
    public ImmutableArray<FileParseResult> Files { get; private set; } = ImmutableArray<FileParseResult>.Empty;

    internal void Observe(DatasetResult dataset, ImmutableArray<FileParseResult> files)
    {
        Dataset = dataset;
        Files = files;
    }
}
