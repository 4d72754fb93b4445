using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Basic.Reference.Assemblies;
using Dossier.Benchmarks;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Scale.Tests;

/// <summary>
/// Large datasets compile, in Release, to an assembly whose every method the JIT optimises
/// (no method body of 60,000 bytes of IL or more), whose strings stay out of the user-string
/// heap (capped at 16 MB, CS8103), and whose records read back as the data says.
/// </summary>
/// <remarks>
/// Sizes: 100,000 flat records (from JSON, and from CSV rows), 20,000 nested ones, and 100,000 records of 100 distinct
/// characters each (20 MB of UTF-16, past the heap's limit had they been string literals).
/// Together these take about 30 s on two cores, most of it the generator's run.
/// </remarks>
public sealed class EmittedAssemblyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>The JIT compiles a method of this many bytes of IL or more without optimisation (MinOpts).</summary>
    private const int JitOptimisationLimit = 60_000;

    private static readonly MetadataReference[] References =
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(RecordSet<>).Assembly.Location)).ToArray();

    [Theory]
    [InlineData(DataShape.Flat, 100_000)]
    [InlineData(DataShape.Nested, 20_000)]
    public void EveryMethodStaysUnderTheJitLimitAndTheRecordsReadBack(DataShape shape, int size)
    {
        var files = Synthetic.Files(DataFormat.JsonArray, shape, size);
        var image = Compile(files);

        var (largest, name) = LargestMethodBody(image);
        output.WriteLine($"{shape} {size}: {image.Length} bytes of assembly; largest method body {name}, {largest} bytes of IL");
        Assert.True(largest < JitOptimisationLimit, $"{name} has {largest} bytes of IL, past the JIT's limit for optimised code ({JitOptimisationLimit}).");

        // The records read back as the JSON says (first, middle and last).
        using var json = JsonDocument.Parse(files[0].Content);
        var records = LoadRecords(image);
        Assert.Equal(size, records.Count);
        foreach (var index in new[] { 0, size / 2, size - 1 })
        {
            var expected = json.RootElement[index];
            var record = records[index];
            AssertFlatValues(expected, record);
            if (shape == DataShape.Nested)
            {
                Assert.Equal(expected.GetProperty("venue").GetProperty("city").GetString(), Get(Get(record, "Venue")!, "City"));
                var participants = ((System.Collections.IEnumerable)Get(record, "Participants")!).Cast<object>().ToList();
                Assert.Equal(expected.GetProperty("participants").GetArrayLength(), participants.Count);
                Assert.Equal(expected.GetProperty("participants")[0].GetProperty("name").GetString(), Get(participants[0], "Name"));
            }
        }
    }

    [Fact]
    public void OneHundredThousandCsvRowsCompileAndQuery()
    {
        const int Size = 100_000;
        var files = Synthetic.Files(DataFormat.CsvTable, DataShape.Flat, Size);
        var image = Compile(files);

        var (largest, name) = LargestMethodBody(image);
        output.WriteLine($"CSV {Size}: {image.Length} bytes of assembly; largest method body {name}, {largest} bytes of IL");
        Assert.True(largest < JitOptimisationLimit, $"{name} has {largest} bytes of IL, past the JIT's limit for optimised code ({JitOptimisationLimit}).");

        // The rows read back as the same records in JSON say (first, middle and last), and a query
        // over them finds what one over the JSON finds.
        using var json = JsonDocument.Parse(Synthetic.JsonArray(DataShape.Flat, Size));
        var records = LoadRecords(image);
        Assert.Equal(Size, records.Count);
        foreach (var index in new[] { 0, Size / 2, Size - 1 })
        {
            var expected = json.RootElement[index];
            var record = records[index];
            AssertFlatValues(expected, record);
            Assert.Equal($"data/items.csv:{(index + 2).ToString(CultureInfo.InvariantCulture)}", Get(record, "Source")!.ToString());
        }

        var expectedActive = json.RootElement.EnumerateArray().Count(r => r.GetProperty("active").GetBoolean() && r.GetProperty("amount").GetDecimal() > 5_000_000m);
        Assert.Equal(expectedActive, records.Count(r => (bool)Get(r, "Active")! && (decimal)Get(r, "Amount")! > 5_000_000m));
    }

    [Fact]
    public void StringsBeyondTheUserStringHeapLimitCompile()
    {
        // 100,000 distinct strings of 100 characters: 20 MB as UTF-16 string literals, past the
        // 16 MB that the metadata's user-string heap holds (the compiler's error CS8103).
        const int Count = 100_000;
        var json = new StringBuilder(Count * 140).Append('[');
        for (var i = 0; i < Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append("{\"id\":\"t").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",\"text\":\"")
                .Append(Text(i).Replace("\\", "\\\\", StringComparison.Ordinal)).Append("\"}");
        }

        var image = Compile([new DataFile("data/texts.json", json.Append("\n]").ToString())]);

        using var pe = new PEReader(new MemoryStream(image));
        var userStrings = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        Assert.True(userStrings < 1 << 20, $"The user-string heap holds {userStrings} bytes: the data went into it.");
        Assert.True(LargestMethodBody(image).Size < JitOptimisationLimit);

        var records = LoadRecords(image, "Texts");
        Assert.Equal(Count, records.Count);
        Assert.Equal(Text(Count - 1), Get(records[Count - 1], "Text"));
    }

    /// <summary>100 characters, distinct for every <paramref name="i"/>, with non-ASCII and escaped characters.</summary>
    private static string Text(int i) =>
        ("Ünïcode | text \\ " + i.ToString("D8", CultureInfo.InvariantCulture) + " ").PadRight(100, (char)('a' + (i % 26)));

    /// <summary>Runs the generator and compiles its output in Release; fails on any diagnostic.</summary>
    private static byte[] Compile(DataFile[] files)
    {
        var compilation = CSharpCompilation.Create(
            "Dossier.Scale",
            [],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var result = DossierGeneratorRunner.Run(compilation, files);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Take(5)));

        using var stream = new MemoryStream();
        var emit = result.OutputCompilation.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
        Assert.True(emit.Success && problems.Count == 0, string.Join("\n", problems));
        return stream.ToArray();
    }

    /// <summary>The largest method body in an assembly, read from its metadata.</summary>
    private static (int Size, string Name) LargestMethodBody(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var largest = (Size: 0, Name: string.Empty);
        var count = 0;
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue; // abstract or extern: no body
            }

            count++;
            var size = pe.GetMethodBody(method.RelativeVirtualAddress).Size;
            if (size > largest.Size)
            {
                var type = metadata.GetTypeDefinition(method.GetDeclaringType());
                largest = (size, metadata.GetString(type.Name) + "." + metadata.GetString(method.Name));
            }
        }

        Assert.True(count > 10, "The assembly has almost no methods: nothing was checked.");
        return largest;
    }

    private static IReadOnlyList<object> LoadRecords(byte[] image, string property = "Items")
    {
        var context = new AssemblyLoadContext("dossier-scale-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "Dossier" ? typeof(RecordSet<>).Assembly : null;
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var entry = assembly.GetTypes().Single(t => t.Name == "Dataset");
        var set = entry.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return ((System.Collections.IEnumerable)set).Cast<object>().ToList();
    }

    /// <summary>The values every shape has, as the JSON of the same record says.</summary>
    private static void AssertFlatValues(JsonElement expected, object record)
    {
        Assert.Equal(expected.GetProperty("id").GetString(), Get(record, "Id"));
        Assert.Equal(expected.GetProperty("name").GetString(), Get(record, "Name"));
        Assert.Equal(expected.GetProperty("amount").GetDecimal(), Get(record, "Amount"));
        Assert.Equal(DateOnly.Parse(expected.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), Get(record, "Date"));
        Assert.Equal(expected.GetProperty("note").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("note").GetString(), Get(record, "Note"));
    }

    private static object? Get(object record, string property) => record.GetType().GetProperty(property)!.GetValue(record);
}
