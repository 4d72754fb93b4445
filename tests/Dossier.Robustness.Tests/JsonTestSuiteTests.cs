using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Robustness.Tests;

/// <summary>
/// Every file of Nicolas Seriot's JSONTestSuite (test_parsing and test_transform), fed to the
/// generator as <c>data/t.json</c>. Whatever the bytes, the generator never throws and its output
/// always compiles; a file the suite calls invalid (<c>n_</c>) is a located Dossier error; a valid
/// one (<c>y_</c>) builds, or is refused only because it is not an array of records.
/// </summary>
public sealed class JsonTestSuiteTests
{
    private const string DataPath = "data/t.json";
    private const string ProjectPath = "/project/" + DataPath;

    /// <summary>The diagnostics a valid JSON file may get for not having the shape of a collection of records.</summary>
    private static readonly string[] ShapeDiagnostics = { "DOS102", "DOS204", "DOS205" };

    /// <summary>The folder holding <c>test_parsing</c> and <c>test_transform</c>.</summary>
    internal static string CorpusRoot { get; } = Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared", "corpora", "jsontestsuite"));

    public static TheoryData<string> ParsingFiles => FileNames("test_parsing");

    public static TheoryData<string> TransformFiles => FileNames("test_transform");

    /// <summary>The text of a corpus file as the compiler would read it: BOM detection, otherwise UTF-8 with invalid bytes as U+FFFD.</summary>
    internal static string ReadAsCompiler(string folder, string name)
    {
        using var stream = File.OpenRead(Path.Combine(CorpusRoot, folder, name));
        return SourceText.From(stream, throwIfBinaryDetected: false).ToString();
    }

    [Fact]
    public void TheCorpusIsThere()
    {
        // An empty theory passes nothing; make sure the suite was really found and read.
        var parsing = Directory.GetFiles(Path.Combine(CorpusRoot, "test_parsing"), "*.json");
        Assert.True(parsing.Length >= 300, $"Expected the ~318 JSONTestSuite parsing files in {CorpusRoot}, found {parsing.Length}.");
        Assert.Contains(parsing, f => Path.GetFileName(f).StartsWith("n_", StringComparison.Ordinal));
        Assert.Contains(parsing, f => Path.GetFileName(f).StartsWith("y_", StringComparison.Ordinal));
        Assert.Contains(parsing, f => Path.GetFileName(f).StartsWith("i_", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(CorpusRoot, "test_transform"), "*.json"));
    }

    [Theory]
    [MemberData(nameof(ParsingFiles))]
    public void Parsing(string name)
    {
        var content = ReadAsCompiler("test_parsing", name);
        var result = GeneratorHarness.Run(new DataFile(DataPath, content));
        AssertNoCrash(result);

        if (name.StartsWith("n_", StringComparison.Ordinal))
        {
            // Invalid JSON: the build fails, at the file.
            Assert.True(
                result.Diagnostics.Any(d => IsDossierError(d) && d.Location.GetLineSpan().Path == ProjectPath),
                $"{name} is invalid JSON but got no located Dossier error:\n{Describe(result)}");
            Assert.Empty(GeneratorHarness.CompilationErrors(result));
        }
        else if (name.StartsWith("y_", StringComparison.Ordinal))
        {
            // Valid JSON: it builds, or it is refused only for its shape (not an array of records with string ids).
            if (result.Diagnostics.IsEmpty)
            {
                GeneratorHarness.Load(result);
            }
            else
            {
                // A shape diagnostic only where the JSON is not an array of objects with string ids;
                // DOS110 is Dossier's documented refusal of a repeated key (RFC 8259 only says names
                // SHOULD be unique): allowed only where the JSON really repeats a key.
                var allowed = (IsArrayOfRecords(content) ? Array.Empty<string>() : ShapeDiagnostics)
                    .Concat(HasDuplicateKey(content) ? new[] { "DOS110" } : Array.Empty<string>())
                    .ToArray();
                Assert.True(
                    result.Diagnostics.All(d => allowed.Contains(d.Id) && d.Location.GetLineSpan().Path == ProjectPath),
                    $"{name} is valid JSON; only a located shape diagnostic ({string.Join(", ", allowed)}) may refuse it, got:\n{Describe(result)}");
                DiagnosticAssert.FailsCleanly(result);
            }
        }
        else
        {
            AssertOneOfTheAnswers(name, result);
        }
    }

