using System;
using System.IO;

namespace Dossier.Generators.Helpers;

/// <summary>Which exceptions Dossier may turn into a diagnostic, and which it must let through.</summary>
internal static class Exceptions
{
    /// <summary>
    /// Cancellation, and failures to load the generator's own dependencies: those must reach the
    /// compiler, which reports CS8785 and fails the build, rather than look like a data error.
    /// </summary>
    public static bool IsFatal(Exception exception) =>
        exception is OperationCanceledException
            or FileNotFoundException or FileLoadException or BadImageFormatException
            or TypeLoadException or MissingMemberException or OutOfMemoryException;
}
