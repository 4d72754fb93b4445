using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Dossier.Tool.Workspace;

/// <summary>
/// Collects changes under the data folder and the project folder, and hands them over in batches
/// once the file system has been quiet for a moment: an editor's save (write, rename, touch) or
/// a `git checkout` becomes one re-check, not many.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>How long the file system must be quiet before a batch is handed over.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest a batch waits while changes keep coming.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly ConcurrentQueue<string> _changes = new();
    private readonly SemaphoreSlim _signal = new(0);

    public ChangeWatcher(ProjectContext project)
    {
        _watchers.Add(Watch(project.DataRoot));
        var dataInsideProject = project.DataRoot.StartsWith(project.ProjectDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (project.SeesDeclarations && !dataInsideProject)
        {
            _watchers.Add(Watch(project.ProjectDirectory));
        }
        else if (project.SeesDeclarations)
        {
            // One watcher on the project folder sees the data folder too.
            _watchers[0].Dispose();
            _watchers[0] = Watch(project.ProjectDirectory);
        }
    }

    /// <summary>Waits for changes, then for a quiet moment, and returns the paths changed (empty when cancelled).</summary>
    public IReadOnlyCollection<string> WaitForChanges(CancellationToken cancellationToken)
    {
        try
        {
            _signal.Wait(cancellationToken);
            var deadline = DateTime.UtcNow + MaxDelay;
            while (DateTime.UtcNow < deadline && _signal.Wait(Quiet, cancellationToken))
            {
                // More changes: wait for the next quiet moment.
            }
        }
        catch (OperationCanceledException)
        {
            return Array.Empty<string>();
        }

        // Signals first, then the queue: a change queued after this point keeps its signal, and
        // wakes the next wait instead of waiting for an unrelated change.
        while (_signal.CurrentCount > 0)
        {
            _signal.Wait(0, CancellationToken.None);
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (_changes.TryDequeue(out var path))
        {
            paths.Add(path);
        }

        return paths;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _signal.Dispose();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Add(e.FullPath);
        watcher.Created += (_, e) => Add(e.FullPath);
        watcher.Deleted += (_, e) => Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Add(string path)
    {
        if (path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return;
        }

        _changes.Enqueue(path);
        _signal.Release();
    }
}
