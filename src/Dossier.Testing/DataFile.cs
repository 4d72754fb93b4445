using System;

namespace Dossier.Testing;

/// <summary>A data file given to the generator: its path from the project folder and its text.</summary>
/// <param name="Path">The path from the project folder, with forward slashes (for example <c>data/meetings/almaty.md</c>).</param>
/// <param name="Content">The file's text.</param>
public sealed record DataFile(string Path, string Content)
{
    /// <summary>Reads a file from disk, giving it <paramref name="projectPath"/> as its path inside the project.</summary>
    public static DataFile FromDisk(string filePath, string projectPath) =>
        new(projectPath, System.IO.File.ReadAllText(filePath ?? throw new ArgumentNullException(nameof(filePath))));
}
