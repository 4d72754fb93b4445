using System;
using System.Collections.Generic;
using System.Reflection;
using Dossier.Tool.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Tool;

/// <summary>The `dossier` command line: its commands, and how failures become exit codes.</summary>
internal static class DossierCli
{
    /// <summary>The tool's version: the Dossier package's, whose generator it runs.</summary>
    public static string Version { get; } =
        (typeof(DossierCli).Assembly.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static int Run(IReadOnlyList<string> args, ToolEnvironment environment)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dossier");
            config.SetApplicationVersion(Version);
            config.Settings.Console = ConsoleFor(environment.Output, environment.IsTerminal);
            config.Settings.Registrar.RegisterInstance(environment);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Reports the errors a build would report in the data files, without building.")
                .WithExample("check")
                .WithExample("check", "--project", "src/App/App.csproj", "--format", "json")
                .WithExample("check", "--watch");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Writes a JSON Schema per collection (data/.schemas/ by default), for editors to validate and complete data files.")
                .WithExample("schema", "--vscode");
            config.AddCommand<InspectCommand>("inspect")
                .WithDescription("Shows the API a build would generate: each collection's record type, properties, references and files.")
                .WithExample("inspect", "--format", "json");
        });

        try
        {
            return app.Run(args, environment.Cancellation);
        }
        catch (ToolException exception)
        {
            environment.Error.WriteLine("dossier: error: " + exception.Message);
            return exception.ExitCode;
        }
        catch (CommandAppException exception)
        {
            // Unknown commands and options, missing values: Spectre's message, then where to look.
            environment.Error.WriteLine("dossier: error: " + exception.Message);
            environment.Error.WriteLine("Run 'dossier --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (environment.Cancellation.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours: one line that can be reported, not a stack trace.
            environment.Error.WriteLine($"dossier: internal error: {exception.GetType().Name}: {exception.Message}");
            environment.Error.WriteLine("This is a bug in dossier; please report it with the command you ran.");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>A Spectre console over <paramref name="writer"/>: colours on a terminal, plain text otherwise.</summary>
    public static IAnsiConsole ConsoleFor(System.IO.TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Redirected output is read by programs and diffed in CI: wide, so tables do not wrap.
            console.Profile.Width = 240;
        }

        return console;
    }
}
