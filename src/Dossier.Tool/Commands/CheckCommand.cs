using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dossier.Tool.Output;
using Dossier.Tool.Workspace;
using Microsoft.CodeAnalysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Tool.Commands;

/// <summary>`dossier check`: the generator's diagnostics for the data, as a build would report them.</summary>
internal sealed class CheckCommand(ToolEnvironment environment) : Command<CheckCommand.Settings>
{
    internal sealed class Settings : FormatSettings
    {
        [CommandOption("--warnaserror")]
        [Description("Treat warnings as errors (exit code 1).")]
        public bool WarningsAsErrors { get; init; }

        [CommandOption("-w|--watch")]
        [Description("Check again on every change under the data folder and to the project's .cs files, until Ctrl+C.")]
        public bool Watch { get; init; }

        public override ValidationResult Validate() =>
            Watch && Format == OutputFormat.Json ? ValidationResult.Error("--watch prints text; it cannot be combined with --format json.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var project = ProjectLocator.Locate(settings.Project, settings.Data, environment);
        var located = total.Elapsed;
        WorkspaceNotes.WriteDeclarationsNote(project, environment);
        // Watching starts before the first check, so that an edit made while it runs is not missed.
        using var watcher = settings.Watch ? new ChangeWatcher(project) : null;
        var stopwatch = Stopwatch.StartNew();
        var workspace = WorkspaceNotes.OpenAndLoad(project, environment);
        var loaded = total.Elapsed;
        var diagnostics = WorkspaceNotes.WithProgress(environment, workspace.FileCount, $"Checking {workspace.FileCount:N0} data files", () => workspace.Run(environment.Cancellation));
        var exitCode = Report(workspace, diagnostics, settings);
        if (Environment.GetEnvironmentVariable("DOSSIER_TIMINGS") == "1")
        {
            // For benchmarks: where the time of a check goes.
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier: timings: project {located.TotalMilliseconds:0} ms, files {(loaded - located).TotalMilliseconds:0} ms, generator {(total.Elapsed - loaded).TotalMilliseconds:0} ms, in all {total.Elapsed.TotalMilliseconds:0} ms (since the process started: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms)"));
        }

        if (watcher is null)
        {
            return exitCode;
        }

        environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier watch: first check took {total.ElapsedMilliseconds} ms (with reading the project). Watching {ProjectLocator.Relative(environment.WorkingDirectory, project.DataRoot)} for changes; Ctrl+C stops."));
        environment.Output.Flush();
        while (!environment.Cancellation.IsCancellationRequested)
        {
            var changed = watcher.WaitForChanges(environment.Cancellation);
            if (changed.Count == 0)
            {
                continue;
            }

            stopwatch.Restart();
            var applied = workspace.Apply(changed, environment.Cancellation);
            if (applied.Count == 0)
            {
                continue;
            }

            foreach (var line in applied)
            {
                environment.Output.WriteLine("dossier watch: " + ToRelative(line));
            }

            var appliedAt = stopwatch.Elapsed.TotalMilliseconds;
            var gcBefore = GC.CollectionCount(2);
            diagnostics = workspace.Run(environment.Cancellation);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (Environment.GetEnvironmentVariable("DOSSIER_TIMINGS") == "1")
            {
                environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier: timings: apply {appliedAt:0.0} ms, generator {elapsed - appliedAt:0.0} ms, gen2 collections {GC.CollectionCount(2) - gcBefore}"));
            }

            Report(workspace, diagnostics, settings);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier watch: re-checked in {elapsed:0.0} ms."));
            environment.Output.Flush();
        }

        return ExitCodes.Success;
    }

    private string ToRelative(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return line[..(space + 1)] + ProjectLocator.Relative(environment.WorkingDirectory, line[(space + 1)..]);
    }

    private int Report(DataWorkspace workspace, IReadOnlyList<Diagnostic> diagnostics, Settings settings)
    {
        var lines = diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => DiagnosticPrinter.ToLine(d, settings.WarningsAsErrors, environment.WorkingDirectory))
            .ToList();
        foreach (var (path, problem) in workspace.FileProblems)
        {
            environment.Error.WriteLine($"dossier: note: {ProjectLocator.Relative(environment.WorkingDirectory, path)}: {problem}.");
        }

        var errors = lines.Count(l => l.Severity == "error");
        var warnings = lines.Count(l => l.Severity == "warning");
        if (settings.Format == OutputFormat.Json)
        {
            environment.Output.WriteLine(DiagnosticPrinter.ToJson(lines));
            environment.Error.WriteLine(DiagnosticPrinter.Summary(errors, warnings, workspace.FileCount));
        }
        else
        {
            foreach (var line in lines)
            {
                environment.Output.WriteLine(DiagnosticPrinter.ToText(line));
            }

            environment.Output.WriteLine(DiagnosticPrinter.Summary(errors, warnings, workspace.FileCount));
        }

        environment.Output.Flush();
        return errors > 0 ? ExitCodes.DataErrors : ExitCodes.Success;
    }
}
