using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.Tests;

public class ValueListTests
{
    private sealed record Meeting(string Id, ValueList<string> Participants);

    private sealed record Point(int X, int Y);

    // ---- Construction ----

    [Fact]
    public void CollectionExpression_BuildsAListOfTheItemsInOrder()
    {
        ValueList<int> list = [1, 2, 3];

        Assert.Equal(3, list.Count);
        Assert.Equal(1, list[0]);
        Assert.Equal(2, list[1]);
        Assert.Equal(3, list[2]);
    }

    [Fact]
    public void CollectionExpression_WithSpread_CopiesTheSource()
    {
        var source = new[] { 1, 2, 3 };

        ValueList<int> list = [0, .. source, 4];
        source[0] = 99;

        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, list);
    }

    [Fact]
    public void Create_CopiesTheSpan()
    {
        var source = new[] { "a", "b" };

        var list = ValueList.Create<string>(source);
        source[0] = "z";

        Assert.Equal(new[] { "a", "b" }, list);
    }

    [Fact]
    public void FromTrustedArray_WrapsTheArrayWithoutCopying()
    {
        var source = new[] { 1, 2, 3 };

        var list = ValueList<int>.FromTrustedArray(source);
        source[0] = 99;

        Assert.Equal(99, list[0]);
    }

    [Fact]
    public void FromTrustedArray_Null_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ValueList<int>.FromTrustedArray(null!));
        Assert.Equal("items", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Indexer_OutOfRange_Throws(int index)
    {
        ValueList<int> list = [1, 2, 3];

        var ex = Record.Exception(() => list[index]);

        Assert.True(
            ex is IndexOutOfRangeException or ArgumentOutOfRangeException,
            $"Expected an out-of-range exception, got {ex?.GetType().Name ?? "none"}.");
    }

    // ---- Empty ----

    [Fact]
    public void Empty_HasNoItems()
    {
        Assert.Empty(ValueList<int>.Empty);
        Assert.Equal(0, ValueList<int>.Empty.AsSpan().Length);
    }

    [Fact]
    public void Empty_IsASingleton()
    {
        ValueList<int> fromExpression = [];
        var fromCreate = ValueList.Create(ReadOnlySpan<int>.Empty);
        var fromTrustedArray = ValueList<int>.FromTrustedArray(Array.Empty<int>());
        var fromNewArray = ValueList<int>.FromTrustedArray(new int[0]);

        Assert.Same(ValueList<int>.Empty, ValueList<int>.Empty);
        Assert.Same(ValueList<int>.Empty, fromExpression);
        Assert.Same(ValueList<int>.Empty, fromCreate);
        Assert.Same(ValueList<int>.Empty, fromTrustedArray);
        Assert.Same(ValueList<int>.Empty, fromNewArray);
    }

    [Fact]
    public void Empty_IsDistinctPerItemType()
    {
        Assert.NotSame((object)ValueList<int>.Empty, ValueList<string>.Empty);
        Assert.False(ValueList<int>.Empty.Equals((object)ValueList<string>.Empty));
    }

    // ---- Equality ----

    [Fact]
    public void Equals_SameItemsInSameOrder_IsTrueWithTheSameHashCode()
    {
        ValueList<int> left = [1, 2, 3];
        ValueList<int> right = [1, 2, 3];

        Assert.NotSame(left, right);
        Assert.True(left.Equals(right));
        Assert.True(right.Equals(left));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_IsReflexive()
    {
        ValueList<int> list = [1, 2, 3];

        Assert.True(list.Equals(list));
        Assert.True(list.Equals((object)list));
    }

    [Fact]
    public void Equals_SameItemsInDifferentOrder_IsFalse()
    {
        ValueList<int> left = [1, 2, 3];
        ValueList<int> right = [3, 2, 1];

        Assert.False(left.Equals(right));
        Assert.False(left.Equals((object)right));
        Assert.False(left == right);
        Assert.True(left != right);
    }

    [Fact]
    public void Equals_DifferentLength_IsFalse()
    {
        ValueList<int> shorter = [1, 2];
        ValueList<int> longer = [1, 2, 3];

        Assert.False(shorter.Equals(longer));
        Assert.False(longer.Equals(shorter));
        Assert.False(ValueList<int>.Empty.Equals(shorter));
        Assert.False(shorter.Equals(ValueList<int>.Empty));
    }

    [Fact]
    public void Equals_OneDifferentItem_IsFalse()
    {
        ValueList<int> left = [1, 2, 3];
        ValueList<int> right = [1, 2, 4];

        Assert.False(left.Equals(right));
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        ValueList<int> list = [1];

        Assert.False(list.Equals(null));
        Assert.False(list.Equals((object?)null));
        Assert.False(ValueList<int>.Empty.Equals(null));
    }

    [Fact]
    public void Equals_ObjectOfAnotherType_IsFalse()
    {
        ValueList<int> list = [1, 2, 3];
        ValueList<long> longs = [1L, 2L, 3L];

        Assert.False(list.Equals(new[] { 1, 2, 3 }));
        Assert.False(list.Equals(new List<int> { 1, 2, 3 }));
        Assert.False(list.Equals((object)longs));
        Assert.False(list.Equals("[1, 2, 3]"));
    }

    [Fact]
    public void Equals_UsesTheItemsEquality()
    {
        ValueList<Point> left = [new Point(1, 2), new Point(3, 4)];
        ValueList<Point> right = [new Point(1, 2), new Point(3, 4)];
        ValueList<Point> other = [new Point(1, 2), new Point(4, 3)];

        Assert.True(left.Equals(right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals(other));
    }

    [Fact]
    public void Equals_StringsAreComparedOrdinally()
    {
        ValueList<string> lower = ["a", "b"];
        ValueList<string> upper = ["A", "b"];

        Assert.False(lower.Equals(upper));
    }

    [Fact]
    public void Equals_NullItems_CompareEqualToNullItems()
    {
        ValueList<string?> left = ["a", null, "c"];
        ValueList<string?> right = ["a", null, "c"];
        ValueList<string?> other = ["a", "b", "c"];

        Assert.True(left.Equals(right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals(other));
        Assert.False(other.Equals(left));
    }

    [Fact]
    public void Equals_NestedLists_CompareByValue()
    {
        ValueList<ValueList<int>> left = [[1, 2], [3], []];
        ValueList<ValueList<int>> right = [[1, 2], [3], []];
        ValueList<ValueList<int>> differentInner = [[1, 2], [4], []];
        ValueList<ValueList<int>> differentShape = [[1], [2, 3], []];

        Assert.NotSame(left[0], right[0]);
        Assert.True(left.Equals(right));
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals(differentInner));
        Assert.False(left.Equals(differentShape));
    }

    [Fact]
    public void GetHashCode_IsStableForTheSameList()
    {
        ValueList<string> list = ["x", "y"];

        Assert.Equal(list.GetHashCode(), list.GetHashCode());
    }

    [Fact]
    public void GetHashCode_DependsOnTheItems()
    {
        // Not guaranteed for every pair, but a hash that ignores the items or their order would fail this.
        ValueList<int> list = [1, 2, 3];
        ValueList<int> reversed = [3, 2, 1];
        ValueList<int> other = [4, 5, 6];

        Assert.NotEqual(list.GetHashCode(), reversed.GetHashCode());
        Assert.NotEqual(list.GetHashCode(), other.GetHashCode());
    }

    [Fact]
    public void Lists_WorkAsHashSetAndDictionaryKeys()
    {
        ValueList<int> oneTwo = [1, 2];
        ValueList<int> oneTwoAgain = [1, 2];
        ValueList<int> twoOne = [2, 1];
        ValueList<string> ab = ["a", "b"];
        var set = new HashSet<ValueList<int>> { oneTwo, oneTwoAgain, twoOne, ValueList<int>.Empty };
        var dictionary = new Dictionary<ValueList<string>, int> { [ab] = 1 };

        Assert.Equal(3, set.Count);
        Assert.Contains([1, 2], set);
        Assert.Equal(1, dictionary[["a", "b"]]);
        Assert.False(dictionary.ContainsKey(["b", "a"]));
    }

    // ---- Operators ----

    [Fact]
    public void EqualityOperators_CompareByValue()
    {
        ValueList<int> left = [1, 2, 3];
        ValueList<int> right = [1, 2, 3];
        ValueList<int> other = [1, 2];

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.False(left == other);
        Assert.True(left != other);
    }

    [Fact]
    public void EqualityOperators_HandleNull()
    {
        ValueList<int> list = [1];
        ValueList<int>? none = null;
        ValueList<int>? alsoNone = null;

        Assert.True(none == alsoNone);
        Assert.False(none != alsoNone);
        Assert.False(list == none);
        Assert.False(none == list);
        Assert.True(list != none);
        Assert.True(none != list);
        Assert.False(ValueList<int>.Empty == none);
        Assert.False(none == ValueList<int>.Empty);
    }

    // ---- Records containing lists ----

    [Fact]
    public void RecordsWithListProperties_CompareByValue()
    {
        var left = new Meeting("almaty", ["Kazakhstan", "China"]);
        var right = new Meeting("almaty", ["Kazakhstan", "China"]);

        Assert.NotSame(left.Participants, right.Participants);
        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void RecordsWithDifferentListItems_AreNotEqual()
    {
        var left = new Meeting("almaty", ["Kazakhstan", "China"]);
        var reordered = new Meeting("almaty", ["China", "Kazakhstan"]);
        var shorter = new Meeting("almaty", ["Kazakhstan"]);

        Assert.NotEqual(left, reordered);
        Assert.NotEqual(left, shorter);
        Assert.True(left != reordered);
    }

    [Fact]
    public void RecordsWithListProperties_DeduplicateInAHashSet()
    {
        var set = new HashSet<Meeting>
        {
            new("almaty", ["Kazakhstan", "China"]),
            new("almaty", ["Kazakhstan", "China"]),
            new("astana", ["Kazakhstan", "China"]),
        };

        Assert.Equal(2, set.Count);
    }

    // ---- ToString ----

    [Fact]
    public void ToString_FormatsItemsInBrackets()
    {
        ValueList<int> list = [1, 2, 3];

        Assert.Equal("[1, 2, 3]", list.ToString());
    }

    [Fact]
    public void ToString_Empty_IsEmptyBrackets()
    {
        Assert.Equal("[]", ValueList<int>.Empty.ToString());
    }

    [Fact]
    public void ToString_SingleItem_HasNoSeparator()
    {
        ValueList<string> list = ["only"];

        Assert.Equal("[only]", list.ToString());
    }

    [Fact]
    public void ToString_Nested_FormatsInnerListsToo()
    {
        ValueList<ValueList<int>> list = [[1, 2], [3], []];

        Assert.Equal("[[1, 2], [3], []]", list.ToString());
    }

    [Fact]
    public void ToString_NullItem_IsEmpty()
    {
        ValueList<string?> list = ["a", null, "c"];

        Assert.Equal("[a, , c]", list.ToString());
    }

    // ---- Enumeration and views ----

    [Fact]
    public void Enumerator_IsAStruct()
    {
        Assert.True(typeof(ValueList<int>.Enumerator).IsValueType);
        Assert.Equal(typeof(ValueList<int>.Enumerator), typeof(ValueList<int>).GetMethod(nameof(ValueList<int>.GetEnumerator), Type.EmptyTypes)!.ReturnType);
    }

    [Fact]
    public void Foreach_VisitsItemsInOrder()
    {
        ValueList<string> list = ["c", "a", "b"];
        var seen = new List<string>();

        foreach (var item in list)
        {
            seen.Add(item);
        }

        Assert.Equal(new[] { "c", "a", "b" }, seen);
    }

    [Fact]
    public void StructEnumerator_ManualUse_StopsAtTheEnd()
    {
        ValueList<int> list = [7, 8];
        var enumerator = list.GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Equal(7, enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.Equal(8, enumerator.Current);
        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void InterfaceEnumeration_AndLinq_SeeTheItemsInOrder()
    {
        ValueList<int> list = [3, 1, 2];
        IEnumerable<int> generic = list;
        IEnumerable nonGeneric = list;

        Assert.Equal(new[] { 3, 1, 2 }, generic.ToArray());
        Assert.Equal(new object[] { 3, 1, 2 }, nonGeneric.Cast<object>().ToArray());
        Assert.Equal(6, list.Sum());
        Assert.Equal(new[] { 1, 2, 3 }, list.Order());
    }

    [Fact]
    public void AsSpan_HoldsTheItems()
    {
        ValueList<int> list = [4, 5, 6];

        Assert.True(list.AsSpan().SequenceEqual(new[] { 4, 5, 6 }));
    }

    [Fact]
    public void IsReadOnly_ImplementsTheGenericListContractAsReadOnly_AndNotTheNonGenericOne()
    {
        ValueList<int> list = [1, 2, 3];

        Assert.IsAssignableFrom<IReadOnlyList<int>>(list);
        Assert.True(((ICollection<int>)list).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((ICollection<int>)list).Add(4));
        Assert.False(typeof(IList).IsAssignableFrom(list.GetType()));
    }
}
