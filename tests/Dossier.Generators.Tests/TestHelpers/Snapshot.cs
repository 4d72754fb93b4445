using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters.TestFrameworks;
using ApprovalTests.Writers;
using Dossier.Testing;

namespace Dossier.Generators.Tests.TestHelpers;

/// <summary>
/// Snapshot checks with ApprovalTests (Verify does not restore here). One approved file per
/// generated source: <c>Snapshots/{Scenario}/{HintName}.approved.txt</c>. A mismatch fails with
/// a diff and leaves a <c>.received.txt</c> beside it; review it, then run <c>approve.sh</c>.
/// </summary>
internal static class Snapshot
{
    public static void VerifySources(string scenario, DossierRunResult result, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", scenario);
        Assert.NotEmpty(result.Sources);
        // Check every source before failing, so that one run leaves every .received file to review.
        var failures = new List<Exception>();
        foreach (var (hintName, source) in result.Sources)
        {
            try
            {
                Approvals.Verify(new ApprovalTextWriter(source), new FixedNamer(folder, hintName), new XUnit2Reporter());
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        if (failures.Count > 1)
        {
            throw new AggregateException($"{failures.Count} snapshots of '{scenario}' differ.", failures);
        }

        // A snapshot whose source is no longer generated is stale: fail rather than keep it silently.
        if (Directory.Exists(folder))
        {
            foreach (var approved in Directory.GetFiles(folder, "*.approved.txt"))
            {
                var hint = Path.GetFileName(approved)[..^".approved.txt".Length];
                Assert.True(result.Sources.ContainsKey(hint), $"Stale snapshot {approved}: no source '{hint}' is generated any more. Delete it.");
            }
        }
    }

    private sealed class FixedNamer(string folder, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = folder;

        public string Name { get; } = name;
    }
}
