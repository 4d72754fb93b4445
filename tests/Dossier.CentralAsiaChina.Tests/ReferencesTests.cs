using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// References are string ids with a navigation beside each (<c>CountryId</c> and <c>Country</c>).
/// The generator checks the ids at build time; these tests check again at run time that each id
/// names a record of its target collection, and that each navigation resolves to that very record.
/// Each test lists the bad references it finds, so a failure says which record is wrong.
/// </summary>
public class ReferencesTests
{
    private static List<string> Dangling<TSource>(
        IEnumerable<TSource> records,
        Func<TSource, IEnumerable<string>> ids,
        Func<string, bool> exists)
        where TSource : IRecord =>
        records.SelectMany(r => ids(r).Where(id => !exists(id)).Select(id => $"{r.Id} -> {id}")).ToList();

    /// <summary>
    /// The records whose navigation does not give, in order, the instances of <paramref name="targets"/>
    /// that their ids name (or throws).
    /// </summary>
    private static List<string> Unresolved<TSource, TTarget>(
        IEnumerable<TSource> records,
        Func<TSource, IReadOnlyList<string>> ids,
        Func<TSource, IReadOnlyList<TTarget>> navigation,
        RecordSet<TTarget> targets)
        where TSource : IRecord
        where TTarget : class, IRecord
    {
        var bad = new List<string>();
        foreach (var record in records)
        {
            var expected = ids(record);
            IReadOnlyList<TTarget> resolved;
            try
            {
                resolved = navigation(record);
            }
            catch (KeyNotFoundException e)
            {
                bad.Add($"{record.Id}: {e.Message}");
                continue;
            }

            var matches = resolved.Count == expected.Count
                && expected.Select((id, i) => targets.TryGet(id, out var target) && ReferenceEquals(target, resolved[i])).All(ok => ok);
            if (!matches)
            {
                bad.Add($"{record.Id} -> [{string.Join(", ", expected)}] resolved to [{string.Join(", ", resolved.Select(t => t.Id))}]");
            }
        }

        return bad;
    }

    [Fact]
    public void Official_countries_exist()
    {
        Assert.Empty(Dangling(Dataset.Officials, o => [o.CountryId], Dataset.Countries.Contains));
        Assert.Empty(Unresolved(Dataset.Officials, o => [o.CountryId], o => [o.Country], Dataset.Countries));
    }

    [Fact]
    public void Meeting_participants_exist()
    {
        Assert.Empty(Dangling(Dataset.Meetings, m => m.ParticipantIds ?? [], Dataset.Officials.Contains));
        Assert.Empty(Unresolved(Dataset.Meetings, m => m.ParticipantIds ?? [], m => m.Participants ?? [], Dataset.Officials));
    }

    [Fact]
    public void Meeting_countries_exist()
    {
        Assert.Empty(Dangling(Dataset.Meetings, m => m.CountryIds ?? [], Dataset.Countries.Contains));
        Assert.Empty(Unresolved(Dataset.Meetings, m => m.CountryIds ?? [], m => m.Countries ?? [], Dataset.Countries));
    }

    [Fact]
    public void Agreement_parties_exist()
    {
        Assert.Empty(Dangling(Dataset.Agreements, a => a.PartyIds ?? [], Dataset.Countries.Contains));
        Assert.Empty(Unresolved(Dataset.Agreements, a => a.PartyIds ?? [], a => a.Parties ?? [], Dataset.Countries));
    }

    [Fact]
    public void Agreement_meetings_exist()
    {
        Assert.Empty(Dangling(Dataset.Agreements, a => [a.MeetingId], Dataset.Meetings.Contains));
        Assert.Empty(Unresolved(Dataset.Agreements, a => [a.MeetingId], a => [a.Meeting], Dataset.Meetings));
    }

