using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class MeetingsTests
{
    private const string Sixth = "sixth-foreign-ministers-meeting";
    private const string Dialogue = "kazakhstan-china-strategic-dialogue";
    private const string Leaders = "leaders-meeting";

    [Fact]
    public void Sixth_meeting_was_held_in_Almaty_on_26_April_2025()
    {
        var meeting = Dataset.Meetings.Get(Sixth);

        Assert.Equal(new DateOnly(2025, 4, 26), meeting.Date);
        Assert.Equal(6, meeting.Ordinal);
        Assert.Equal("Almaty", meeting.City);
        Assert.Equal("Central Asia–China", meeting.Format);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal("Sixth meeting of foreign ministers in the Central Asia–China format", meeting.Title);
    }

    [Fact]
    public void Sixth_meeting_has_its_participants_and_countries()
    {
        var meeting = Dataset.Meetings.Get(Sixth);

        Assert.Equal(
            ["murat-nurtleu", "wang-yi", "zheenbek-kulubaev", "sirojiddin-mukhriddin", "bakhtiyor-saidov", "turkmenistan-representative"],
            meeting.ParticipantIds);
        Assert.Equal(
            ["kazakhstan", "china", "kyrgyz-republic", "tajikistan", "uzbekistan", "turkmenistan"],
            meeting.CountryIds);
    }

    [Fact]
    public void Sixth_meeting_has_its_topics_positions_and_document()
    {
        var meeting = Dataset.Meetings.Get(Sixth);

        Assert.Equal(
            ["political dialogue", "trade and economic cooperation", "transportation connectivity", "regional security challenges", "sustainable development"],
            meeting.Topics);
        Assert.Equal(
            ["mutual-respect-and-equality", "strategies-for-modern-challenges", "balanced-approaches", "value-of-multilateral-framework", "wider-cooperation-for-regional-stability", "regular-meetings"],
            meeting.Positions.Select(p => p.Id));
        Assert.Same(Dataset.Agreements.Get("information-communique"), Assert.Single(meeting.Agreements));
    }

    [Fact]
    public void A_meeting_reaches_its_documents_one_way_only()
    {
        // Agreement.Meeting is the one record of which meeting produced a document; Meeting.Agreements
        // is its inverse. A second list on the meeting (an outcomes table) could drift from it.
        Assert.Null(typeof(Meeting).GetProperty("Outcomes"));
        Assert.All(Dataset.Meetings, m => Assert.Empty(m.Sections));
        Assert.Equal(
            Dataset.Agreements.Select(a => a.Id).Order(),
            Dataset.Meetings.SelectMany(m => m.Agreements).Select(a => a.Id).Order());
        Assert.All(Dataset.Meetings, m => Assert.All(m.Agreements, a => Assert.Same(m, a.Meeting)));
    }

    [Fact]
    public void Strategic_dialogue_was_held_in_Almaty_the_day_before()
    {
        var meeting = Dataset.Meetings.Get(Dialogue);

        Assert.Equal(new DateOnly(2025, 4, 25), meeting.Date);
        Assert.Null(meeting.Ordinal);
        Assert.Equal("Almaty", meeting.City);
        Assert.Equal("Kazakhstan-China Strategic Dialogue", meeting.Format);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(["murat-nurtleu", "wang-yi"], meeting.ParticipantIds);
        Assert.Equal(["kazakhstan", "china"], meeting.CountryIds);
        Assert.Equal(["trade and economic relations"], meeting.Topics);
        Assert.Equal(
            [Dataset.Agreements.Get("memorandum-foreign-ministries-2026-2028"), Dataset.Agreements.Get("consulate-general-guangzhou-notes")],
            meeting.Agreements);
        Assert.Empty(meeting.Positions);
    }

    [Fact]
    public void Leaders_meeting_is_planned_with_nothing_else_known()
    {
        var meeting = Dataset.Meetings.Get(Leaders);

        Assert.Null(meeting.Date);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Null(meeting.Ordinal);
        Assert.Null(meeting.City);
        Assert.Null(meeting.Format);

        // Unknown, not "none": the article names no participant, country or topic of the leaders' meeting.
        Assert.Null(meeting.ParticipantIds);
        Assert.Null(meeting.Participants);
        Assert.Null(meeting.CountryIds);
        Assert.Null(meeting.Countries);
        Assert.Null(meeting.Topics);
        Assert.Empty(meeting.Agreements);
        Assert.Empty(meeting.Positions);
    }

    [Fact]
    public void Leaders_meeting_body_is_the_one_sentence_that_announces_it()
    {
        var meeting = Dataset.Meetings.Get(Leaders);
        var sentence = "The upcoming meeting of leaders will mark a new chapter in eternal friendship and prosperity.";

        // Nurtleu's paragraph is about the sixth meeting: it belongs to that record, not this one.
        Assert.Equal(["# Upcoming meeting of leaders", "> " + sentence], Paragraphs(meeting.Body));
        Assert.DoesNotContain("multilateral framework", meeting.Body, StringComparison.Ordinal);
        Assert.Contains("Nurtleu reinforced the value of the multilateral framework", Dataset.Meetings.Get(Sixth).Body, StringComparison.Ordinal);

        // The sentence is quoted speech: the quote record says who said it, and where.
        var quote = Assert.Single(Dataset.Quotes, q => q.Text.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal("murat-nurtleu", quote.OfficialId);
        Assert.Equal(Sixth, quote.MeetingId);
    }

    [Theory]
    [InlineData(Sixth)]
    [InlineData(Dialogue)]
    [InlineData(Leaders)]
    public void Meeting_body_paragraphs_are_verbatim_from_the_article(string id)
    {
        var article = Dataset.Articles.Get("almaty-2025").Body;

        // The title heading names the meeting in the article's words, capitalised; the paragraphs
        // under it, once a quotation's marker is removed, are the article's text.
        var bad = Paragraphs(Dataset.Meetings.Get(id).Body)
            .Skip(1)
            .Select(p => p.TrimStart('>', ' '))
            .Where(p => !article.Contains(p, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(bad);
    }

    /// <summary>The non-blank lines of a markdown body.</summary>
    private static List<string> Paragraphs(string body) =>
        body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public void InYear_finds_the_two_dated_meetings_of_2025()
    {
        // InYear keeps data order, and meetings/*.md files are read in file-name order.
        Assert.Equal([Dialogue, Sixth], Dataset.Meetings.InYear(2025).Select(m => m.Id));
        Assert.Empty(Dataset.Meetings.InYear(2024));
    }

    [Fact]
    public void Latest_and_Earliest_skip_the_undated_meeting()
    {
        Assert.Equal(Sixth, Dataset.Meetings.Latest()?.Id);
        Assert.Equal(Dialogue, Dataset.Meetings.Earliest()?.Id);
    }

    [Fact]
    public void Undated_is_the_leaders_meeting()
    {
        var undated = Assert.Single(Dataset.Meetings.Undated());
        Assert.Equal(Leaders, undated.Id);
    }

    [Fact]
    public void Chronological_orders_put_the_undated_meeting_last()
    {
        Assert.Equal([Dialogue, Sixth, Leaders], Dataset.Meetings.Chronologically().Select(m => m.Id));
        Assert.Equal([Sixth, Dialogue, Leaders], Dataset.Meetings.ReverseChronologically().Select(m => m.Id));
    }

    [Fact]
    public void Date_ranges_select_by_day()
    {
        var april25 = new DateOnly(2025, 4, 25);
        var april26 = new DateOnly(2025, 4, 26);

        Assert.Equal(Dialogue, Assert.Single(Dataset.Meetings.Between(april25, april25)).Id);
        Assert.Equal(2, Dataset.Meetings.Between(april25, april26).Count());
        Assert.Equal(Sixth, Assert.Single(Dataset.Meetings.OnOrAfter(april26)).Id);
        Assert.Equal(Dialogue, Assert.Single(Dataset.Meetings.OnOrBefore(april25)).Id);
    }
}
