using System.IO;
using System.Text;
using Dossier.Tool.Tests.TestHelpers;

namespace Dossier.Tool.Tests;

/// <summary>Bad input gets one clear line and an exit code, never a stack trace.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void AProjectThatDoesNotExist()
    {
        using var temp = new TempFolder();
        var result = DossierTool.Run(temp.Path, "check", "--project", "missing/App.csproj");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dossier: error: the project 'missing/App.csproj' does not exist", result.Error, System.StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void NoProjectInTheFolderListsWhatToDo()
    {
        using var temp = new TempFolder();
        var result = DossierTool.Run(temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no .csproj in", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("--project", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralProjectsAreListed()
    {
        using var temp = new TempFolder();
        temp.Write("A.csproj", "<Project />");
        temp.Write("B.csproj", "<Project />");
        var result = DossierTool.Run(temp.Path, "inspect");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("2 project files", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("A.csproj, B.csproj", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectWithoutADataFolder()
    {
        using var temp = new TempFolder();
        temp.Write("App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        var result = DossierTool.Run(temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no data folder", result.Error, System.StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void ADataFolderThatDoesNotExist()
    {
        using var temp = new TempFolder();
        var result = DossierTool.Run(temp.Path, "schema", "--data", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dossier: error: the data folder 'nowhere' does not exist", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsAUsageError()
    {
        using var temp = new TempFolder();
        var result = DossierTool.Run(temp.Path, "check", "--frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, System.StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void AFileWithoutReadPermissionIsAnErrorAtTheFile()
    {
        if (System.OperatingSystem.IsWindows())
        {
            return; // file modes are Unix's
        }

        using var temp = new TempFolder();
        var path = temp.Write("data/notes/secret.json", """{ "text": "x" }""");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            if (CanRead(path))
            {
                return; // running as root: permissions do not stop reads
            }

            var result = DossierTool.Run(temp.Path, "check", "--data", "data");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("data/notes/secret.json(1,1): error", result.Output, System.StringComparison.Ordinal);
            Assert.Contains("secret.json: permission denied", result.Error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void InvalidUtf8IsReadAsTheCompilerReadsItAndSaid()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data", "notes"));
        // "café" in Latin-1: the byte E9 alone is not UTF-8.
        File.WriteAllBytes(Path.Combine(temp.Path, "data", "notes", "latin.json"), Encoding.Latin1.GetBytes("{ \"text\": \"caf\u00e9\" }"));

        var result = DossierTool.Run(temp.Path, "check", "--data", "data");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("latin.json: not valid UTF-8", result.Error, System.StringComparison.Ordinal);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (System.UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void AssertNoStackTrace(ToolResult result)
    {
        Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, System.StringComparison.Ordinal);
    }
}