    [Theory]
    [MemberData(nameof(TransformFiles))]
    public void Transform(string name)
    {
        var result = GeneratorHarness.Run(new DataFile(DataPath, ReadAsCompiler("test_transform", name)));
        AssertNoCrash(result);
        AssertOneOfTheAnswers(name, result);
    }

    /// <summary>
    /// The value of every valid (<c>y_</c>), implementation-defined (<c>i_</c>) and transform file,
    /// put inside a record (<c>[{"id":"a","v":VALUE}]</c>), so that it reaches type inference and
    /// emission rather than stopping at the shape check. A valid value is never reported as
    /// invalid JSON; any refusal is a located Dossier error; the output always compiles, and a
    /// value that builds loads.
    /// </summary>
    [Theory]
    [MemberData(nameof(ValueFiles))]
    public void ValueInsideARecord(string folder, string name)
    {
        var value = ReadAsCompiler(folder, name);
        var result = GeneratorHarness.Run(new DataFile(DataPath, "[{\"id\":\"a\",\"v\":\n" + value + "\n}]"));
        AssertNoCrash(result);
        if (name.StartsWith("y_", StringComparison.Ordinal))
        {
            // Valid JSON stays valid JSON when wrapped: never DOS101 (invalid), DOS102 (shape) or DOS104 (bad string).
            Assert.True(
                result.Diagnostics.All(d => d.Id is not ("DOS101" or "DOS102" or "DOS104")),
                $"{name} is valid JSON, wrapped in a record, yet is refused as invalid:\n{Describe(result)}");
            if (result.Diagnostics.IsEmpty)
            {
                GeneratorHarness.Load(result);
                return;
            }
        }

        AssertOneOfTheAnswers(name, result);
    }

    /// <summary>
    /// The reduced form of <c>y_object_escaped_null_in_key</c>: keys holding control characters,
    /// line breaks (C# counts U+0085, U+2028 and U+2029 as line breaks too) or XML markup reach
    /// the generated doc comments and identifiers; the output must still compile without warnings.
    /// </summary>
    [Theory]
    [InlineData("foo\\u0000bar")]
    [InlineData("a\\u0001b")]
    [InlineData("a\\u001Fb")]
    [InlineData("a\\nb")]
    [InlineData("a\\r\\nb")]
    [InlineData("a\\u0085b")]
    [InlineData("a\\u2028b")]
    [InlineData("a\\u2029b")]
    [InlineData("a\\u007Fb")]
    [InlineData("</summary>")]
    [InlineData("a]]>b")]
    [InlineData("&amp;")]
    [InlineData("\\\\")]
    public void KeysWithControlCharactersOrMarkup(string escapedKey) => AssertKeyBuildsOrFailsCleanly(escapedKey);

    /// <summary>U+FFFE and U+FFFF are not XML characters: a doc comment quoting them is badly formed (CS1570).</summary>
    [Theory]
    [InlineData("\\uFFFE")]
    [InlineData("\\uFFFF")]
    [InlineData("a\\uFFFFb")]
    public void KeysWithXmlInvalidNoncharacters(string escapedKey) => AssertKeyBuildsOrFailsCleanly(escapedKey);

