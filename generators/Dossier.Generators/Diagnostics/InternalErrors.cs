using System;
using Dossier.Generators.Helpers;

namespace Dossier.Generators.Diagnostics;

/// <summary>
/// The edge of every pipeline step: an exception of ours (a bug) becomes the step's failed
/// result with a DOS100 error that says so, rather than the compiler's CS8785, which would drop
/// every generated type and leave the user with no clue.
/// </summary>
internal static class InternalErrors
{
    /// <summary>Runs <paramref name="step"/>; if it throws, returns <paramref name="failed"/> given the DOS100 for <paramref name="where"/>.</summary>
    /// <param name="where">The file (its display path) or part of the data the step was reading.</param>
    public static TResult Guard<TInput, TResult>(TInput input, Func<TInput, TResult> step, LocationInfo? location, string where, Func<DiagnosticInfo, TResult> failed)
    {
        try
        {
            return step(input);
        }
        catch (Exception exception) when (!Exceptions.IsFatal(exception))
        {
            return failed(DiagnosticInfo.InternalError(location, where, exception));
        }
    }
}
