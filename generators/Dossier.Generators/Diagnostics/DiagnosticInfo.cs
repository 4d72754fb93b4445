using System;
using System.Collections.Generic;
using Dossier.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Diagnostics;

/// <summary>An equatable description of a diagnostic, turned into a <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>
    /// DOS100 for an exception of ours caught at a step's edge: the step fails with an error that
    /// says so, rather than the compiler's CS8785, which would drop every generated type.
    /// </summary>
    /// <param name="where">The file (its display path) or part of the data the failed step was reading.</param>
    public static DiagnosticInfo InternalError(LocationInfo? location, string where, Exception exception) =>
        Create(DiagnosticDescriptors.UnreadableFile, location, where, exception.GetType().Name + ": " + exception.Message);

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.AsSpan().ToArray());

    public bool Equals(DiagnosticInfo? other) =>
        other is not null && Descriptor.Id == other.Descriptor.Id && Equals(Location, other.Location) && MessageArgs == other.MessageArgs;

    /// <summary>Whether any of <paramref name="diagnostics"/> is an error.</summary>
    public static bool HasErrors(IEnumerable<DiagnosticInfo> diagnostics) => CountErrors(diagnostics) > 0;

    /// <summary>How many of <paramref name="diagnostics"/> are errors.</summary>
    public static int CountErrors(IEnumerable<DiagnosticInfo> diagnostics)
    {
        var count = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                count++;
            }
        }

        return count;
    }

    public override int GetHashCode() => HashCodeHelper.Combine(Descriptor.Id.GetHashCode(), Location?.GetHashCode() ?? 0, MessageArgs.GetHashCode());
}
