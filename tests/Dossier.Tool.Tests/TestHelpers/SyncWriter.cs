using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Dossier.Tool.Tests.TestHelpers;

/// <summary>A writer the watch loop writes to while the test reads it.</summary>
internal sealed class SyncWriter : StringWriter
{
    private readonly object _gate = new();

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
        }
    }

    public async Task WaitFor(string text, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!Text.Contains(text, StringComparison.Ordinal))
        {
            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"'{text}' did not appear within {timeout.TotalSeconds} s. Output:\n{Text}");
            }

            await Task.Delay(50);
        }
    }
}