    /// <summary>The same noncharacters as values (ids, strings, lists, nested objects) build and read back.</summary>
    [Theory]
    [InlineData("[{\"id\":\"a\",\"v\":\"\\uFFFE\"}]")]
    [InlineData("[{\"id\":\"\\uFFFF\"}]")]
    [InlineData("[{\"id\":\"a\",\"v\":[\"\\uFFFF\"]}]")]
    [InlineData("[{\"id\":\"a\",\"v\":{\"w\":\"\\uFFFF\"}}]")]
    public void ValuesWithXmlInvalidNoncharacters(string json)
    {
        var result = GeneratorHarness.Run(new DataFile(DataPath, json));
        AssertNoCrash(result);
        Assert.Empty(result.Diagnostics);
        var data = GeneratorHarness.Load(result);
        using var document = JsonDocument.Parse(json);
        var record = Assert.Single(data.Collection("T"));
        Assert.Equal(document.RootElement[0].GetProperty("id").GetString(), CompiledDataset.Get(record, "Id"));
    }

    private static void AssertKeyBuildsOrFailsCleanly(string escapedKey)
    {
        var result = GeneratorHarness.Run(new DataFile(DataPath, "[{\"id\":\"a\",\"" + escapedKey + "\":\"v\"}]"));
        AssertNoCrash(result);
        if (result.Diagnostics.IsEmpty)
        {
            GeneratorHarness.Load(result);
        }
        else
        {
            AssertOneOfTheAnswers(escapedKey, result);
        }
    }

    public static TheoryData<string, string> ValueFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in Names("test_parsing").Where(n => !n.StartsWith("n_", StringComparison.Ordinal)))
            {
                data.Add("test_parsing", name);
            }

            foreach (var name in Names("test_transform"))
            {
                data.Add("test_transform", name);
            }

            return data;
        }
    }

    /// <summary>Either no diagnostics and code that compiles, or located Dossier errors and still code that compiles.</summary>
    private static void AssertOneOfTheAnswers(string name, DossierRunResult result)
    {
        if (!result.Diagnostics.IsEmpty)
        {
            Assert.True(
                result.Diagnostics.All(d => d.Id.StartsWith("DOS", StringComparison.Ordinal) && d.Location.GetLineSpan().Path == ProjectPath)
                && result.Diagnostics.Any(IsDossierError),
                $"{name}: diagnostics must be Dossier errors located in {ProjectPath}, got:\n{Describe(result)}");
        }

        var errors = GeneratorHarness.CompilationErrors(result);
        Assert.True(errors.Count == 0, $"{name}: the generated code does not compile:\n{string.Join("\n", errors.Take(20))}");
    }

    /// <summary>
    /// The generator did not throw (CS8785), and did not catch an exception of its own either:
    /// DOS100 is the generator reporting its own bug ("This is a bug in Dossier").
    /// </summary>
    internal static void AssertNoCrash(DossierRunResult result)
    {
        var run = result.Driver.GetRunResult();
        Assert.Null(run.Results[0].Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Results[0].Diagnostics, d => d.Id == "CS8785");
        var internalError = result.Diagnostics.FirstOrDefault(d => d.Id == "DOS100");
        Assert.True(internalError is null, "The generator caught an exception of its own: " + internalError);
    }

    private static bool IsDossierError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("DOS", StringComparison.Ordinal);

    private static string Describe(DossierRunResult result) =>
        result.Diagnostics.IsEmpty ? "(no diagnostics)" : string.Join("\n", result.Diagnostics);

    /// <summary>Whether <paramref name="json"/> (valid JSON) is an array of objects, each with a non-empty string id.</summary>
    private static bool IsArrayOfRecords(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = true });
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Array
            && root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object
                && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.Length > 0);
    }

    /// <summary>Whether some object of <paramref name="json"/> (valid JSON) repeats a key.</summary>
    private static bool HasDuplicateKey(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static TheoryData<string> FileNames(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var name in Names(folder))
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.GetFiles(Path.Combine(CorpusRoot, folder), "*.json").Select(f => Path.GetFileName(f)).OrderBy(n => n, StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
