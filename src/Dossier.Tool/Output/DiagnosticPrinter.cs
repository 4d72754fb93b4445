using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Dossier.Tool.Output;

/// <summary>A diagnostic as the tool prints it.</summary>
/// <param name="Path">The file, relative to the working folder when under it; null for one without a location.</param>
internal sealed record DiagnosticLine(string Id, string Severity, string? Path, int Line, int Column, string Message, string? HelpUri);

/// <summary>Prints diagnostics in the compiler's format (which editors and CI annotate) or as JSON.</summary>
internal static class DiagnosticPrinter
{
    public static DiagnosticLine ToLine(Diagnostic diagnostic, bool warningsAsErrors, string workingDirectory)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => warningsAsErrors ? "error" : "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var span = diagnostic.Location.GetLineSpan();
        string? path = null;
        int line = 0, column = 0;
        if (span.IsValid && !string.IsNullOrEmpty(span.Path))
        {
            path = Workspace.ProjectLocator.Relative(workingDirectory, span.Path);
            line = span.StartLinePosition.Line + 1;
            column = span.StartLinePosition.Character + 1;
        }

        var help = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri;
        return new DiagnosticLine(diagnostic.Id, severity, path, line, column, diagnostic.GetMessage(CultureInfo.InvariantCulture), help);
    }

    /// <summary>
    /// The compiler's format, as `dotnet build` prints it: <c>path(line,col): error DOS201: message (help link)</c>;
    /// <c>dossier : error ...</c> for one without a location.
    /// </summary>
    public static string ToText(DiagnosticLine line)
    {
        var message = line.HelpUri is null ? line.Message : line.Message + " (" + line.HelpUri + ")";
        return line.Path is null
            ? $"dossier : {line.Severity} {line.Id}: {message}"
            : string.Create(CultureInfo.InvariantCulture, $"{line.Path}({line.Line},{line.Column}): {line.Severity} {line.Id}: {message}");
    }

    public static string ToJson(IEnumerable<DiagnosticLine> lines)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var line in lines)
            {
                writer.WriteStartObject();
                writer.WriteString("id", line.Id);
                writer.WriteString("severity", line.Severity);
                if (line.Path is null)
                {
                    writer.WriteNull("path");
                }
                else
                {
                    writer.WriteString("path", line.Path.Replace('\\', '/'));
                }

                writer.WriteNumber("line", line.Line);
                writer.WriteNumber("column", line.Column);
                writer.WriteString("message", line.Message);
                if (line.HelpUri is null)
                {
                    writer.WriteNull("helpUri");
                }
                else
                {
                    writer.WriteString("helpUri", line.HelpUri);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The summary line: counts, and how many files were read.</summary>
    public static string Summary(int errors, int warnings, int files) =>
        string.Create(CultureInfo.InvariantCulture, $"dossier check: {Count(errors, "error")}, {Count(warnings, "warning")} in {Count(files, "data file")}.");

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");
}
