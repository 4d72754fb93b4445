using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Dossier.PackageTests;

/// <summary>
/// Packs Dossier and Dossier.Testing once for all tests, with a version unique to this run, into
/// a folder feed under a temporary folder that is deleted afterwards (set
/// DOSSIER_KEEP_PACKAGE_TEST_FILES=1 to keep it for a look).
/// </summary>
public sealed class PackageFeed : IDisposable
{
    /// <summary>Time allowed for one `dotnet pack` (a cold build of the generator and the runtime).</summary>
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    public PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        Root = Path.Combine(Path.GetTempPath(), "dossier-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedDirectory);

        // Built in a private artifacts folder: the repository's bin/ and obj/ are not touched, so
        // this runs safely beside the solution's own build and tests.
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in new[] { "src/Dossier/Dossier.csproj", "src/Dossier.Testing/Dossier.Testing.csproj" })
        {
            var result = DotnetCli.Run(
                RepositoryRoot,
                new Dictionary<string, string?>(),
                PackTimeout,
                "pack", Path.Combine(RepositoryRoot, project),
                "--configuration", "Release",
                "--output", FeedDirectory,
                "--artifacts-path", artifacts,
                "-p:Version=" + Version,
                "-nodeReuse:false");
            PackResults.Add(result);
            if (!result.Succeeded)
            {
                Dispose();
                throw new InvalidOperationException("Packing failed. " + result.Describe());
            }
        }

        DossierPackage = Path.Combine(FeedDirectory, $"Dossier.{Version}.nupkg");
        TestingPackage = Path.Combine(FeedDirectory, $"Dossier.Testing.{Version}.nupkg");
    }

    /// <summary>The folder holding Sdk.sln.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The package version of this run (a new one each run, so that no cache can serve an old build).</summary>
    public string Version { get; }

    /// <summary>This run's temporary folder.</summary>
    public string Root { get; }

    /// <summary>The folder feed holding the packed .nupkg and .snupkg files.</summary>
    public string FeedDirectory { get; }

    public string DossierPackage { get; }

    public string TestingPackage { get; }

    /// <summary>The pack commands and their output (with timings).</summary>
    internal List<CliResult> PackResults { get; } = new();

    /// <summary>Whether a test has written the pack timings to its output (the first one to finish does).</summary>
    internal bool PackTimingsReported { get; set; }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_KEEP_PACKAGE_TEST_FILES") == "1")
        {
            return;
        }

        for (var attempt = 1; attempt <= 5 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200 * attempt); // a child process may still be letting go of a file
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Sdk.sln: the package tests run from the repository.");
    }
}
