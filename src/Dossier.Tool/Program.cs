using System;
using System.Threading;

namespace Dossier.Tool;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Ctrl+C cancels the running command (a watch ends cleanly) instead of killing the process.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var isTerminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var environment = new ToolEnvironment(Environment.CurrentDirectory, Console.Out, Console.Error, isTerminal, cancellation.Token);
        return DossierCli.Run(args, environment);
    }
}
