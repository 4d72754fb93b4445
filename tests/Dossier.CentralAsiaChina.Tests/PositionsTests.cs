using System;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// What the talks at the sixth meeting stressed, and who stressed it: each position a record, in the
/// article's words, attributed as the article attributes it.
/// </summary>
public class PositionsTests
{
    private const string Sixth = "sixth-foreign-ministers-meeting";

    [Theory]
    [InlineData("mutual-respect-and-equality", PositionHolder.Discussions, "emphasized", "the importance of mutual respect and equality among Central Asian nations and China")]
    [InlineData("strategies-for-modern-challenges", PositionHolder.Discussions, "explored", "strategies to address modern challenges collaboratively")]
    [InlineData("balanced-approaches", PositionHolder.AllParties, "recognized", "the necessity for balanced approaches to foster development that benefits all stakeholders involved")]
    [InlineData("value-of-multilateral-framework", PositionHolder.Official, "reinforced", "the value of the multilateral framework")]
    [InlineData("wider-cooperation-for-regional-stability", PositionHolder.Official, "indicating", "intentions to expand cooperation across essential sectors to promote regional stability")]
    [InlineData("regular-meetings", PositionHolder.Ministers, "agreed on", "the need for ongoing regular meetings to maintain constructive dialogue in light of global challenges")]
    public void Position_says_who_stressed_what_at_the_sixth_meeting(string id, PositionHolder holder, string verb, string statement)
    {
        var position = Dataset.Positions.Get(id);

        Assert.Equal(Sixth, position.MeetingId);
        Assert.Equal(holder, position.Holder);
        Assert.Equal(verb, position.Verb);
        Assert.Equal(statement, position.Statement);
    }

    [Fact]
    public void Positions_are_in_the_order_the_article_gives_them()
    {
        var article = Dataset.Articles.Get("almaty-2025").Body;
        var offsets = Dataset.Positions.Select(p => article.IndexOf(p.Verb + " " + p.Statement, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, offsets);
        Assert.Equal(offsets.Order(), offsets);
    }

    [Fact]
    public void Verb_and_statement_are_the_words_of_the_excerpt()
    {
        Assert.All(Dataset.Positions, p => Assert.Contains(p.Verb + " " + p.Statement, p.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public void Excerpt_names_the_holder_as_the_article_does()
    {
        Assert.All(Dataset.Positions, p =>
        {
            var subject = p.Holder switch
            {
                PositionHolder.Discussions => "The discussions",
                PositionHolder.AllParties => "All parties",
                PositionHolder.Ministers => "The ministers",
                PositionHolder.Official => Assert.IsType<string>(p.Official?.Name).Split(' ')[^1],
                _ => throw new ArgumentOutOfRangeException(nameof(p), p.Holder, null),
            };
            Assert.Contains(subject, p.Excerpt, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_official_is_named_exactly_where_the_holder_is_one_official()
    {
        Assert.All(Dataset.Positions, p => Assert.Equal(p.Holder == PositionHolder.Official, p.OfficialId is not null));
    }

    [Fact]
    public void Nurtleu_backed_the_multilateral_framework_and_wider_cooperation_for_regional_stability()
    {
        var nurtleu = Dataset.Officials.Get("murat-nurtleu");

        Assert.Equal(["value-of-multilateral-framework", "wider-cooperation-for-regional-stability"], nurtleu.Positions.Select(p => p.Id));
        Assert.All(nurtleu.Positions, p => Assert.Same(nurtleu, p.Official));
        Assert.All(Dataset.Officials.Where(o => o.Id != nurtleu.Id), o => Assert.Empty(o.Positions));
    }

    [Fact]
    public void Only_the_ministers_agreement_on_regular_meetings_is_said_to_be_unanimous()
    {
        // "unanimously" is said once; elsewhere the article says nothing either way, so the value is null.
        var unanimous = Assert.Single(Dataset.Positions, p => p.Unanimous == true);

        Assert.Equal("regular-meetings", unanimous.Id);
        Assert.Equal(PositionHolder.Ministers, unanimous.Holder);
        Assert.Contains("The ministers unanimously agreed on the need for ongoing regular meetings", unanimous.Excerpt, StringComparison.Ordinal);
        Assert.All(Dataset.Positions.Where(p => p.Id != unanimous.Id), p => Assert.Null(p.Unanimous));
    }

    [Fact]
    public void All_positions_were_stated_at_the_sixth_meeting()
    {
        var sixth = Dataset.Meetings.Get(Sixth);

        Assert.All(Dataset.Positions, p => Assert.Same(sixth, p.Meeting));
        Assert.Equal(Dataset.Positions, sixth.Positions);
    }
}
