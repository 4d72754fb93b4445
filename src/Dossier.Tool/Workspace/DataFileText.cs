using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Tool.Workspace;

/// <summary>
/// A data file as the compiler hands it to the generator: read once, on first use, decoded as the
/// compiler decodes additional files (UTF-8, or the ANSI code page when the bytes are not UTF-8).
/// A file that cannot be read gives no text, as in the build, where the generator reports it.
/// </summary>
internal sealed class DataFileText(string path) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Lazy<(SourceText? Text, string? Problem)> _read = new(() => (Read(path, out var problem), problem), LazyThreadSafetyMode.ExecutionAndPublication);

    public override string Path { get; } = path;

    /// <summary>Why the file could not be read, or why its text may not be what its author meant; null when all is well.</summary>
    public string? Problem => _read.IsValueCreated ? _read.Value.Problem : null;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _read.Value.Text;

    /// <summary>Reads the file now, on the caller's thread.</summary>
    public void Load() => _ = _read.Value;

    private static SourceText? Read(string path, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            return null;
        }

        try
        {
            return SourceText.From(bytes, bytes.Length, StrictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
        {
            // The compiler falls back to the ANSI code page for text that is not UTF-8: the build
            // reads the file the same way, so the diagnostics stay the build's.
            problem = "not valid UTF-8: read as Windows-1252, as the compiler reads such a file. Save it as UTF-8";
            return SourceText.From(bytes, bytes.Length, Latin1OrAnsi(), SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
    }

    private static Encoding Latin1OrAnsi() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
