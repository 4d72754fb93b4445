using System;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class AgreementsTests
{
    [Fact]
    public void Communique_was_adopted_at_the_sixth_meeting_by_parties_the_article_does_not_name()
    {
        var communique = Dataset.Agreements.Get("information-communique");

        Assert.Equal("Information Communiqué", communique.Title);
        Assert.Equal("communique", communique.Kind);
        Assert.Equal(new DateOnly(2025, 4, 26), communique.Date);
        Assert.Equal("sixth-foreign-ministers-meeting", communique.MeetingId);
        // "an Information Communiqué was adopted": the article does not say by whom.
        Assert.Null(communique.PartyIds);
        Assert.Null(communique.Parties);
        Assert.Null(communique.FirstYear);
        Assert.Null(communique.LastYear);
    }

    [Fact]
    public void Communique_reaffirms_good_neighborliness_sustainable_development_and_a_stronger_partnership()
    {
        var communique = Dataset.Agreements.Get("information-communique");

        Assert.Equal(
            ["good-neighborliness", "sustainable development", "a stronger multilateral partnership within the Central Asia-China framework"],
            communique.Reaffirms);

        // In the article's words, and in the words of the record's own excerpt.
        Assert.Contains("reaffirming a shared dedication to good-neighborliness, sustainable development, and a stronger multilateral partnership", communique.Excerpt, StringComparison.Ordinal);
        Assert.All(communique.Reaffirms!, item => Assert.Contains(item, communique.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_communique_is_said_to_reaffirm_anything()
    {
        Assert.Equal("information-communique", Assert.Single(Dataset.Agreements, a => a.Reaffirms is not null).Id);
    }

    [Fact]
    public void Memorandum_covers_2026_to_2028()
    {
        var memorandum = Dataset.Agreements.Get("memorandum-foreign-ministries-2026-2028");

        Assert.Equal("memorandum", memorandum.Kind);
        Assert.Equal(2026, memorandum.FirstYear);
        Assert.Equal(2028, memorandum.LastYear);
        Assert.Null(memorandum.Date);
        Assert.Equal("kazakhstan-china-strategic-dialogue", memorandum.MeetingId);
        Assert.Equal(["kazakhstan", "china"], memorandum.PartyIds);
        Assert.Equal(
            "Memorandum of cooperation between the foreign ministries of Kazakhstan and China for 2026-2028",
            memorandum.Title);
    }

    [Fact]
    public void Notes_on_the_Guangzhou_consulate_were_exchanged_by_Kazakhstan_and_China()
    {
        var notes = Dataset.Agreements.Get("consulate-general-guangzhou-notes");

        Assert.Equal("exchange-of-notes", notes.Kind);
        Assert.Null(notes.Date);
        Assert.Equal("kazakhstan-china-strategic-dialogue", notes.MeetingId);
        Assert.Equal(["kazakhstan", "china"], notes.PartyIds);
        Assert.Null(notes.FirstYear);
        Assert.Null(notes.LastYear);
        Assert.Equal("Exchange of notes on establishing a Consulate General of Kazakhstan in Guangzhou", notes.Title);
    }

    [Fact]
    public void Only_the_communique_has_a_date()
    {
        Assert.Equal("information-communique", Assert.Single(Dataset.Agreements.InYear(2025)).Id);
        Assert.Equal(
            ["consulate-general-guangzhou-notes", "memorandum-foreign-ministries-2026-2028"],
            Dataset.Agreements.Undated().Select(a => a.Id).Order());
    }
}
