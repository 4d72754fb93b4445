using System.Threading;
using Spectre.Console.Cli;

namespace Dossier.Tool.Commands;

internal sealed class SchemaCommand(ToolEnvironment environment) : Command<ProjectSettings>
{
    public override int Execute(CommandContext context, ProjectSettings settings, CancellationToken cancellationToken)
    {
        environment.Error.WriteLine("not yet");
        return ExitCodes.UsageError;
    }
}
