using System;
using System.IO;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>Every fact is backed by the article's own words and points at the data line it came from.</summary>
public class ProvenanceTests
{
    private static string ArticleBody => Dataset.Articles.Get("almaty-2025").Body;

    public static TheoryData<string, string, string> Excerpts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (collection, id, excerpt) in AllRecords.Excerpts())
        {
            data.Add(collection, id, excerpt);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void Excerpt_occurs_verbatim_in_the_article(string collection, string id, string excerpt)
    {
        Assert.False(string.IsNullOrWhiteSpace(excerpt), $"{collection}/{id} has an empty excerpt.");
        Assert.Contains(excerpt, ArticleBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_collection_is_covered_by_the_excerpt_check()
    {
        var total = Dataset.Articles.Count + Dataset.Countries.Count + Dataset.Officials.Count + Dataset.Meetings.Count
            + Dataset.Agreements.Count + Dataset.Positions.Count + Dataset.Quotes.Count + Dataset.TradeFigures.Count + Dataset.TradeAims.Count;

        Assert.Equal(total, AllRecords.Excerpts().Count());
        Assert.Equal(total, AllRecords.Records().Count());
    }

    [Fact]
    public void Every_source_is_a_data_file_and_a_line()
    {
        var bad = AllRecords.Records()
            .Where(r => !r.Record.Source.Path.StartsWith("data/", StringComparison.Ordinal) || r.Record.Source.Line < 1)
            .Select(r => $"{r.Collection}/{r.Record.Id}: {r.Record.Source}")
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Sources_name_the_expected_files()
    {
        Assert.Equal("data/articles/almaty-2025.md", Dataset.Articles.Get("almaty-2025").Source.Path);
        Assert.All(Dataset.Countries, r => Assert.Equal("data/countries.csv", r.Source.Path));
        Assert.All(Dataset.Officials, r => Assert.Equal("data/officials.json", r.Source.Path));
        Assert.All(Dataset.Meetings, r => Assert.Equal($"data/meetings/{r.Id}.md", r.Source.Path));
        Assert.All(Dataset.Agreements, r => Assert.Equal("data/agreements.json", r.Source.Path));
        Assert.All(Dataset.Positions, r => Assert.Equal("data/positions.json", r.Source.Path));
        Assert.All(Dataset.Quotes, r => Assert.Equal("data/quotes.yaml", r.Source.Path));
        Assert.All(Dataset.TradeFigures, r => Assert.Equal("data/trade-figures.json", r.Source.Path));
        Assert.All(Dataset.TradeAims, r => Assert.Equal("data/trade-aims.json", r.Source.Path));
    }

    [Fact]
    public void Source_lines_point_at_the_records_in_the_data_files()
    {
        var root = RepositoryFiles.FindRoot();
        if (root is null)
        {
            return; // Run outside the repository: the data files are not there to compare with.
        }

        var bad = AllRecords.Records()
            .Where(r => !PointsAtRecord(root, r.Record))
            .Select(r => $"{r.Collection}/{r.Record.Id}: {r.Record.Source}")
            .ToList();

        Assert.Empty(bad);
    }

    /// <summary>
    /// A file per record starts the record on line 1 and is named after its id. In a shared file the
    /// record's line is where its id is, as each format writes it: a JSON object's <c>"id"</c> on the
    /// line after its <c>{</c>, a YAML item's <c>- id:</c>, a CSV row (whose first cell is the id),
    /// a markdown table row.
    /// </summary>
    private static bool PointsAtRecord(string root, IRecord record)
    {
        var lines = File.ReadAllLines(Path.Combine(root, record.Source.Path));
        if (Path.GetFileNameWithoutExtension(record.Source.Path) == record.Id)
        {
            return record.Source.Line == 1;
        }

        var line = lines.ElementAtOrDefault(record.Source.Line - 1) ?? string.Empty;
        return Path.GetExtension(record.Source.Path) switch
        {
            ".json" => line.Trim() == "{" && lines.ElementAtOrDefault(record.Source.Line)?.Trim() == $"\"id\": \"{record.Id}\",",
            ".yaml" => line == "- id: " + record.Id,
            ".csv" => line.StartsWith(record.Id + ",", StringComparison.Ordinal),
            ".md" => line.StartsWith($"| {record.Id} |", StringComparison.Ordinal),
            _ => false,
        };
    }

    [Fact]
    public void Article_body_is_the_full_text_of_the_seed_article()
    {
        var body = ArticleBody;
        var article = Dataset.Articles.Get("almaty-2025");

        // The compiled body alone: headline, subtitle and dateline are all there.
        Assert.Contains(article.Title, body, StringComparison.Ordinal);
        Assert.Contains(article.Subtitle, body, StringComparison.Ordinal);
        Assert.Contains(article.Dateline + " — ", body, StringComparison.Ordinal);

        var seed = RepositoryFiles.FindSeedArticle();
        if (seed is null)
        {
            return; // The seed file lives outside the repository and may be absent (a fresh clone, CI).
        }

        var seedLines = File.ReadAllLines(seed).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.All(seedLines, line => Assert.Contains(line, body, StringComparison.Ordinal));

        // And nothing more: every paragraph of the body, headings unmarked, is a line of the seed article.
        var bodyLines = body.Split('\n')
            .Select(l => l.TrimStart('#').Trim())
            .Where(l => l.Length > 0)
            .ToList();
        Assert.Equal(seedLines, bodyLines);
    }
}
