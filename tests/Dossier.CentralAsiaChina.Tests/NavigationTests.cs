using System;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// The navigations over the seed dataset: forward ones (<c>official.Country</c>), which resolve an
/// id, and inverse ones (<c>country.Officials</c>), which list the records naming this one, in data order.
/// </summary>
public class NavigationTests
{
    private const string Sixth = "sixth-foreign-ministers-meeting";
    private const string Dialogue = "kazakhstan-china-strategic-dialogue";
    private const string Leaders = "leaders-meeting";

    private const string Communique = "information-communique";
    private const string Memorandum = "memorandum-foreign-ministries-2026-2028";
    private const string ConsulateNotes = "consulate-general-guangzhou-notes";

    // Forward navigations.

    [Fact]
    public void Official_country_is_the_country_record()
    {
        var nurtleu = Dataset.Officials.Get("murat-nurtleu");

        Assert.Same(Dataset.Countries.Get("kazakhstan"), nurtleu.Country);
        Assert.Equal("Kazakhstan", nurtleu.Country.Name);
    }

    [Fact]
    public void Meeting_participants_and_countries_resolve_in_data_order()
    {
        var dialogue = Dataset.Meetings.Get(Dialogue);

        Assert.NotNull(dialogue.Participants);
        Assert.Equal(["Murat Nurtleu", "Wang Yi"], dialogue.Participants.Select(o => o.Name));
        Assert.Equal(["Kazakhstan", "China"], dialogue.Countries?.Select(c => c.Name));
        Assert.Same(Dataset.Officials.Get("wang-yi"), dialogue.Participants[1]);
    }

    [Fact]
    public void Agreement_meeting_and_parties_resolve()
    {
        var communique = Dataset.Agreements.Get(Communique);

        Assert.Same(Dataset.Meetings.Get(Sixth), communique.Meeting);
        Assert.Null(communique.Parties);
        Assert.Equal(["Kazakhstan", "China"], Dataset.Agreements.Get(Memorandum).Parties?.Select(c => c.Name));
    }

    [Fact]
    public void Quote_official_and_meeting_resolve()
    {
        var quote = Dataset.Quotes.Get("wang-yi-priority-partner");

        Assert.Same(Dataset.Officials.Get("wang-yi"), quote.Official);
        Assert.Same(Dataset.Meetings.Get(Dialogue), quote.Meeting);
        Assert.Same(Dataset.Articles.Get("almaty-2025"), quote.Article);
    }

