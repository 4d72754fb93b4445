using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>Each collection holds exactly the records the article supports, no more and no fewer.</summary>
public class DatasetTests
{
    [Fact]
    public void Articles_hold_the_one_seed_article()
    {
        var article = Assert.Single(Dataset.Articles);
        Assert.Equal("almaty-2025", article.Id);
    }

    [Fact]
    public void Collections_have_the_expected_counts()
    {
        Assert.Equal(6, Dataset.Countries.Count);
        Assert.Equal(6, Dataset.Officials.Count);
        Assert.Equal(3, Dataset.Meetings.Count);
        Assert.Equal(3, Dataset.Agreements.Count);
        Assert.Equal(6, Dataset.Positions.Count);
        Assert.Equal(2, Dataset.Quotes.Count);
        Assert.Equal(2, Dataset.TradeFigures.Count);
        Assert.Single(Dataset.TradeAims);
    }

    [Fact]
    public void Collections_hold_the_expected_ids()
    {
        Assert.Equal(
            ["china", "kazakhstan", "kyrgyz-republic", "tajikistan", "turkmenistan", "uzbekistan"],
            Dataset.Countries.Select(c => c.Id).Order());
        Assert.Equal(
            ["bakhtiyor-saidov", "murat-nurtleu", "sirojiddin-mukhriddin", "turkmenistan-representative", "wang-yi", "zheenbek-kulubaev"],
            Dataset.Officials.Select(o => o.Id).Order());
        Assert.Equal(
            ["kazakhstan-china-strategic-dialogue", "leaders-meeting", "sixth-foreign-ministers-meeting"],
            Dataset.Meetings.Select(m => m.Id).Order());
        Assert.Equal(
            ["consulate-general-guangzhou-notes", "information-communique", "memorandum-foreign-ministries-2026-2028"],
            Dataset.Agreements.Select(a => a.Id).Order());
        Assert.Equal(
            ["balanced-approaches", "mutual-respect-and-equality", "regular-meetings", "strategies-for-modern-challenges", "value-of-multilateral-framework", "wider-cooperation-for-regional-stability"],
            Dataset.Positions.Select(p => p.Id).Order());
        Assert.Equal(
            ["nurtleu-flagship-format", "wang-yi-priority-partner"],
            Dataset.Quotes.Select(q => q.Id).Order());
        Assert.Equal(
            ["bilateral-trade-2024", "joint-projects"],
            Dataset.TradeFigures.Select(t => t.Id).Order());
        Assert.Equal(["trade-doubling-aim"], Dataset.TradeAims.Select(t => t.Id));
    }

    [Fact]
    public void Article_has_its_headings_and_dateline()
    {
        var article = Dataset.Articles.Get("almaty-2025");

        Assert.Equal("Central Asia and China Deepen Relations at Almaty Foreign Ministers’ Meeting", article.Title);
        Assert.Equal("Strengthening Ties: Central Asia-China Foreign Ministers’ Meeting in Almaty", article.Subtitle);
        Assert.Equal("ASTANA", article.Dateline);
        Assert.StartsWith("# " + article.Title + "\n", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_sections_follow_the_markdown_headings()
    {
        var article = Dataset.Articles.Get("almaty-2025");

        var section = Assert.Single(article.Sections);
        Assert.Equal((article.Subtitle, 2), (section.Heading, section.Level));
        Assert.StartsWith("ASTANA — The sixth meeting of foreign ministers", section.Text, StringComparison.Ordinal);
        Assert.EndsWith("encourage sustained growth and development in the region.", section.Text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_ids_are_reported_as_missing()
    {
        Assert.False(Dataset.Officials.Contains("nursultan-nazarbayev"));
        Assert.False(Dataset.Meetings.TryGet("seventh-foreign-ministers-meeting", out _));
        Assert.Throws<KeyNotFoundException>(() => Dataset.Countries.Get("mongolia"));
    }
}
