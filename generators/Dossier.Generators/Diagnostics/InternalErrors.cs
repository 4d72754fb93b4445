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
    /// <summary>
    /// Runs <paramref name="step"/> on <paramref name="input"/>; if it throws, returns what
    /// <paramref name="failed"/> makes of the input and the DOS100 for <paramref name="where"/>.
    /// Both are given the input, so that callers pass static lambdas: this runs once per data
    /// file, and a capturing lambda would allocate on every call.
    /// </summary>
    /// <param name="where">The file (its display path) or part of the data the step was reading.</param>
    public static TResult Guard<TInput, TResult>(TInput input, Func<TInput, TResult> step, Func<TInput, DiagnosticInfo, TResult> failed, LocationInfo? location, string where)
    {
        try
        {
            return step(input);
        }
        catch (Exception exception) when (!Exceptions.IsFatal(exception))
        {
            return failed(input, DiagnosticInfo.InternalError(location, where, exception));
        }
    }
}
