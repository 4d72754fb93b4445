using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dossier.Generators.Parsing;
using Dossier.Testing;

namespace Dossier.Generators.Tests.TestHelpers;

/// <summary>Finds the repository (the folder holding Sdk.sln) and its data and shared folders.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    /// <summary>The read-only shared folder beside the repository (seed article, corpora).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>
    /// The seed dataset as data files, with the paths a project with data/ at its root would give them:
    /// every file Dossier.targets passes to the generator, in whichever format.
    /// </summary>
    public static DataFile[] SeedData() =>
        Directory.GetFiles(Data, "*", SearchOption.AllDirectories)
            .Where(DataFileClassifier.IsCandidate)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => DataFile.FromDisk(f, "data/" + Path.GetRelativePath(Data, f).Replace('\\', '/')))
            .ToArray();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
