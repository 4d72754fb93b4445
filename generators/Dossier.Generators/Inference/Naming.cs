using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Inference;

/// <summary>Turns keys, file names and folder names into C# identifiers.</summary>
internal static class Naming
{
    /// <summary>Members every C# record has; a data key may not take their names.</summary>
    public static readonly HashSet<string> RecordMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
        "EqualityContract", "PrintMembers", "Deconstruct",
    };

    /// <summary>
    /// PascalCase: words are split at anything that cannot be part of an identifier and at
    /// underscores; each word's first letter is upper-cased and the rest kept (so camelCase,
    /// snake_case and kebab-case all work). A leading digit gets an underscore; a keyword gets '@'.
    /// </summary>
    public static string ToPascalCase(string text)
    {
        // Every record repeats its collection's keys, and the JSON parser hands out the same key
        // string for the same key: a slot per string instance answers without hashing its text.
        // Behind it, the last few hundred conversions by text. Both per thread, as generators
        // may run in parallel. A long key is converted every time: kept, one huge key of one file
        // would stay in memory for as long as the thread lives.
        if (text.Length > MaxCachedKeyLength)
        {
            return ConvertToPascalCase(text);
        }

        var slots = _pascalSlots ??= new (string?, string?)[64];
        ref var slot = ref slots[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(text) & 63];
        if (ReferenceEquals(slot.Key, text))
        {
            return slot.Name!;
        }

        var cache = _pascalCache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var name))
        {
            if (cache.Count >= MaxCachedKeys)
            {
                cache.Clear();
            }

            name = cache[text] = ConvertToPascalCase(text);
        }

        slot = (text, name);
        return name;
    }

    /// <summary>The longest key whose name is kept for the next record.</summary>
    public const int MaxCachedKeyLength = 256;

    private const int MaxCachedKeys = 512;

    /// <summary>The characters this thread's name caches hold, keys and names; never more than <see cref="MaxCharsHeld"/>.</summary>
    internal static long CharsHeld()
    {
        long chars = 0;
        foreach (var (key, name) in _pascalSlots ?? System.Array.Empty<(string?, string?)>())
        {
            chars += (key?.Length ?? 0) + (name?.Length ?? 0);
        }

        if (_pascalCache is { } cache)
        {
            foreach (var pair in cache)
            {
                chars += pair.Key.Length + pair.Value.Length;
            }
        }

        return chars;
    }

    /// <summary>The most the caches hold: every slot and entry full with the longest key kept, and its name (a key's name is at most one character longer, for '@' or '_').</summary>
    public const long MaxCharsHeld = (64L + MaxCachedKeys) * ((2L * MaxCachedKeyLength) + 1);

    [ThreadStatic]
    private static (string? Key, string? Name)[]? _pascalSlots;

    [ThreadStatic]
    private static Dictionary<string, string>? _pascalCache;

    private static string ConvertToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue; // C# ignores formatting characters in identifiers: "a\u200Db" is "ab"
            }

            if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0)
        {
            return "_";
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return EscapeKeyword(builder.ToString());
    }

    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>
    /// The English singular of a PascalCase plural, for record type names: the last word only,
    /// by the common rules (countries → Country, statuses → Status, boxes → Box, meetings →
    /// Meeting). A word the rules do not know is kept as it is.
    /// </summary>
    public static string Singularize(string name)
    {
        foreach (var (plural, singular) in Irregulars)
        {
            if (name.EndsWith(plural, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - plural.Length) + singular;
            }
        }

        if (name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 3)
        {
            return name.Substring(0, name.Length - 3) + "y";
        }

        foreach (var suffix in new[] { "sses", "shes", "ches", "xes", "zzes", "uses" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name.Substring(0, name.Length - 2);
            }
        }

        if (name.EndsWith("s", StringComparison.Ordinal) && name.Length > 1
            && !name.EndsWith("ss", StringComparison.Ordinal)
            && !name.EndsWith("us", StringComparison.Ordinal)
            && !name.EndsWith("is", StringComparison.Ordinal))
        {
            return name.Substring(0, name.Length - 1);
        }

        return name;
    }

    /// <summary>The English plural of a PascalCase singular (the inverse of <see cref="Singularize"/> for regular words).</summary>
    public static string Pluralize(string name)
    {
        foreach (var (plural, singular) in Irregulars)
        {
            if (name.EndsWith(singular, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - singular.Length) + plural;
            }
        }

        if (name.Length > 1 && name.EndsWith("y", StringComparison.Ordinal) && "aeiou".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        foreach (var suffix in new[] { "s", "x", "z", "ch", "sh" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name + "es";
            }
        }

        return name + "s";
    }

    /// <summary>Irregular plurals, and words whose singular is the same (uncountable), matched on the last word.</summary>
    private static readonly (string Plural, string Singular)[] Irregulars =
    {
        ("People", "Person"), ("Children", "Child"), ("Men", "Man"), ("Women", "Woman"),
        ("Criteria", "Criterion"), ("Indices", "Index"), ("Matrices", "Matrix"), ("Vertices", "Vertex"),
        ("News", "News"), ("Series", "Series"), ("Species", "Species"), ("Data", "Data"),
        ("Metadata", "Metadata"), ("Information", "Information"), ("Analyses", "Analysis"),
        ("Theses", "Thesis"), ("Crises", "Crisis"), ("Quizzes", "Quiz"), ("Movies", "Movie"),
    };

    /// <summary>Whether <paramref name="text"/> is a valid (possibly dotted) C# namespace.</summary>
    public static bool IsValidNamespace(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var part in text.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidIdentifier(string text) =>
        SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>A namespace made from a project's RootNamespace, which MSBuild does not validate.</summary>
    public static string SanitizeNamespace(string text)
    {
        var parts = text.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = ToPascalCase(parts[i]).TrimStart('@');
            if (!IsValidIdentifier(parts[i]))
            {
                parts[i] = "_" + parts[i];
            }
        }

        return parts.Length == 0 ? "Dossier" : string.Join(".", parts);
    }
}
