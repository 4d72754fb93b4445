using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

/// <summary>
/// Every record of every collection, for the tests that must hold across the whole dataset.
/// A new collection must be added here, or those tests would silently skip it.
/// </summary>
internal static class AllRecords
{
    public static IEnumerable<(string Collection, IRecord Record)> Records() =>
        Dataset.Articles.Select(r => ("articles", (IRecord)r))
            .Concat(Dataset.Countries.Select(r => ("countries", (IRecord)r)))
            .Concat(Dataset.Officials.Select(r => ("officials", (IRecord)r)))
            .Concat(Dataset.Meetings.Select(r => ("meetings", (IRecord)r)))
            .Concat(Dataset.Agreements.Select(r => ("agreements", (IRecord)r)))
            .Concat(Dataset.Positions.Select(r => ("positions", (IRecord)r)))
            .Concat(Dataset.Quotes.Select(r => ("quotes", (IRecord)r)))
            .Concat(Dataset.TradeFigures.Select(r => ("tradeFigures", (IRecord)r)))
            .Concat(Dataset.TradeAims.Select(r => ("tradeAims", (IRecord)r)));

    /// <summary>Each record's excerpt: every collection has one, the article included.</summary>
    public static IEnumerable<(string Collection, string Id, string Excerpt)> Excerpts() =>
        Dataset.Articles.Select(r => ("articles", r.Id, r.Excerpt))
            .Concat(Dataset.Countries.Select(r => ("countries", r.Id, r.Excerpt)))
            .Concat(Dataset.Officials.Select(r => ("officials", r.Id, r.Excerpt)))
            .Concat(Dataset.Meetings.Select(r => ("meetings", r.Id, r.Excerpt)))
            .Concat(Dataset.Agreements.Select(r => ("agreements", r.Id, r.Excerpt)))
            .Concat(Dataset.Positions.Select(r => ("positions", r.Id, r.Excerpt)))
            .Concat(Dataset.Quotes.Select(r => ("quotes", r.Id, r.Excerpt)))
            .Concat(Dataset.TradeFigures.Select(r => ("tradeFigures", r.Id, r.Excerpt)))
            .Concat(Dataset.TradeAims.Select(r => ("tradeAims", r.Id, r.Excerpt)));

    /// <summary>
    /// Each record's <c>article</c> reference: its id, and its navigation, resolved only when called
    /// (so that a test can report a dangling id before resolving it). The article itself has none.
    /// </summary>
    public static IEnumerable<(string Collection, string Id, string ArticleId, Func<Article> Article)> ArticleReferences() =>
        Dataset.Countries.Select(r => ("countries", r.Id, r.ArticleId, (Func<Article>)(() => r.Article)))
            .Concat(Dataset.Officials.Select(r => ("officials", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.Meetings.Select(r => ("meetings", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.Agreements.Select(r => ("agreements", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.Positions.Select(r => ("positions", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.Quotes.Select(r => ("quotes", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.TradeFigures.Select(r => ("tradeFigures", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))))
            .Concat(Dataset.TradeAims.Select(r => ("tradeAims", r.Id, r.ArticleId, (Func<Article>)(() => r.Article))));
}
