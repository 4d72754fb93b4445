using System;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class QuotesTests
{
    [Fact]
    public void Nurtleu_quote_is_verbatim_and_from_the_sixth_meeting()
    {
        var quote = Dataset.Quotes.Get("nurtleu-flagship-format");

        Assert.Equal(
            "We are creating all conditions for our format to become a flagship among the mechanisms of Central Asia+. "
            + "The upcoming meeting of leaders will mark a new chapter in eternal friendship and prosperity.",
            quote.Text);
        Assert.Equal("murat-nurtleu", quote.OfficialId);
        Assert.Equal("sixth-foreign-ministers-meeting", quote.MeetingId);
    }

    [Fact]
    public void Wang_Yi_quote_is_verbatim_and_from_the_strategic_dialogue()
    {
        var quote = Dataset.Quotes.Get("wang-yi-priority-partner");

        Assert.Equal(
            "We regard Kazakhstan as a priority partner in China’s foreign policy toward neighboring countries. "
            + "China firmly supports Kazakhstan’s sovereignty and its development aligned with national characteristics.",
            quote.Text);
        Assert.Equal("wang-yi", quote.OfficialId);
        Assert.Equal("kazakhstan-china-strategic-dialogue", quote.MeetingId);
    }

    [Theory]
    [InlineData("nurtleu-flagship-format")]
    [InlineData("wang-yi-priority-partner")]
    public void Quote_text_appears_in_curly_quotes_in_its_excerpt_and_the_article(string id)
    {
        var quote = Dataset.Quotes.Get(id);
        var quoted = "“" + quote.Text + "”";

        Assert.Contains(quoted, quote.Excerpt, StringComparison.Ordinal);
        Assert.Contains(quoted, quote.Article.Body, StringComparison.Ordinal);
    }
}
