using System.IO;
using System.Threading;

namespace Dossier.Tool;

/// <summary>
/// Where a command runs and writes: the process's console, or a test's writers. Commands never
/// read <see cref="System.Console"/> or the process's current directory themselves, so that tests
/// run the tool in-process, in parallel.
/// </summary>
/// <param name="IsTerminal">Whether a person is watching (progress and colours); redirected output gets plain lines.</param>
internal sealed record ToolEnvironment(string WorkingDirectory, TextWriter Output, TextWriter Error, bool IsTerminal, CancellationToken Cancellation);
