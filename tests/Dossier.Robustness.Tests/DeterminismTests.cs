using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dossier.Generators.Tests.TestHelpers;
using Dossier.Testing;
using Microsoft.CodeAnalysis;

namespace Dossier.Robustness.Tests;

/// <summary>
/// The output depends on the data alone: the generated sources (and the diagnostics) are
/// byte-identical across runs, across the order the files arrive in, and across the current
/// culture, for a dataset with every kind of file, references between collections, and the
/// values cultures format differently (decimals, doubles, dates, negative numbers, 'i' and 'I').
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>
    /// Fifteen files in seven collections: a JSON array, one-record JSON and YAML files, markdown
    /// records with a table, a table collection, a YAML array, a CSV and a TSV file.
    /// </summary>
    private static readonly DataFile[] Files =
    [
        new("data/countries.json", """
            [
              { "id": "kz", "name": "Kazakhstan", "iso": "KZ", "area": 2724900.5, "index": -0.25, "ratio": 1e300, "independence": "1991-12-16", "is_island": false, "İnfo": "İstanbul ıi" },
              { "id": "cn", "name": "China", "iso": "CN", "area": 9596961, "index": 1.2345678901234567890123456789, "ratio": -0.125, "independence": "1949-10-01", "is_island": false, "İnfo": "Iı" },
              { "id": "tr", "name": "Türkiye", "iso": "TR", "area": -783562.38, "index": -1, "ratio": 5e-324, "independence": "1923-10-29", "is_island": false, "İnfo": "DİYARBAKIR" }
            ]
            """),
        new("data/officials/wang-yi.json", """{ "name": "Wang Yi", "country": "cn", "born": "1953-10-19", "salary": -1234.56, "term_start": "2022-12-30T10:00:00+08:00", "title": "Minister", "is_minister": true, "ids_held": ["a", "b"] }"""),
        new("data/officials/nurtleu.json", """{ "name": "Murat Nurtleu", "country": "kz", "born": "1975-06-28", "salary": 99999999999999999999.99, "term_start": "2023-09-01T09:30:00+05:00", "title": "Minister", "is_minister": true, "ids_held": [] }"""),
        new("data/officials/fidan.json", """{ "name": "Hakan Fidan", "country": "tr", "born": "1968-07-17", "salary": 0.001, "term_start": "2023-06-04T00:00:00Z", "title": "Dışişleri Bakanı", "is_minister": true, "ids_held": ["İ", "ı"] }"""),
        new("data/officials/tokayev.yaml", """
            name: Kassym-Jomart Tokayev
            country: kz
            born: 1953-05-17
            salary: -98765.4321
            term_start: "2019-06-12T12:00:00+05:00"
            title: Président İ
            is_minister: false
            ids_held: [İ, "ı", I]
            """),
        new("data/ports.yml", """
            - id: aktau
              depth: 12.5
              opened: 1963-01-01
              country: kz
              ratio: 1e300
              name: AKTAU İ
            - id: lianyungang
              depth: -0.75
              opened: "1933-05-01"
              country: cn
              ratio: -2.5e-300
              name: ıi
            """),
        new("data/officials/deputy.json", """{ "name": "Deputy", "country": "kz", "born": "1980-02-29", "salary": -0.5, "term_start": "2024-02-29T23:59:59.1234567-03:30", "title": "Deputy", "is_minister": false, "ids_held": ["i"] }"""),
        new("data/meetings/almaty-2025.md", """
            ---
            date: 2025-04-26
            starts: 2025-04-26T10:00:00+05:00
            officials: [wang-yi, nurtleu]
            countries: [kz, cn]
            budget: 1234.5
            score: -3
            ratio: 1e300
            ---
            # Almaty, 2025

            Text with İ, ı, i and I.

            ## Outcomes

            | item | value | country |
            |------|-------|---------|
            | Trade | 43.8e9 | kz |
            | Index | -0.75 | cn |

            ## Notes

            Decimal 1,5 and 1.5; date 26.04.2025.
            """),
        new("data/meetings/ankara-2024.md", """
            ---
            date: 2024-02-29
            starts: 2024-02-29T09:00:00+03:00
            officials: [fidan]
            countries: [tr]
            budget: -0.01
            score: 7
            ratio: 0.5
            ---
            # Ankara, 2024

            ## Outcomes

            | item | value | country |
            |------|-------|---------|
            | İhracat | 1.25 | tr |
            """),
        new("data/meetings/beijing-2023.md", """
            ---
            date: 2023-12-31
            starts: 2023-12-31T23:59:00+08:00
            officials: [wang-yi, deputy, fidan]
            countries: [cn, kz, tr]
            budget: 99.99
            score: -2147483648
            ratio: -2.5e-300
            ---
            # Beijing, 2023

            Body only.
            """),
        new("data/meetings/istanbul-2022.md", """
            ---
            date: 2022-01-01
            starts: 2022-01-01T00:00:00Z
            officials: []
            countries: [tr]
            budget: 0
            score: 0
            ratio: 0.1
            ---
            # İstanbul, 2022
            """),
        new("data/figures.md", """
            # Figures

            | id | amount | year | country | ratio | Index | info |
            |----|--------|------|---------|-------|-------|------|
            | bilateral-trade-2024 | 43.8e9 | 2024 | cn | 1e300 | -1 | İi |
            | kz-growth | -0.0001 | 2023 | kz | 0.25 | 2 | Iı |
            | tr-deficit | -12345678.9 | 2022 | tr | -4.5 | -3 | |
            """),
        new("data/routes.csv", "id,country,km,share,opened,note\r\nalmaty-urumqi,kz,1000.5,-0.25,2012-12-22,\"İi, \"\"ı\"\"\"\r\nkhorgos,cn,-12345678.9,1e300,,\"Iı\nİ\"\r\n"),
        new("data/stops.tsv", "id\tcountry\tminutes\tlocal\nİzmir\ttr\t-2147483648\t1,5\nırmak\ttr\t15\t\n"),
    ];

    private static readonly string[] Cultures = ["", "en-US", "de-DE", "tr-TR", "fi-FI", "ar-SA"];

    /// <summary>The sources and diagnostics of one run, as one string: byte-identical means identical here.</summary>
    private static string Snapshot(DossierRunResult result)
    {
        var builder = new StringBuilder();
        foreach (var (hint, source) in result.Sources)
        {
            builder.Append("=== ").Append(hint).Append('\n').Append(source).Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            builder.Append("!!! ").Append(diagnostic.Id).Append(' ').Append(span.Path).Append(' ')
                .Append(span.StartLinePosition.ToString()).Append(' ').Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }

    private static void AssertIdentical(DossierRunResult expected, DossierRunResult actual, string what)
    {
        Assert.Equal(expected.Sources.Keys, actual.Sources.Keys);
        foreach (var (hint, source) in expected.Sources)
        {
            Assert.True(Encoding.UTF8.GetBytes(source).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(actual.Sources[hint])), $"{hint} differs {what}.");
        }

        Assert.Equal(Snapshot(expected), Snapshot(actual));
    }

    private static DossierRunResult RunIn(string culture, IEnumerable<DataFile> files)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return GeneratorHarness.Run(files.ToArray());
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    [Fact]
    public void TheDatasetCompilesWithItsValues()
    {
        // The reference point for the comparisons below: the dataset is valid and reads back right.
        var data = GeneratorHarness.Compile(Files);
        foreach (var collection in new[] { "Countries", "Officials", "Meetings", "Figures", "Ports", "Routes", "Stops" })
        {
            Assert.Contains("Dataset." + collection + ".g.cs", data.Result.Sources.Keys);
        }

        var kz = data.Record("Countries", "kz");
        Assert.Equal(2724900.5m, CompiledDataset.Get(kz, "Area"));
        Assert.Equal(-0.25m, CompiledDataset.Get(kz, "Index"));
        Assert.Equal(1e300, CompiledDataset.Get(kz, "Ratio"));
        Assert.Equal("İstanbul ıi", CompiledDataset.Get(kz, "İnfo"));
        Assert.Equal(new DateOnly(1991, 12, 16), CompiledDataset.Get(kz, "Independence"));
        Assert.Equal(double.Epsilon, CompiledDataset.Get(data.Record("Countries", "tr"), "Ratio"));
        var deputy = data.Record("Officials", "deputy");
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, new TimeSpan(-3, -30, 0)).AddTicks(1234567), CompiledDataset.Get(deputy, "TermStart"));
        Assert.Same(kz, CompiledDataset.Get(deputy, "Country"));
        Assert.Equal(99999999999999999999.99m, CompiledDataset.Get(data.Record("Officials", "nurtleu"), "Salary"));
        var beijing = data.Record("Meetings", "beijing-2023");
        Assert.Equal(-2147483648, CompiledDataset.Get(beijing, "Score"));
        Assert.Equal(-2.5e-300, CompiledDataset.Get(beijing, "Ratio"));
        Assert.Equal(new[] { "wang-yi", "deputy", "fidan" }, (ValueList<string>)CompiledDataset.Get(beijing, "OfficialIds")!);
        var outcomes = ((System.Collections.IEnumerable)CompiledDataset.Get(data.Record("Meetings", "almaty-2025"), "Outcomes")!).Cast<object>().ToList();
        Assert.Equal(43_800_000_000m, CompiledDataset.Get(outcomes[0], "Value"));
        Assert.Same(data.Record("Countries", "cn"), CompiledDataset.Get(outcomes[1], "Country"));
        Assert.Equal(-12345678.9m, CompiledDataset.Get(data.Record("Figures", "tr-deficit"), "Amount"));
        Assert.Equal(-12345678.9m, CompiledDataset.Get(data.Record("Routes", "khorgos"), "Km"));
        Assert.Equal("İi, \"ı\"", CompiledDataset.Get(data.Record("Routes", "almaty-urumqi"), "Note"));
        Assert.Same(data.Record("Countries", "kz"), CompiledDataset.Get(data.Record("Routes", "almaty-urumqi"), "Country"));
        Assert.Equal("1,5", CompiledDataset.Get(data.Record("Stops", "İzmir"), "Local"));
        var tokayev = data.Record("Officials", "tokayev");
        Assert.Equal(-98765.4321m, CompiledDataset.Get(tokayev, "Salary"));
        Assert.Equal(new DateOnly(1953, 5, 17), CompiledDataset.Get(tokayev, "Born"));
        Assert.Equal("Président İ", CompiledDataset.Get(tokayev, "Title"));
        var aktau = data.Record("Ports", "aktau");
        Assert.Equal(1e300, CompiledDataset.Get(aktau, "Ratio"));
        Assert.Same(kz, CompiledDataset.Get(aktau, "Country"));
        Assert.Equal(new DateOnly(1933, 5, 1), CompiledDataset.Get(data.Record("Ports", "lianyungang"), "Opened"));
    }

    [Fact]
    public void TwoRunsGiveByteIdenticalSources()
    {
        var first = GeneratorHarness.Run(Files);
        var second = GeneratorHarness.Run(Files);
        Assert.True(first.Diagnostics.IsEmpty, string.Join("\n", first.Diagnostics));
        AssertIdentical(first, second, "between two runs");
    }

    [Fact]
    public void FileOrderDoesNotMatter()
    {
        var baseline = GeneratorHarness.Run(Files);
        var orders = new List<DataFile[]> { Files.Reverse().ToArray() };
        for (var seed = 1; seed <= 6; seed++)
        {
            var random = new Random(seed);
            orders.Add(Files.OrderBy(_ => random.Next()).ToArray());
        }

        foreach (var order in orders)
        {
            AssertIdentical(baseline, GeneratorHarness.Run(order), "when the files arrive as " + string.Join(", ", order.Select(f => f.Path)));
        }
    }

    [Fact]
    public void TheCulturesReallyDiffer()
    {
        // Otherwise the culture tests would prove nothing (for example under invariant globalization).
        Assert.Equal("1,5", 1.5m.ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("−1", (-1).ToString(CultureInfo.GetCultureInfo("fi-FI")));
        Assert.NotEqual("2025", new DateTime(2025, 4, 26).ToString("yyyy", CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void TheCurrentCultureDoesNotMatter()
    {
        var baseline = RunIn(string.Empty, Files);
        Assert.True(baseline.Diagnostics.IsEmpty, string.Join("\n", baseline.Diagnostics));
        foreach (var culture in Cultures)
        {
            AssertIdentical(baseline, RunIn(culture, Files), "in the culture '" + culture + "'");
        }
    }

    [Fact]
    public void CultureAndFileOrderTogether()
    {
        var baseline = RunIn(string.Empty, Files);
        var random = new Random(42);
        foreach (var culture in Cultures)
        {
            AssertIdentical(baseline, RunIn(culture, Files.OrderBy(_ => random.Next())), "in the culture '" + culture + "' with shuffled files");
        }
    }

    [Fact]
    public void CompiledValuesReadBackTheSameInEveryCulture()
    {
        // The compiled data is parsed at run time: that must not depend on the culture either.
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var culture in Cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var data = GeneratorHarness.Compile(Files);
                var cn = data.Record("Countries", "cn");
                Assert.Equal(1.2345678901234567890123456789m, CompiledDataset.Get(cn, "Index"));
                Assert.Equal(-0.125, CompiledDataset.Get(cn, "Ratio"));
                Assert.Equal(-1234.56m, CompiledDataset.Get(data.Record("Officials", "wang-yi"), "Salary"));
                Assert.Equal(new DateOnly(2024, 2, 29), CompiledDataset.Get(data.Record("Meetings", "ankara-2024"), "Date"));
                Assert.Equal(-0.0001m, CompiledDataset.Get(data.Record("Figures", "kz-growth"), "Amount"));
                Assert.Equal("Iı", CompiledDataset.Get(data.Record("Figures", "kz-growth"), "Info"));
                Assert.Equal(-0.75m, CompiledDataset.Get(data.Record("Ports", "lianyungang"), "Depth"));
                Assert.Equal(-98765.4321m, CompiledDataset.Get(data.Record("Officials", "tokayev"), "Salary"));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    [Fact]
    public void DiagnosticsAreDeterministicToo()
    {
        // Errors in several files and collections: a conflict, a number no type holds, a
        // dangling reference, a duplicate id across files. Same messages, same order, whatever
        // the file order and culture.
        DataFile[] broken =
        [
            new("data/countries.json", "[{ \"id\": \"kz\", \"area\": 1.5 },\n { \"id\": \"cn\", \"area\": \"big\" }]"),
            new("data/officials/a.json", "{ \"country\": \"kazakstan\", \"n\": 1e400 }"),
            new("data/officials/b.md", "---\nid: a\ncountry: kz\n---\n"),
            new("data/figures.md", "| id | n |\n|----|---|\n| x | 1,5 |\n| y | 2 |\n"),
            new("data/ports.yaml", "- id: p\n  depth: !!float 1,5\n- id: q\n  country: kazakstan\n"),
        ];
        var baseline = RunIn(string.Empty, broken);
        Assert.Contains(baseline.Diagnostics, d => d.Id == "DOS201");
        Assert.Contains(baseline.Diagnostics, d => d.Id == "DOS202");
        Assert.Contains(baseline.Diagnostics, d => d.Id == "DOS206");
        Assert.Contains(baseline.Diagnostics, d => d.Id == "DOS116");
        var random = new Random(7);
        foreach (var culture in Cultures)
        {
            AssertIdentical(baseline, RunIn(culture, broken.OrderBy(_ => random.Next())), "in the culture '" + culture + "' with shuffled broken files");
        }
    }

    [Fact]
    public void GeneratedSourcesUseOnlyLineFeeds()
    {
        var result = GeneratorHarness.Run(Files.Select(f => f with { Content = f.Content.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToArray());
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        foreach (var (hint, source) in result.Sources)
        {
            Assert.False(source.Contains('\r', StringComparison.Ordinal), hint + " holds a carriage return.");
        }
    }
}
