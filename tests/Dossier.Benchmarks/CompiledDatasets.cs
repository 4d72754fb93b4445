using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using Dossier.Generators;

namespace Dossier.Benchmarks;

/// <summary>
/// Synthetic datasets compiled with Dossier into assemblies on disk, with the same records as
/// JSON beside them, for the start-up benchmarks. Compiling 100,000 records takes seconds, so
/// each assembly is kept in a temporary folder keyed by the generator's and the runtime's
/// build (their module version ids change with every change to their code).
/// </summary>
public static class CompiledDatasets
{
    /// <summary>The class the start-up benchmark calls into: first access of the collection, then one lookup.</summary>
    public const string ProbeSource = """
        public static class Probe
        {
            public static object First(string id) => global::Sample.Data.Dataset.Items.Get(id);
        }
        """;

    private static readonly ConcurrentDictionary<string, object> Locks = new(StringComparer.Ordinal);

    public static string Folder { get; } = Path.Combine(
        Path.GetTempPath(),
        "dossier-benchmarks",
        typeof(DossierGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12] + "-" + typeof(RecordSet<>).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]);

    /// <summary>The path of the compiled dataset (built on first use), with its JSON at <c>path + ".json"</c>.</summary>
    public static string AssemblyPath(DataShape shape, int size)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"Items.{shape}.{size}");
        var path = Path.Combine(Folder, name + ".dll");
        lock (Locks.GetOrAdd(path, _ => new object()))
        {
            if (!File.Exists(path) || !File.Exists(path + ".json"))
            {
                RemoveStaleBuilds();
                Directory.CreateDirectory(Folder);
                var files = Synthetic.Files(DataFormat.JsonArray, shape, size);
                var (_, output) = GeneratorHost.RunAndCheck(GeneratorHost.Texts(files), GeneratorHost.CreateCompilation(name, ProbeSource));
                var temp = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
                File.WriteAllBytes(temp, GeneratorHost.EmitOrThrow(output));
                File.WriteAllText(path + ".json", files[0].Content);
                File.Move(temp, path, overwrite: true);
            }
        }

        return path;
    }

    /// <summary>Datasets compiled by earlier builds of the generator are of no further use (and large): delete them.</summary>
    private static void RemoveStaleBuilds()
    {
        var parent = Path.GetDirectoryName(Folder)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(parent))
        {
            if (!string.Equals(folder, Folder, StringComparison.Ordinal))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // In use by another run: left for a later one.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