    [Fact]
    public void Only_the_leaders_meeting_is_planned()
    {
        Assert.Equal(MeetingStatus.Planned, Dataset.Meetings.Get(Leaders).Status);
        Assert.Equal(Leaders, Assert.Single(Dataset.Meetings, m => m.Status == MeetingStatus.Planned).Id);
        Assert.Equal([Dialogue, Sixth], Dataset.Meetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.Id));
    }

    // Inverse navigations.

    [Fact]
    public void Kazakhstan_has_exactly_one_minister_Murat_Nurtleu()
    {
        var kazakhstan = Dataset.Countries.Get("kazakhstan");

        var minister = Assert.Single(kazakhstan.Officials);
        Assert.Same(Dataset.Officials.Get("murat-nurtleu"), minister);
        Assert.Equal("Murat Nurtleu", minister.Name);
    }

    [Fact]
    public void Every_official_is_listed_under_their_country_and_nowhere_else()
    {
        Assert.All(Dataset.Officials, o => Assert.Contains(o, o.Country.Officials));
        Assert.Equal(Dataset.Officials.Count, Dataset.Countries.Sum(c => c.Officials.Count));
        Assert.All(Dataset.Countries, c => Assert.All(c.Officials, o => Assert.Same(c, o.Country)));
    }

    [Theory]
    [InlineData("murat-nurtleu", new[] { Dialogue, Sixth })]
    [InlineData("wang-yi", new[] { Dialogue, Sixth })]
    [InlineData("zheenbek-kulubaev", new[] { Sixth })]
    [InlineData("sirojiddin-mukhriddin", new[] { Sixth })]
    [InlineData("bakhtiyor-saidov", new[] { Sixth })]
    [InlineData("turkmenistan-representative", new[] { Sixth })]
    public void Official_meetings_are_the_meetings_they_took_part_in_in_data_order(string officialId, string[] meetingIds)
    {
        Assert.Equal(meetingIds, Dataset.Officials.Get(officialId).Meetings.Select(m => m.Id));
    }

    [Fact]
    public void Wang_Yi_attended_the_strategic_dialogue_and_the_sixth_meeting()
    {
        var meetings = Dataset.Officials.Get("wang-yi").Meetings;

        Assert.Equal(2, meetings.Count);
        Assert.Same(Dataset.Meetings.Get(Dialogue), meetings[0]);
        Assert.Same(Dataset.Meetings.Get(Sixth), meetings[1]);
    }

    [Fact]
    public void Turkmenistan_representative_attended_only_the_sixth_meeting()
    {
        var meeting = Assert.Single(Dataset.Officials.Get("turkmenistan-representative").Meetings);
        Assert.Same(Dataset.Meetings.Get(Sixth), meeting);
    }

    [Theory]
    [InlineData("kazakhstan", new[] { Memorandum, ConsulateNotes })]
    [InlineData("china", new[] { Memorandum, ConsulateNotes })]
    [InlineData("kyrgyz-republic", new string[0])]
    [InlineData("tajikistan", new string[0])]
    [InlineData("uzbekistan", new string[0])]
    [InlineData("turkmenistan", new string[0])]
    public void Country_agreements_are_those_it_is_party_to_in_data_order(string countryId, string[] agreementIds)
    {
        Assert.Equal(agreementIds, Dataset.Countries.Get(countryId).Agreements.Select(a => a.Id));
    }

    [Theory]
    [InlineData("kazakhstan", new[] { Dialogue, Sixth })]
    [InlineData("china", new[] { Dialogue, Sixth })]
    [InlineData("kyrgyz-republic", new[] { Sixth })]
    [InlineData("tajikistan", new[] { Sixth })]
    [InlineData("uzbekistan", new[] { Sixth })]
    [InlineData("turkmenistan", new[] { Sixth })]
    public void Country_meetings_are_those_it_took_part_in_in_data_order(string countryId, string[] meetingIds)
    {
        Assert.Equal(meetingIds, Dataset.Countries.Get(countryId).Meetings.Select(m => m.Id));
    }

    [Fact]
    public void Meeting_agreements_are_those_it_produced()
    {
        Assert.Equal([Communique], Dataset.Meetings.Get(Sixth).Agreements.Select(a => a.Id));
        Assert.Equal([Memorandum, ConsulateNotes], Dataset.Meetings.Get(Dialogue).Agreements.Select(a => a.Id));
        Assert.Empty(Dataset.Meetings.Get(Leaders).Agreements);
        Assert.All(Dataset.Agreements, a => Assert.Contains(a, a.Meeting.Agreements));
    }

    [Fact]
    public void Meeting_quotes_are_those_said_there()
    {
        // Nurtleu's quote speaks of the leaders' meeting but was said at the sixth meeting.
        Assert.Equal(["nurtleu-flagship-format"], Dataset.Meetings.Get(Sixth).Quotes.Select(q => q.Id));
        Assert.Equal(["wang-yi-priority-partner"], Dataset.Meetings.Get(Dialogue).Quotes.Select(q => q.Id));
        Assert.Empty(Dataset.Meetings.Get(Leaders).Quotes);
    }

    [Fact]
    public void Official_quotes_are_their_own()
    {
        Assert.Equal(["nurtleu-flagship-format"], Dataset.Officials.Get("murat-nurtleu").Quotes.Select(q => q.Id));
        Assert.Equal(["wang-yi-priority-partner"], Dataset.Officials.Get("wang-yi").Quotes.Select(q => q.Id));
        Assert.Empty(Dataset.Officials.Get("zheenbek-kulubaev").Quotes);
        Assert.Empty(Dataset.Officials.Get("turkmenistan-representative").Quotes);
        Assert.All(Dataset.Quotes, q => Assert.Same(q, Assert.Single(q.Official.Quotes, s => s.Id == q.Id)));
    }

    [Fact]
    public void Article_lists_every_record_that_cites_it_in_data_order()
    {
        var article = Dataset.Articles.Get("almaty-2025");

        Assert.Equal(Dataset.Countries.Select(r => r.Id), article.Countries.Select(r => r.Id));
        Assert.Equal(Dataset.Officials.Select(r => r.Id), article.Officials.Select(r => r.Id));
        Assert.Equal(Dataset.Meetings.Select(r => r.Id), article.Meetings.Select(r => r.Id));
        Assert.Equal(Dataset.Agreements.Select(r => r.Id), article.Agreements.Select(r => r.Id));
        Assert.Equal(Dataset.Positions.Select(r => r.Id), article.Positions.Select(r => r.Id));
        Assert.Equal(Dataset.Quotes.Select(r => r.Id), article.Quotes.Select(r => r.Id));
        Assert.Equal(Dataset.TradeFigures.Select(r => r.Id), article.TradeFigures.Select(r => r.Id));
        Assert.Equal(Dataset.TradeAims.Select(r => r.Id), article.TradeAims.Select(r => r.Id));
        Assert.Same(Dataset.Officials.Get("murat-nurtleu"), article.Officials[0]);
    }

    [Fact]
    public void Inverse_navigations_are_computed_once()
    {
        var kazakhstan = Dataset.Countries.Get("kazakhstan");
        var wangYi = Dataset.Officials.Get("wang-yi");
        var sixth = Dataset.Meetings.Get(Sixth);
        var leaders = Dataset.Meetings.Get(Leaders);
        var article = Dataset.Articles.Get("almaty-2025");

        Assert.Same(kazakhstan.Officials, kazakhstan.Officials);
        Assert.Same(kazakhstan.Meetings, kazakhstan.Meetings);
        Assert.Same(kazakhstan.Agreements, kazakhstan.Agreements);
        Assert.Same(wangYi.Meetings, wangYi.Meetings);
        Assert.Same(wangYi.Quotes, wangYi.Quotes);
        Assert.Same(sixth.Agreements, sixth.Agreements);
        Assert.Same(sixth.Quotes, sixth.Quotes);
        Assert.Same(leaders.Agreements, leaders.Agreements);
        Assert.Same(article.Countries, article.Countries);
        Assert.Same(article.Officials, article.Officials);
        Assert.Same(article.Meetings, article.Meetings);
        Assert.Same(article.Agreements, article.Agreements);
        Assert.Same(article.Positions, article.Positions);
        Assert.Same(sixth.Positions, sixth.Positions);
        Assert.Same(article.Quotes, article.Quotes);
        Assert.Same(article.TradeFigures, article.TradeFigures);
        Assert.Same(article.TradeAims, article.TradeAims);
        Assert.Same(kazakhstan.TradeFigures, kazakhstan.TradeFigures);
    }

    // Printing.

    [Fact]
    public void Country_ToString_prints_its_data_not_its_navigations()
    {
        var text = Dataset.Countries.Get("kazakhstan").ToString();

        Assert.Contains("Id = kazakhstan", text, StringComparison.Ordinal);
        Assert.Contains("ArticleId = almaty-2025", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Officials", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meetings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Agreements", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Article =", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_ToString_does_not_recurse_through_navigations()
    {
        var official = Dataset.Officials.Get("murat-nurtleu").ToString();
        Assert.Contains("CountryId = kazakhstan", official, StringComparison.Ordinal);
        Assert.DoesNotContain("Country = ", official, StringComparison.Ordinal);
        Assert.DoesNotContain("Meetings = ", official, StringComparison.Ordinal);
        Assert.DoesNotContain("Quotes = ", official, StringComparison.Ordinal);

        var meeting = Dataset.Meetings.Get(Dialogue).ToString();
        Assert.Contains("Status = Held", meeting, StringComparison.Ordinal);
        Assert.Contains("ParticipantIds = [murat-nurtleu, wang-yi]", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("Participants = ", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("Countries = ", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("Agreements = ", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("Quotes = ", meeting, StringComparison.Ordinal);

        var agreement = Dataset.Agreements.Get(Memorandum).ToString();
        Assert.Contains("PartyIds = [kazakhstan, china]", agreement, StringComparison.Ordinal);
        Assert.DoesNotContain("Parties = ", agreement, StringComparison.Ordinal);
        Assert.DoesNotContain("Meeting = ", agreement, StringComparison.Ordinal);

        var article = Dataset.Articles.Get("almaty-2025").ToString();
        Assert.Contains("Id = almaty-2025", article, StringComparison.Ordinal);
        foreach (var navigation in new[] { "Countries", "Officials", "Meetings", "Agreements", "Positions", "Quotes", "TradeFigures", "TradeAims" })
        {
            Assert.DoesNotContain(navigation + " = ", article, StringComparison.Ordinal);
        }
    }
}
