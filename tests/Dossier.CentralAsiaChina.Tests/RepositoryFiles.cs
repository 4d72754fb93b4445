using System;
using System.IO;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>Locates files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding <c>Sdk.sln</c>, or <see langword="null"/> when the tests run outside the repository.</summary>
    public static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The seed article the data was taken from, which lives beside the repository, if present.</summary>
    public static string? FindSeedArticle()
    {
        var root = FindRoot();
        if (root is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "seed", "almaty-2025-article.txt"));
        return File.Exists(path) ? path : null;
    }
}
