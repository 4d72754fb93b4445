using System;

namespace Dossier.Generators.Parsing;

/// <summary>Paths as the generator compares them: forward slashes, no <c>.</c> or <c>..</c> segments, without touching the file system.</summary>
internal static class PathHelper
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string EnsureTrailingSlash(string path) => path.EndsWith("/", StringComparison.Ordinal) ? path : path + "/";

    public static string GetExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot < 0 ? string.Empty : fileName.Substring(dot);
    }

    /// <summary>Resolves <c>.</c> and <c>..</c> segments without touching the file system.</summary>
    public static string Collapse(string path)
    {
        var normalized = Normalize(path);
        var unc = normalized.StartsWith("//", StringComparison.Ordinal); // a network share: \\server\share
        var parts = normalized.Split('/');
        var stack = new System.Collections.Generic.List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (part == "." || (part.Length == 0 && stack.Count > 0))
            {
                continue;
            }

            if (part == ".." && stack.Count > 0 && stack[stack.Count - 1] != "..")
            {
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            stack.Add(part);
        }

        var collapsed = string.Join("/", stack);
        return unc ? "/" + collapsed : collapsed;
    }
}
