using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Dossier.Benchmarks;

/// <summary>A record as Dossier generates it for a collection with dates: sealed, init-only, dated.</summary>
public sealed record DatedItem : IDatedRecord
{
    public required string Id { get; init; }

    public required SourceLocation Source { get; init; }

    public required DateOnly Date { get; init; }

    public required string Name { get; init; }

    public static RecordSet<DatedItem> Create(int count)
    {
        var records = new DatedItem[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = new DatedItem
            {
                Id = Synthetic.Id(i),
                Source = new SourceLocation("data/items.json", i + 2),
                Date = DateOnly.ParseExact(Synthetic.Date(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Name = "Item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return RecordSet<DatedItem>.FromTrustedArray("items", records);
    }
}

/// <summary>5a. <c>Get(id)</c> against the linear search it replaces, on a warm record set.</summary>
public class LookupBenchmarks
{
    private RecordSet<DatedItem> _items = null!;
    private string[] _ids = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkSizes.QuerySizes();

    [GlobalSetup]
    public void Setup()
    {
        _items = DatedItem.Create(Size);

        // Eight ids spread over the set (copies, so that no lookup is a reference-equality shortcut).
        _ids = Enumerable.Range(0, 8).Select(i => new string(Synthetic.Id((int)((long)Size * ((2 * i) + 1) / 16)).AsSpan())).ToArray();
        _items.Get(_ids[0]); // the index is built on the first lookup, once
    }

    [Benchmark(Baseline = true, Description = "FirstOrDefault(r => r.Id == id)", OperationsPerInvoke = 8)]
    public int FirstOrDefault()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _items.FirstOrDefault(r => r.Id == id) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "Get(id)", OperationsPerInvoke = 8)]
    public int Get()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _items.Get(id) is null ? 0 : 1;
        }

        return found;
    }
}

/// <summary>
/// 5a. A <c>[DossierUnique]</c> key's lookup (<c>Dataset.Countries.ByIsoCode.Get(code)</c>) against the
/// <c>Single(r => r.Code == code)</c> it replaces, on a warm record set.
/// </summary>
public class UniqueKeyBenchmarks
{
    private RecordSet<DatedItem> _items = null!;
    private UniqueIndex<string, DatedItem> _byName = null!;
    private string[] _names = [];

    [Params(1_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _items = DatedItem.Create(Size);

        // The index as a generated set builds it: on first use, once.
        _byName = UniqueIndex.Create("items", "name", _items, static r => r.Name);

        // Eight keys spread over the set (copies, so that no lookup is a reference-equality shortcut).
        _names = Enumerable.Range(0, 8).Select(i => new string(_items[(int)((long)Size * ((2 * i) + 1) / 16)].Name.AsSpan())).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Single(r => r.Name == key)", OperationsPerInvoke = 8)]
    public int Single()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _items.Single(r => r.Name == name) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "ByName.Get(key)", OperationsPerInvoke = 8)]
    public int Get()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _byName.Get(name) is null ? 0 : 1;
        }

        return found;
    }
}

/// <summary>
/// 5b. The date helpers against the hand-written LINQ they replace, each enumerated to the end.
/// One class per pair, so that each helper is the ratio's subject against its own baseline.
/// </summary>
public abstract class DateQueryBenchmarks
{
    protected static readonly DateOnly From = new(2010, 1, 1);
    protected static readonly DateOnly To = new(2014, 12, 31);

    protected RecordSet<DatedItem> Items { get; private set; } = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkSizes.Quick ? [10_000] : [1_000, 100_000];

    [GlobalSetup]
    public void Setup() => Items = DatedItem.Create(Size);

    protected static int Drain<T>(IEnumerable<T> items)
    {
        var count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}

public class BetweenBenchmarks : DateQueryBenchmarks
{
    [Benchmark(Baseline = true, Description = "Where(r => r.Date >= from && r.Date <= to)")]
    public int Linq() => Drain(Items.Where(r => r.Date >= From && r.Date <= To));

    [Benchmark(Description = "Between(from, to)")]
    public int Helper() => Drain(Items.Between(From, To));
}

public class InYearBenchmarks : DateQueryBenchmarks
{
    [Benchmark(Baseline = true, Description = "Where(r => r.Date.Year == year)")]
    public int Linq() => Drain(Items.Where(r => r.Date.Year == 2012));

    [Benchmark(Description = "InYear(year)")]
    public int Helper() => Drain(Items.InYear(2012));
}

public class OnOrAfterBenchmarks : DateQueryBenchmarks
{
    [Benchmark(Baseline = true, Description = "Where(r => r.Date >= date)")]
    public int Linq() => Drain(Items.Where(r => r.Date >= To));

    [Benchmark(Description = "OnOrAfter(date)")]
    public int Helper() => Drain(Items.OnOrAfter(To));
}

public class ChronologicallyBenchmarks : DateQueryBenchmarks
{
    [Benchmark(Baseline = true, Description = "OrderBy(r => r.Date)")]
    public int Linq() => Drain(Items.OrderBy(r => r.Date));

    [Benchmark(Description = "Chronologically()")]
    public int Helper() => Drain(Items.Chronologically());
}

public class LatestBenchmarks : DateQueryBenchmarks
{
    [Benchmark(Baseline = true, Description = "MaxBy(r => r.Date)")]
    public DatedItem? Linq() => Items.MaxBy(r => r.Date);

    [Benchmark(Description = "Latest()")]
    public DatedItem? Helper() => Items.Latest();
}

/// <summary>
/// 5c. LINQ's list operators over a record set, against the same records seen only as an
/// <see cref="IReadOnlyList{T}"/>: what LINQ saw before record sets implemented the read-only
/// <see cref="IList{T}"/> contract, and still sees for a collection that does not.
/// </summary>
public class ListOperatorBenchmarks
{
    private RecordSet<DatedItem> _items = null!;
    private ReadOnlyListOnly<DatedItem> _readOnly = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    [Params("Count()", "ElementAt(n/2)", "Last()", "ToArray()", "ToList()")]
    public string Operator { get; set; } = string.Empty;

    public static IEnumerable<int> Sizes() => BenchmarkSizes.QuerySizes();

    [GlobalSetup]
    public void Setup()
    {
        _items = DatedItem.Create(Size);
        _readOnly = new ReadOnlyListOnly<DatedItem>(_items);
    }

    [Benchmark(Baseline = true, Description = "as IReadOnlyList<T> only")]
    public object ReadOnlyList() => Apply(_readOnly);

    [Benchmark(Description = "RecordSet<T> (IList<T>)")]
    public object RecordSet() => Apply(_items);

    private object Apply(IEnumerable<DatedItem> items) => Operator switch
    {
        "Count()" => items.Count(),
        "ElementAt(n/2)" => items.ElementAt(Size / 2),
        "Last()" => items.Last(),
        "ToArray()" => items.ToArray(),
        _ => items.ToList(),
    };

    /// <summary>A list that offers LINQ nothing but <see cref="IReadOnlyList{T}"/>.</summary>
    private sealed class ReadOnlyListOnly<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