    [Fact]
    public void Position_meetings_and_officials_exist()
    {
        Assert.Empty(Dangling(Dataset.Positions, p => [p.MeetingId], Dataset.Meetings.Contains));
        Assert.Empty(Unresolved(Dataset.Positions, p => [p.MeetingId], p => [p.Meeting], Dataset.Meetings));
        Assert.Empty(Dangling(Dataset.Positions, p => p.OfficialId is { } id ? [id] : [], Dataset.Officials.Contains));
        Assert.Empty(Unresolved(Dataset.Positions, p => p.OfficialId is { } id ? [id] : [], p => p.Official is { } o ? [o] : [], Dataset.Officials));
    }

    [Fact]
    public void Trade_figure_and_aim_countries_exist()
    {
        Assert.Empty(Dangling(Dataset.TradeFigures, t => t.CountryIds, Dataset.Countries.Contains));
        Assert.Empty(Unresolved(Dataset.TradeFigures, t => t.CountryIds, t => t.Countries, Dataset.Countries));
        Assert.Empty(Dangling(Dataset.TradeAims, t => t.CountryIds, Dataset.Countries.Contains));
        Assert.Empty(Unresolved(Dataset.TradeAims, t => t.CountryIds, t => t.Countries, Dataset.Countries));
    }

    [Fact]
    public void Trade_aim_baselines_exist()
    {
        Assert.Empty(Dangling(Dataset.TradeAims, t => [t.BaselineId], Dataset.TradeFigures.Contains));
        Assert.Empty(Unresolved(Dataset.TradeAims, t => [t.BaselineId], t => [t.Baseline], Dataset.TradeFigures));
    }

    [Fact]
    public void Quote_officials_exist()
    {
        Assert.Empty(Dangling(Dataset.Quotes, q => [q.OfficialId], Dataset.Officials.Contains));
        Assert.Empty(Unresolved(Dataset.Quotes, q => [q.OfficialId], q => [q.Official], Dataset.Officials));
    }

    [Fact]
    public void Quote_meetings_exist()
    {
        Assert.Empty(Dangling(Dataset.Quotes, q => [q.MeetingId], Dataset.Meetings.Contains));
        Assert.Empty(Unresolved(Dataset.Quotes, q => [q.MeetingId], q => [q.Meeting], Dataset.Meetings));
    }

    [Fact]
    public void Article_references_exist()
    {
        var dangling = AllRecords.ArticleReferences()
            .Where(r => !Dataset.Articles.Contains(r.ArticleId))
            .Select(r => $"{r.Collection}/{r.Id} -> {r.ArticleId}")
            .ToList();

        Assert.Empty(dangling);
        Assert.Equal(
            Dataset.Countries.Count + Dataset.Officials.Count + Dataset.Meetings.Count
            + Dataset.Agreements.Count + Dataset.Positions.Count + Dataset.Quotes.Count + Dataset.TradeFigures.Count + Dataset.TradeAims.Count,
            AllRecords.ArticleReferences().Count());

        var unresolved = AllRecords.ArticleReferences()
            .Where(r => !ReferenceEquals(Dataset.Articles.Get(r.ArticleId), r.Article()))
            .Select(r => $"{r.Collection}/{r.Id} -> {r.ArticleId}")
            .ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Meeting_participants_come_from_the_meeting_countries()
    {
        // A participant's country is one of the meeting's countries, and each country is represented;
        // where the article names no participants it names no countries either.
        foreach (var meeting in Dataset.Meetings)
        {
            var participantCountries = meeting.Participants?.Select(official => official.Country.Id).Order();
            Assert.Equal(meeting.CountryIds?.Order(), participantCountries);
        }
    }

    [Fact]
    public void Quote_speakers_took_part_in_the_quoted_meeting()
    {
        Assert.All(Dataset.Quotes, q => Assert.Contains(q.Official, q.Meeting.Participants ?? []));
        Assert.All(Dataset.Quotes, q => Assert.Contains(q.OfficialId, q.Meeting.ParticipantIds ?? []));
    }
}
