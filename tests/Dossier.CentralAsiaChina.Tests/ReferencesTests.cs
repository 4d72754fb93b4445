using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// References are plain string ids for now: each must name a record of its target collection.
/// Each test lists the dangling references it finds, so a failure says which record is wrong.
/// </summary>
public class ReferencesTests
{
    private static List<string> Dangling<TSource>(
        IEnumerable<TSource> records,
        Func<TSource, IEnumerable<string>> ids,
        Func<string, bool> exists)
        where TSource : IRecord =>
        records.SelectMany(r => ids(r).Where(id => !exists(id)).Select(id => $"{r.Id} -> {id}")).ToList();

    [Fact]
    public void Official_countries_exist() =>
        Assert.Empty(Dangling(Dataset.Officials, o => [o.Country], Dataset.Countries.Contains));

    [Fact]
    public void Meeting_participants_exist() =>
        Assert.Empty(Dangling(Dataset.Meetings, m => m.Participants, Dataset.Officials.Contains));

    [Fact]
    public void Meeting_countries_exist() =>
        Assert.Empty(Dangling(Dataset.Meetings, m => m.Countries, Dataset.Countries.Contains));

    [Fact]
    public void Agreement_parties_exist() =>
        Assert.Empty(Dangling(Dataset.Agreements, a => a.Parties, Dataset.Countries.Contains));

    [Fact]
    public void Agreement_meetings_exist() =>
        Assert.Empty(Dangling(Dataset.Agreements, a => [a.Meeting], Dataset.Meetings.Contains));

    [Fact]
    public void Quote_officials_exist() =>
        Assert.Empty(Dangling(Dataset.Quotes, q => [q.Official], Dataset.Officials.Contains));

    [Fact]
    public void Quote_meetings_exist() =>
        Assert.Empty(Dangling(Dataset.Quotes, q => [q.Meeting], Dataset.Meetings.Contains));

    [Fact]
    public void Article_references_exist()
    {
        var dangling = AllRecords.ArticleReferences()
            .Where(r => !Dataset.Articles.Contains(r.Article))
            .Select(r => $"{r.Collection}/{r.Id} -> {r.Article}")
            .ToList();

        Assert.Empty(dangling);
        Assert.Equal(
            Dataset.Countries.Count + Dataset.Officials.Count + Dataset.Meetings.Count
            + Dataset.Agreements.Count + Dataset.Quotes.Count + Dataset.TradeFigures.Count,
            AllRecords.ArticleReferences().Count());
    }

    [Fact]
    public void Meeting_participants_come_from_the_meeting_countries()
    {
        // A participant's country is one of the meeting's countries, and each country is represented.
        foreach (var meeting in Dataset.Meetings)
        {
            var participantCountries = meeting.Participants.Select(id => Dataset.Officials.Get(id).Country);
            Assert.Equal(meeting.Countries.Order(), participantCountries.Order());
        }
    }

    [Fact]
    public void Quote_speakers_took_part_in_the_quoted_meeting()
    {
        Assert.All(Dataset.Quotes, q => Assert.Contains(q.Official, Dataset.Meetings.Get(q.Meeting).Participants));
    }
}
