using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dossier.Generators.Parsing;
using Dossier.Tool.Schema;
using Dossier.Tool.Workspace;
using Spectre.Console.Cli;

namespace Dossier.Tool.Commands;

/// <summary>`dossier schema`: a JSON Schema per collection, from the generator's own inference.</summary>
internal sealed class SchemaCommand(ToolEnvironment environment) : Command<SchemaCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write the schemas. Default: the data folder's .schemas/ (which Dossier does not read as data).")]
        public string? Out { get; init; }

        [CommandOption("--vscode")]
        [Description("Also add json.schemas (and, for YAML files, yaml.schemas) entries to .vscode/settings.json in the current folder, keeping every other setting.")]
        public bool VsCode { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var project = ProjectLocator.Locate(settings.Project, settings.Data, environment);
        WorkspaceNotes.WriteDeclarationsNote(project, environment);
        var dataset = InspectCommand.Infer(project, environment);
        var schemas = JsonSchemaWriter.Write(dataset);
        var folder = settings.Out is null ? Path.Combine(project.DataRoot, ".schemas") : ProjectLocator.FullPath(environment.WorkingDirectory, settings.Out);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var schema in schemas)
            {
                File.WriteAllText(Path.Combine(folder, schema.FileName), schema.Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot write the schemas to {folder}: {e.Message}");
        }

        foreach (var schema in schemas)
        {
            environment.Output.WriteLine($"{ToDisplay(Path.Combine(folder, schema.FileName))}  ({string.Join(", ", schema.FileMatch)})");
        }

        var tables = dataset.Collections.Where(c => c.Layouts.All(IsTable)).Select(c => c.Name).ToList();
        if (tables.Count > 0)
        {
            environment.Output.WriteLine($"No schema for {string.Join(", ", tables)}: a markdown table, a CSV or a TSV file is not JSON or YAML, so no editor validates it against a JSON Schema.");
        }

        environment.Output.WriteLine($"dossier schema: {schemas.Count} schema file{(schemas.Count == 1 ? string.Empty : "s")} written to {ToDisplay(folder)}.");
        if (settings.VsCode)
        {
            WriteVsCodeSettings(project, schemas, folder);
        }

        return ExitCodes.Success;
    }

    private static bool IsTable(Generators.Tooling.FileLayout layout) =>
        layout is Generators.Tooling.FileLayout.MarkdownTable or Generators.Tooling.FileLayout.CsvTable or Generators.Tooling.FileLayout.TsvTable;

    private void WriteVsCodeSettings(ProjectContext project, System.Collections.Generic.IReadOnlyList<SchemaFile> schemas, string folder)
    {
        var workspaceFolder = environment.WorkingDirectory;
        var dataParent = Path.GetDirectoryName(project.DataRoot)!;

        // Front matter is left out: no editor validates the YAML inside a markdown file.
        var json = Associations(schemas, workspaceFolder, dataParent, folder, pattern => pattern.EndsWith(".json", StringComparison.Ordinal));
        var yaml = Associations(schemas, workspaceFolder, dataParent, folder, DataFileClassifier.IsYaml);
        var prefix = "./" + Slashes(Path.GetRelativePath(workspaceFolder, folder)) + "/";
        var result = VsCodeSettings.Merge(Path.Combine(workspaceFolder, ".vscode", "settings.json"), json, yaml, prefix);
        if (result.Written)
        {
            var yamlNote = yaml.Count > 0 ? $" and {yaml.Count} {VsCodeSettings.YamlKey} entries (read by the YAML extension, redhat.vscode-yaml)" : string.Empty;
            environment.Output.WriteLine($"dossier schema: {json.Count} {VsCodeSettings.JsonKey} entries{yamlNote} merged into {ToDisplay(result.Path)}.");
        }
        else
        {
            environment.Error.WriteLine($"dossier: note: {ToDisplay(result.Path)} was left as it is: {result.Reason}. Add these entries to it yourself:");
            environment.Error.WriteLine(result.Snippet);
        }
    }

    /// <summary>Each schema with the patterns of its files that <paramref name="isOfFormat"/> picks, as VS Code's settings name them.</summary>
    private static System.Collections.Generic.List<SchemaAssociation> Associations(System.Collections.Generic.IReadOnlyList<SchemaFile> schemas, string workspaceFolder, string dataParent, string folder, Func<string, bool> isOfFormat) =>
        schemas
            .Select(s => new SchemaAssociation(
                s.FileMatch.Where(isOfFormat).Select(p => "/" + Slashes(Path.GetRelativePath(workspaceFolder, Path.Combine(dataParent, p)))).ToList(),
                "./" + Slashes(Path.GetRelativePath(workspaceFolder, Path.Combine(folder, s.FileName)))))
            .Where(a => a.FileMatch.Count > 0)
            .ToList();

    private string ToDisplay(string path) => ProjectLocator.Relative(environment.WorkingDirectory, path);

    private static string Slashes(string path) => path.Replace('\\', '/');
}
