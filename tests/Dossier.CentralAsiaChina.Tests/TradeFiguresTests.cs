using System;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class TradeFiguresTests
{
    [Fact]
    public void Bilateral_trade_was_43_8_billion_dollars_in_2024()
    {
        var trade = Dataset.TradeFigures.Get("bilateral-trade-2024");

        Assert.Equal(43_800_000_000m, trade.AmountUsd);
        Assert.Equal(2024, trade.Year);
        Assert.Null(trade.ProjectCount);
        Assert.False(trade.Approximate);
        Assert.Equal("Bilateral trade between Kazakhstan and China", trade.Indicator);
    }

    [Fact]
    public void Joint_projects_are_224_worth_about_66_4_billion_dollars()
    {
        var projects = Dataset.TradeFigures.Get("joint-projects");

        Assert.Equal(66_400_000_000m, projects.AmountUsd);
        Assert.Equal(224, projects.ProjectCount);
        Assert.True(projects.Approximate);
        Assert.Null(projects.Year);
    }

    [Fact]
    public void Approximate_is_true_exactly_where_the_article_says_approximately()
    {
        Assert.All(Dataset.TradeFigures, f => Assert.Equal(f.Excerpt.Contains("approximately", StringComparison.Ordinal), f.Approximate));
    }

    [Theory]
    [InlineData("bilateral-trade-2024")]
    [InlineData("joint-projects")]
    public void Figure_concerns_Kazakhstan_and_China(string id)
    {
        var figure = Dataset.TradeFigures.Get(id);

        Assert.Equal(["kazakhstan", "china"], figure.CountryIds);
        Assert.Equal([Dataset.Countries.Get("kazakhstan"), Dataset.Countries.Get("china")], figure.Countries);
    }

    [Fact]
    public void Kazakhstans_trade_with_China_is_a_query_not_a_string_match()
    {
        var kazakhstan = Dataset.Countries.Get("kazakhstan");
        var china = Dataset.Countries.Get("china");

        var withChina = kazakhstan.TradeFigures.Where(f => f.Countries.Contains(china)).Select(f => f.Id);

        Assert.Equal(["bilateral-trade-2024", "joint-projects"], withChina);
        Assert.Equal(china.TradeFigures, kazakhstan.TradeFigures);
        Assert.Empty(Dataset.Countries.Get("uzbekistan").TradeFigures);
    }
}
