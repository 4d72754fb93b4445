using System;

namespace Dossier.Tool;

/// <summary>A problem the user can fix (a missing project, a data folder that is not there): printed as one line, never as a stack trace.</summary>
internal sealed class ToolException(string message, int exitCode = ExitCodes.UsageError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>No errors.</summary>
    public const int Success = 0;

    /// <summary>The data has errors (or warnings, with --warnaserror).</summary>
    public const int DataErrors = 1;

    /// <summary>A usage error: bad arguments, no project, no data folder, a file the tool cannot write.</summary>
    public const int UsageError = 2;
}
