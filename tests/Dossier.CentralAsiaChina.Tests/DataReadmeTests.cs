using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// data/README.md as a reference: its example queries are these tests' code, and it names every
/// collection and every navigation the generated types have.
/// </summary>
public partial class DataReadmeTests
{
    [Fact]
    public void Query_who_stressed_what_at_the_sixth_meeting()
    {
        var stressed = from position in Dataset.Meetings.Get("sixth-foreign-ministers-meeting").Positions
                       select $"{position.Official?.Name ?? position.Holder.ToString()} {position.Verb} {position.Statement}";

        Assert.Equal(
            [
                "Discussions emphasized the importance of mutual respect and equality among Central Asian nations and China",
                "Discussions explored strategies to address modern challenges collaboratively",
                "AllParties recognized the necessity for balanced approaches to foster development that benefits all stakeholders involved",
                "Murat Nurtleu reinforced the value of the multilateral framework",
                "Murat Nurtleu indicating intentions to expand cooperation across essential sectors to promote regional stability",
                "Ministers agreed on the need for ongoing regular meetings to maintain constructive dialogue in light of global challenges",
            ],
            stressed);
    }

    [Fact]
    public void Query_Kazakhstans_trade_with_China()
    {
        var china = Dataset.Countries.ByIsoCode.Get("CN");
        var trade = from figure in Dataset.Countries.Get("kazakhstan").TradeFigures
                    where figure.Countries.Contains(china)
                    select (figure.Indicator, figure.AmountUsd, figure.Year, figure.Approximate);

        Assert.Equal(
            [
                ("Bilateral trade between Kazakhstan and China", 43_800_000_000m, (int?)2024, false),
                ("Projects in the economic partnership", 66_400_000_000m, null, true),
            ],
            trade);
    }

    [Fact]
    public void Query_documents_of_the_held_meetings()
    {
        var documents = from meeting in Dataset.Meetings.Chronologically()
                        where meeting.Status == MeetingStatus.Held
                        from agreement in meeting.Agreements
                        select (meeting.Date, agreement.Title, Parties: agreement.Parties?.Select(country => country.Name).ToList());

        var list = documents.ToList();
        Assert.Equal(
            [
                (new DateOnly(2025, 4, 25), "Memorandum of cooperation between the foreign ministries of Kazakhstan and China for 2026-2028"),
                (new DateOnly(2025, 4, 25), "Exchange of notes on establishing a Consulate General of Kazakhstan in Guangzhou"),
                (new DateOnly(2025, 4, 26), "Information Communiqué"),
            ],
            list.Select(d => (d.Date!.Value, d.Title)));
        Assert.Equal(["Kazakhstan", "China"], list[0].Parties);
        Assert.Equal(["Kazakhstan", "China"], list[1].Parties);
        Assert.Null(list[2].Parties);
    }

    [Fact]
    public void Readme_shows_the_queries_these_tests_run()
    {
        var root = RepositoryFiles.FindRoot();
        if (root is null)
        {
            return; // Run outside the repository: the README is not there to compare with.
        }

        var readme = File.ReadAllText(Path.Combine(root, "data", "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => Lines(m.Groups[1].Value)).ToList();
        var tests = Lines(File.ReadAllText(Path.Combine(root, "tests", "Dossier.CentralAsiaChina.Tests", "DataReadmeTests.cs")));

        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, block => Assert.True(
            Enumerable.Range(0, tests.Count - block.Count + 1).Any(i => tests.Skip(i).Take(block.Count).SequenceEqual(block)),
            "data/README.md shows a query that DataReadmeTests does not run:\n" + string.Join('\n', block)));
    }

    [Fact]
    public void Readme_names_every_collection()
    {
        var readme = Readme();
        if (readme is null)
        {
            return;
        }

        var collections = typeof(Dataset).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => "`Dataset." + p.Name + "`");
        Assert.All(collections, name => Assert.Contains(name, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_names_each_data_file_as_it_is_named_on_disk()
    {
        var root = RepositoryFiles.FindRoot();
        if (root is null)
        {
            return;
        }

        var readme = File.ReadAllText(Path.Combine(root, "data", "README.md"));
        var data = Path.Combine(root, "data");
        var onDisk = Directory.GetFiles(data).Select(f => Path.GetFileName(f)).Where(f => f != "README.md").ToList();
        Assert.NotEmpty(onDisk);
        Assert.All(onDisk, file => Assert.Contains($"| `{file}` | `Dataset.", readme, StringComparison.Ordinal));

        // No name of a file that is not there (a file converted to another format, say); `name.json` is a placeholder.
        var named = DataFileName().Matches(readme).Select(m => m.Groups[1].Value).Where(f => !f.StartsWith("name.", StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(named, file => Assert.True(File.Exists(Path.Combine(data, file)), $"data/README.md names {file}, which is not in data/"));
    }

    [Fact]
    public void Readme_names_every_navigation_inverse_ones_included()
    {
        var readme = Readme();
        if (readme is null)
        {
            return;
        }

        var recordTypes = typeof(Dataset).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => RecordTypeOf(p.PropertyType))
            .ToHashSet();

        // A navigation is a property whose type is a record type, or a list of one.
        var navigations = recordTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => recordTypes.Contains(p.PropertyType)
                    || (p.PropertyType.IsGenericType && recordTypes.Contains(p.PropertyType.GetGenericArguments()[0])))
                .Select(p => (Type: type.Name, p.Name)))
            .ToList();

        Assert.Contains(("Country", "Officials"), navigations);
        Assert.Contains(("Meeting", "Agreements"), navigations);
        var missing = navigations
            .Where(n => n.Name != "Article" && !readme.Contains($"`{n.Type}.{n.Name}`", StringComparison.Ordinal))
            .Select(n => $"{n.Type}.{n.Name}")
            .ToList();
        Assert.Empty(missing);
        Assert.Contains("`X.Article`, on every record but the article", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_discloses_the_values_that_do_not_come_from_the_article()
    {
        var readme = Readme();
        if (readme is null)
        {
            return;
        }

        var disclosure = readme[..readme.IndexOf("\n## ", StringComparison.Ordinal)];
        Assert.Contains("**From elsewhere.**", disclosure, StringComparison.Ordinal);
        Assert.Contains("`isoCode`", disclosure, StringComparison.Ordinal);
        Assert.Contains("`centralAsian`", disclosure, StringComparison.Ordinal);
    }

    private static string? Readme() =>
        RepositoryFiles.FindRoot() is { } root ? File.ReadAllText(Path.Combine(root, "data", "README.md")) : null;

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    /// <summary>A data file directly in data/, as the README quotes it: <c>`quotes.yaml`</c>.</summary>
    [GeneratedRegex(@"`([a-z0-9-]+\.(?:json|yaml|yml|csv|tsv|md))`")]
    private static partial Regex DataFileName();

    /// <summary>The record type of a collection's property: a <c>RecordSet&lt;T&gt;</c>, or a set class derived from one (a collection with unique keys).</summary>
    private static Type RecordTypeOf(Type set)
    {
        for (var type = set; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(RecordSet<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{set} is not a record set.");
    }
}
