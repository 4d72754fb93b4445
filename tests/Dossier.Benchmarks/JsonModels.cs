using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dossier.Benchmarks;

/// <summary>
/// The synthetic records as a program would declare them to load the JSON at run time with
/// System.Text.Json's source-generated deserializer: the competitor in the start-up benchmark.
/// Same properties and types as the records Dossier generates for the same data.
/// </summary>
public sealed class JsonItem
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required int Count { get; init; }

    public required decimal Amount { get; init; }

    public required DateOnly Date { get; init; }

    public required bool Active { get; init; }

    public string? Note { get; init; }

    public JsonVenue? Venue { get; init; }

    public List<string>? Topics { get; init; }

    public List<JsonParticipant>? Participants { get; init; }

    public List<int>? Scores { get; init; }
}

public sealed class JsonVenue
{
    public required string City { get; init; }

    public required string Country { get; init; }
}

public sealed class JsonParticipant
{
    public required string Name { get; init; }

    public string? Role { get; init; }
}

/// <summary>The source-generated (reflection-free) deserializer for <see cref="JsonItem"/> arrays.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonItem[]))]
public sealed partial class JsonItemContext : JsonSerializerContext
{
}
