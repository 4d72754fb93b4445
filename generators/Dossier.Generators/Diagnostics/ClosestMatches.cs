using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Generators.Diagnostics;

/// <summary>The "did you mean" of a message: the existing names closest to a misspelt one.</summary>
internal static class ClosestMatches
{
    /// <summary>Up to three existing ids closest to <paramref name="id"/> by edit distance, for the error message.</summary>
    public static List<string> Find(string id, IEnumerable<string> ids) =>
        ids.Select(candidate => (candidate, distance: Distance(id, candidate)))
            .Where(c => c.distance <= Math.Max(3, id.Length / 2))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.candidate)
            .ToList();

    /// <summary>Levenshtein distance (the textbook two-row dynamic programme).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
