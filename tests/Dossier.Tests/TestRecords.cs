using System;
using System.Collections;
using System.Collections.Generic;

namespace Dossier.Tests;

/// <summary>A record whose date is always present, like a generated record of a fully dated collection.</summary>
public sealed record Event(string Id, SourceLocation Source, DateOnly Date) : IDatedRecord
{
    public static Event Create(string id, int year, int month, int day, int line = 1) =>
        new(id, new SourceLocation("data/events/" + id + ".md", line), new DateOnly(year, month, day));

    public static Event Create(string id, DateOnly date, int line = 1) =>
        new(id, new SourceLocation("data/events/" + id + ".md", line), date);
}

/// <summary>A record whose date may be missing, like a generated record of a partly dated collection.</summary>
public sealed record Announcement(string Id, SourceLocation Source, DateOnly? Date) : IOptionallyDatedRecord
{
    public static Announcement Create(string id, int year, int month, int day) =>
        new(id, new SourceLocation("data/announcements.json", 1), new DateOnly(year, month, day));

    public static Announcement Create(string id, DateOnly? date) =>
        new(id, new SourceLocation("data/announcements.json", 1), date);

    public static Announcement CreateUndated(string id) =>
        new(id, new SourceLocation("data/announcements.json", 1), null);
}

/// <summary>A sequence that throws as soon as anyone starts enumerating it: proves an operator is deferred.</summary>
public sealed class ThrowingEnumerable<T> : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => throw new EnumeratedException();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Thrown by <see cref="ThrowingEnumerable{T}"/>.</summary>
public sealed class EnumeratedException : Exception
{
    public EnumeratedException()
        : base("The sequence was enumerated.")
    {
    }

    public EnumeratedException(string message)
        : base(message)
    {
    }

    public EnumeratedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A sequence that counts how often it is enumerated: proves an operator is single-pass.</summary>
public sealed class CountingEnumerable<T> : IEnumerable<T>
{
    private readonly IEnumerable<T> _items;

    public CountingEnumerable(IEnumerable<T> items) => _items = items;

    public int Enumerations { get; private set; }

    public IEnumerator<T> GetEnumerator()
    {
        Enumerations++;
        return _items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
