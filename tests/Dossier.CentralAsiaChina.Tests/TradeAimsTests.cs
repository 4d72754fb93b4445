using System;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// "Both countries aim to double this volume in forthcoming years": an aim, with a factor over a
/// figure and a horizon in words, and no target amount or year.
/// </summary>
public class TradeAimsTests
{
    [Fact]
    public void Doubling_aim_is_a_factor_of_2_over_the_2024_trade_figure()
    {
        var aim = Dataset.TradeAims.Get("trade-doubling-aim");

        Assert.Equal(2, aim.Factor);
        Assert.Equal("bilateral-trade-2024", aim.BaselineId);
        Assert.Same(Dataset.TradeFigures.Get("bilateral-trade-2024"), aim.Baseline);
        Assert.Equal(2024, aim.Baseline.Year);
        Assert.Same(aim, Assert.Single(aim.Baseline.TradeAims));
    }

    [Fact]
    public void Doubling_aim_is_for_forthcoming_years_with_no_target_year()
    {
        var aim = Dataset.TradeAims.Get("trade-doubling-aim");

        Assert.Equal("in forthcoming years", aim.Horizon);
        Assert.Contains("aim to double this volume " + aim.Horizon, aim.Excerpt, StringComparison.Ordinal);
        Assert.Null(aim.TargetYear);
    }

    [Fact]
    public void Doubling_aim_states_no_amount_of_its_own()
    {
        // The aim is not a figure: an amount would be a value the article does not give.
        Assert.Null(typeof(TradeAim).GetProperty("AmountUsd"));
        Assert.False(Dataset.TradeFigures.Contains("trade-doubling-aim"));
    }

    [Fact]
    public void Doubling_aim_is_shared_by_both_countries()
    {
        var aim = Dataset.TradeAims.Get("trade-doubling-aim");

        Assert.Equal(["kazakhstan", "china"], aim.CountryIds);
        Assert.Equal([aim], Dataset.Countries.Get("kazakhstan").TradeAims);
        Assert.Equal([aim], Dataset.Countries.Get("china").TradeAims);
    }
}
