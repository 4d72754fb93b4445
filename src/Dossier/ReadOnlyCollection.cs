using System;

namespace Dossier;

/// <summary>What the mutators of a read-only <see cref="System.Collections.Generic.IList{T}"/> throw.</summary>
internal static class ReadOnlyCollection
{
    public static NotSupportedException Mutation() => new("The collection is read-only.");
}
