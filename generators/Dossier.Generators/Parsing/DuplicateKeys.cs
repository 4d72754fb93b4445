using System;
using System.Collections.Generic;
using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Finds a key written twice in one object (JSON) or mapping (YAML). Records are small and many:
/// a scan of the keys read so far costs less than a set per record, so the set is made only when
/// an object grows past a few keys.
/// </summary>
internal static class DuplicateKeys
{
    private const int LinearLimit = 16;

    /// <summary>Whether no key in <paramref name="properties"/> is <paramref name="key"/>; <paramref name="seen"/> starts null and is made when needed.</summary>
    public static bool IsFirst(string key, List<DataProperty> properties, ref HashSet<string>? seen)
    {
        if (seen is null && properties.Count < LinearLimit)
        {
            foreach (var property in properties)
            {
                if (string.Equals(property.Key, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                seen.Add(property.Key);
            }
        }

        return seen.Add(key);
    }
}
