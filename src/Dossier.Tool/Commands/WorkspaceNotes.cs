using System;
using Dossier.Tool.Workspace;
using Spectre.Console;

namespace Dossier.Tool.Commands;

/// <summary>What every command says and does around opening a workspace.</summary>
internal static class WorkspaceNotes
{
    /// <summary>How many files make a run long enough to show progress on a terminal.</summary>
    private const int ProgressThreshold = 2_000;

    public static void WriteDeclarationsNote(ProjectContext project, ToolEnvironment environment)
    {
        if (!project.SeesDeclarations)
        {
            environment.Error.WriteLine("dossier: note: no project given (--data alone): C# declarations ([DossierCollection] types, declared property types and enums) are not seen. Use --project to check as the build does.");
        }
    }

    public static DataWorkspace OpenAndLoad(ProjectContext project, ToolEnvironment environment)
    {
        var workspace = DataWorkspace.Open(project, environment.Cancellation);
        WithProgress(environment, workspace.FileCount, $"Reading {workspace.FileCount:N0} data files", () =>
        {
            workspace.LoadFiles(environment.Cancellation);
            return 0;
        });
        return workspace;
    }

    /// <summary>Runs <paramref name="work"/> under a spinner on stderr when a person watches a long run (<paramref name="files"/> data files or more than the threshold); plain otherwise.</summary>
    public static T WithProgress<T>(ToolEnvironment environment, int files, string what, Func<T> work)
    {
        if (!environment.IsTerminal || files < ProgressThreshold)
        {
            return work();
        }

        var console = DossierCli.ConsoleFor(environment.Error, isTerminal: true);
        return console.Status().Start(what + "...", _ => work());
    }
}
