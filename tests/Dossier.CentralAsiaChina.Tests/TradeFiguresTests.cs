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
    public void Doubling_aim_has_no_target_amount_or_year()
    {
        // "in forthcoming years": the article gives neither a figure nor a year.
        var aim = Dataset.TradeFigures.Get("trade-doubling-aim");

        Assert.Null(aim.AmountUsd);
        Assert.Null(aim.Year);
        Assert.Null(aim.ProjectCount);
        Assert.False(aim.Approximate);
    }
}
