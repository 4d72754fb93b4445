using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using Dossier.Generators.Tooling;
using Dossier.Tool.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Tool.Commands;

/// <summary>`dossier inspect`: the API a build would generate, read from the generator's own inference.</summary>
internal sealed class InspectCommand(ToolEnvironment environment) : Command<FormatSettings>
{
    /// <summary>How many files a collection lists in text before it says how many more.</summary>
    private const int FilesShown = 10;

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public override int Execute(CommandContext context, FormatSettings settings, CancellationToken cancellationToken)
    {
        var project = ProjectLocator.Locate(settings.Project, settings.Data, environment);
        WorkspaceNotes.WriteDeclarationsNote(project, environment);
        var dataset = Infer(project, environment);
        if (settings.Format == OutputFormat.Json)
        {
            environment.Output.WriteLine(JsonSerializer.Serialize(dataset, JsonOptions));
            return ExitCodes.Success;
        }

        var console = DossierCli.ConsoleFor(environment.Output, environment.IsTerminal);
        console.WriteLine(Invariant($"{dataset.Namespace}.{dataset.ClassName}: {dataset.Collections.Count} collections"));
        foreach (var collection in dataset.Collections)
        {
            console.WriteLine();
            Write(console, dataset, collection);
        }

        return ExitCodes.Success;
    }

    /// <summary>Runs the generator once and describes what it inferred.</summary>
    internal static DatasetDescription Infer(ProjectContext project, ToolEnvironment environment)
    {
        var workspace = WorkspaceNotes.OpenAndLoad(project, environment);
        var diagnostics = WorkspaceNotes.WithProgress(environment, workspace.FileCount, $"Reading the schema of {workspace.FileCount:N0} data files", () => workspace.Run(environment.Cancellation));
        var errors = diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (errors > 0)
        {
            environment.Error.WriteLine(Invariant($"dossier: note: the data has {errors} error(s) (see 'dossier check'); collections with errors are shown with the types a build would generate, and no records."));
        }

        return workspace.Describe();
    }

    private static void Write(IAnsiConsole console, DatasetDescription dataset, CollectionDescription collection)
    {
        var status = collection.HasErrors ? "; the data has errors, so a build compiles none of them" : string.Empty;
        var keys = collection.Types[0].Properties.Where(p => p.Lookup is not null).Select(p => Invariant($"{p.Lookup}.Get({p.Key})")).ToList();
        var set = collection.SetClass is { } setClass
            ? Invariant($"{setClass} : RecordSet<{collection.RecordType}> with {string.Join(", ", keys)}")
            : Invariant($"RecordSet<{collection.RecordType}>");
        console.MarkupLine(Invariant($"[bold]{Markup.Escape(collection.Name)}[/]: {Markup.Escape(dataset.ClassName)}.{Markup.Escape(collection.PropertyName)}, {Markup.Escape(set)}, {collection.RecordCount:N0} record{(collection.RecordCount == 1 ? string.Empty : "s")} from {Markup.Escape(collection.Origin)}{status}"));
        foreach (var type in collection.Types)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(type.FullName) + (type.IsRoot ? string.Empty : " (nested)"));
            table.AddColumn("Property");
            table.AddColumn("C# type");
            table.AddColumn("Key");
            table.AddColumn("Notes");
            if (type.IsRoot)
            {
                table.AddRow("Id", "string", "id", "the record's id, unique in the collection");
                table.AddRow("Source", "Dossier.SourceLocation", string.Empty, "data file and line");
            }

            foreach (var property in type.Properties)
            {
                table.AddRow(Markup.Escape(property.Name), Markup.Escape(property.CSharpType), Markup.Escape(property.Key), Markup.Escape(Notes(property)));
                if (property.Reference is { } reference)
                {
                    var navigation = reference.IsMany ? $"ValueList<{reference.TargetRecord}>" : reference.TargetRecord;
                    table.AddRow(Markup.Escape(reference.NavigationName), Markup.Escape(navigation), string.Empty, Markup.Escape($"navigation to {reference.TargetCollection}"));
                }
            }

            foreach (var inverse in type.Inverses)
            {
                table.AddRow(Markup.Escape(inverse.Name), Markup.Escape($"ValueList<{inverse.SourceRecord}>"), string.Empty, Markup.Escape($"inverse: {inverse.SourceCollection} whose '{inverse.SourceKey}' names this record"));
            }

            console.Write(table);
        }

        var shown = collection.Files.Take(FilesShown).ToList();
        var more = collection.Files.Count - shown.Count;
        console.WriteLine("Files: " + string.Join(", ", shown) + (more > 0 ? Invariant($", and {more:N0} more") : string.Empty));
    }

    private static string Notes(PropertyDescription property)
    {
        var notes = new System.Collections.Generic.List<string>();
        if (property.IsDeclared)
        {
            notes.Add("declared in C#");
        }

        if (property.Lookup is not null)
        {
            notes.Add("unique key");
        }

        if (property.Reference is { } reference)
        {
            var what = reference.TargetKey is { } key ? key + (reference.IsMany ? " values of " : " of ") : reference.IsMany ? "ids of " : "id of ";
            notes.Add(what + reference.TargetCollection);
        }

        var members = property.Value.Kind == ValueKind.List ? property.Value.Element?.EnumMembers : property.Value.EnumMembers;
        if (members is { Count: > 0 })
        {
            notes.Add("one of " + string.Join(", ", members));
        }

        if (property.Example is { } example && property.Value.Kind is not (ValueKind.Record or ValueKind.List or ValueKind.Sections))
        {
            notes.Add("e.g. " + (example.Length > 40 ? example[..40] + "..." : example));
        }

        return string.Join("; ", notes);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
