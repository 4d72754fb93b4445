using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Tool.Commands;

/// <summary>How every command finds the project and its data folder.</summary>
internal class ProjectSettings : CommandSettings
{
    [CommandOption("-p|--project <PATH>")]
    [Description("The .csproj (or its folder). Default: the one .csproj in the current folder.")]
    public string? Project { get; init; }

    [CommandOption("-d|--data <DIR>")]
    [Description("The data folder. Alone (without --project), no project is read and C# declarations are not seen.")]
    public string? Data { get; init; }
}

/// <summary>Settings of the commands that can print JSON.</summary>
internal class FormatSettings : ProjectSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("text (default) or json.")]
    [DefaultValue(OutputFormat.Text)]
    public OutputFormat Format { get; init; } = OutputFormat.Text;
}

/// <summary>The output formats.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
