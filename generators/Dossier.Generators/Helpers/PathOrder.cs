using System;
using System.Collections.Generic;

namespace Dossier.Generators.Helpers;

/// <summary>Files in ordinal path order, which fixes the order of records and diagnostics whatever order the compiler passes files in.</summary>
internal static class PathOrder
{
    /// <summary>Sorts by ordinal path, after an O(n) check: the compiler usually passes files in order already.</summary>
    public static void Sort<T>(List<T> items, Func<T, string> path)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(path(items[i - 1]), path(items[i])) > 0)
            {
                items.Sort((a, b) => string.CompareOrdinal(path(a), path(b)));
                return;
            }
        }
    }
}
