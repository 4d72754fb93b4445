using System.IO;
using Dossier.Tool.Workspace;

namespace Dossier.Tool.Tests;

/// <summary>
/// Which paths the tool hands to the generator, when listing the data folder and when a watched
/// change arrives alike: those the generator reads, and not files under a folder or with a name
/// starting with '.' (which it skips), so that `dossier schema` writing data/.schemas/ is no data edit.
/// </summary>
public sealed class DataFileFilterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "project", "data");

    [Theory]
    [InlineData("countries.json", true)]
    [InlineData("meetings/almaty.md", true)]
    [InlineData("officials.yaml", true)]
    [InlineData("cities/almaty.yml", true)]
    [InlineData(".schemas/cities.yaml", false)]
    [InlineData("figures.csv", true)]
    [InlineData("routes.tsv", true)]
    [InlineData("notes.txt", false)]
    [InlineData(".schemas/countries.schema.json", false)]
    [InlineData("meetings/.draft.md", false)]
    [InlineData(".obsidian/workspace.json", false)]
    public void OnlyWhatTheGeneratorReadsIsData(string relative, bool isData) =>
        Assert.Equal(isData, DataWorkspace.IsDataFile(Root, Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar))));

    [Fact]
    public void APathOutsideTheDataFolderIsNotData() =>
        Assert.False(DataWorkspace.IsDataFile(Root, Path.Combine(Path.GetTempPath(), "project", "other.json")));
}
