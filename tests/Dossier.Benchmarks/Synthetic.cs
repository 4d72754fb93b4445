using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dossier.Testing;

namespace Dossier.Benchmarks;

/// <summary>How the records of a synthetic collection are laid out in the data folder.</summary>
public enum DataFormat
{
    /// <summary><c>data/items.json</c>: one JSON array, one element per record.</summary>
    JsonArray,

    /// <summary><c>data/items/item-000001.json</c>: one JSON object per file.</summary>
    JsonFiles,

    /// <summary><c>data/items/item-000001.md</c>: YAML front matter, a heading and a body per file.</summary>
    MarkdownFiles,

    /// <summary><c>data/items.md</c>: one pipe table, one row per record (flat records only).</summary>
    MarkdownTable,

    /// <summary><c>data/items.yaml</c>: one YAML sequence, one block mapping per record.</summary>
    YamlArray,

    /// <summary><c>data/items/item-000001.yaml</c>: one YAML mapping per file (the markdown records' front matter).</summary>
    YamlFiles,

    /// <summary><c>data/items.csv</c>: a header row, then one CSV row per record (flat records only).</summary>
    CsvTable,
}

/// <summary>The shape of a synthetic record.</summary>
public enum DataShape
{
    /// <summary>Eight scalars: strings, an int, a decimal, a date, a bool, a nullable string.</summary>
    Flat,

    /// <summary>Scalars plus a nested object, a list of strings, a list of objects and a list of ints.</summary>
    Nested,
}

/// <summary>
/// Makes the benchmarks' datasets: deterministic (the same bytes on every run and machine),
/// with values of every kind Dossier infers, so that the generated code is typical.
/// </summary>
public static class Synthetic
{
    private static readonly string[] Cities = ["Almaty", "Astana", "Bishkek", "Dushanbe", "Tashkent", "Ashgabat", "Xi'an", "Urumqi"];
    private static readonly string[] Countries = ["KZ", "KG", "TJ", "TM", "UZ", "CN"];
    private static readonly string[] Topics = ["trade", "transport", "energy", "water", "security", "culture", "education", "health"];
    private static readonly string[] Roles = ["minister", "deputy minister", "ambassador", "envoy"];

    /// <summary>The collection's name on disk; the generated property is <c>Dataset.Items</c>.</summary>
    public const string Collection = "items";

    /// <summary>The id of record <paramref name="index"/> (0-based), in every format.</summary>
    public static string Id(int index) => "item-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Whether the format can hold the shape (a table cell holds no object or list).</summary>
    public static bool Supports(DataFormat format, DataShape shape) => format is not (DataFormat.MarkdownTable or DataFormat.CsvTable) || shape == DataShape.Flat;

    /// <summary>The data files of a dataset, with paths from the project folder.</summary>
    public static DataFile[] Files(DataFormat format, DataShape shape, int count)
    {
        if (!Supports(format, shape))
        {
            throw new ArgumentException($"{format} cannot hold {shape} records.", nameof(shape));
        }

        switch (format)
        {
            case DataFormat.JsonArray:
                return [new DataFile("data/" + Collection + ".json", JsonArray(shape, count))];
            case DataFormat.MarkdownTable:
                return [new DataFile("data/" + Collection + ".md", MarkdownTable(count))];
            case DataFormat.YamlArray:
                return [new DataFile("data/" + Collection + ".yaml", YamlArray(shape, count))];
            case DataFormat.CsvTable:
                return [new DataFile("data/" + Collection + ".csv", CsvTable(count))];
            default:
                var files = new DataFile[count];
                var extension = format switch { DataFormat.JsonFiles => ".json", DataFormat.YamlFiles => ".yaml", _ => ".md" };
                for (var i = 0; i < count; i++)
                {
                    var content = format switch
                    {
                        DataFormat.JsonFiles => JsonObject(shape, i, withId: false, indent: string.Empty),
                        DataFormat.YamlFiles => YamlMapping(shape, i),
                        _ => MarkdownRecord(shape, i),
                    };
                    files[i] = new DataFile("data/" + Collection + "/" + Id(i) + extension, content);
                }

                return files;
        }
    }

    /// <summary>The same records as one JSON array, whatever the format: what a program would load at run time.</summary>
    public static string JsonArray(DataShape shape, int count)
    {
        var builder = new StringBuilder(count * (shape == DataShape.Flat ? 220 : 520));
        builder.Append("[\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append(JsonObject(shape, i, withId: true, indent: "  "));
            builder.Append(i + 1 < count ? ",\n" : "\n");
        }

        builder.Append("]\n");
        return builder.ToString();
    }

    /// <summary>Record <paramref name="index"/> with one field changed, for incremental-edit runs.</summary>
    public static string EditedJsonObject(DataShape shape, int index) =>
        JsonObject(shape, index, withId: false, indent: string.Empty).Replace("\"active\": ", "\"active\": !", StringComparison.Ordinal)
            .Replace("!true", "false", StringComparison.Ordinal).Replace("!false", "true", StringComparison.Ordinal);

    private static string JsonObject(DataShape shape, int i, bool withId, string indent)
    {
        var b = new StringBuilder(512);
        b.Append(indent).Append("{\n");
        var inner = indent + "  ";
        if (withId)
        {
            b.Append(inner).Append("\"id\": \"").Append(Id(i)).Append("\",\n");
        }

        b.Append(inner).Append("\"name\": \"").Append(Name(i)).Append("\",\n");
        b.Append(inner).Append("\"category\": \"").Append(Category(i)).Append("\",\n");
        b.Append(inner).Append("\"count\": ").Append(Count(i)).Append(",\n");
        b.Append(inner).Append("\"amount\": ").Append(Amount(i)).Append(",\n");
        b.Append(inner).Append("\"date\": \"").Append(Date(i)).Append("\",\n");
        b.Append(inner).Append("\"active\": ").Append(Active(i) ? "true" : "false").Append(",\n");
        b.Append(inner).Append("\"note\": ").Append(Note(i) is { } note ? "\"" + note + "\"" : "null");
        if (shape == DataShape.Nested)
        {
            b.Append(",\n");
            b.Append(inner).Append("\"venue\": { \"city\": \"").Append(City(i)).Append("\", \"country\": \"").Append(Country(i)).Append("\" },\n");
            b.Append(inner).Append("\"topics\": [").Append(string.Join(", ", TopicsOf(i).ConvertAll(t => "\"" + t + "\""))).Append("],\n");
            b.Append(inner).Append("\"participants\": [\n");
            var participants = ParticipantsOf(i);
            for (var p = 0; p < participants.Count; p++)
            {
                var (name, role) = participants[p];
                b.Append(inner).Append("  { \"name\": \"").Append(name).Append("\", \"role\": ").Append(role is null ? "null" : "\"" + role + "\"").Append(" }");
                b.Append(p + 1 < participants.Count ? ",\n" : "\n");
            }

            b.Append(inner).Append("],\n");
            b.Append(inner).Append("\"scores\": [").Append(string.Join(", ", ScoresOf(i))).Append(']');
        }

        b.Append('\n').Append(indent).Append('}');
        return b.ToString();
    }

    private static string MarkdownRecord(DataShape shape, int i) =>
        "---\n" + YamlMapping(shape, i) + "---\n\n# " + Name(i) + "\n\n"
        + "Record " + i.ToString(CultureInfo.InvariantCulture) + " of the synthetic set, held in *" + City(i) + "* on " + Date(i) + ".\n";

    /// <summary>The records as one YAML sequence: each item the record's mapping, with its id first.</summary>
    private static string YamlArray(DataShape shape, int count)
    {
        var b = new StringBuilder(count * (shape == DataShape.Flat ? 160 : 400));
        for (var i = 0; i < count; i++)
        {
            b.Append("- id: ").Append(Id(i)).Append('\n');
            foreach (var line in YamlMapping(shape, i).AsSpan().EnumerateLines())
            {
                if (!line.IsEmpty)
                {
                    b.Append("  ").Append(line).Append('\n');
                }
            }
        }

        return b.ToString();
    }

    /// <summary>Record <paramref name="index"/> as a YAML block mapping, as front matter and YAML files hold it.</summary>
    private static string YamlMapping(DataShape shape, int i)
    {
        var b = new StringBuilder(512);
        b.Append("name: ").Append(Name(i)).Append('\n');
        b.Append("category: ").Append(Category(i)).Append('\n');
        b.Append("count: ").Append(Count(i)).Append('\n');
        b.Append("amount: ").Append(Amount(i)).Append('\n');
        b.Append("date: ").Append(Date(i)).Append('\n');
        b.Append("active: ").Append(Active(i) ? "true" : "false").Append('\n');
        b.Append("note: ").Append(Note(i) is { } note ? "\"" + note + "\"" : "null").Append('\n');
        if (shape == DataShape.Nested)
        {
            b.Append("venue:\n  city: \"").Append(City(i)).Append("\"\n  country: ").Append(Country(i)).Append('\n');
            b.Append("topics:\n");
            foreach (var topic in TopicsOf(i))
            {
                b.Append("  - ").Append(topic).Append('\n');
            }

            b.Append("participants:\n");
            foreach (var (name, role) in ParticipantsOf(i))
            {
                b.Append("  - name: ").Append(name).Append("\n    role: ").Append(role ?? "null").Append('\n');
            }

            b.Append("scores: [").Append(string.Join(", ", ScoresOf(i))).Append("]\n");
        }

        return b.ToString();
    }

    private static string MarkdownTable(int count)
    {
        var b = new StringBuilder(count * 120);
        b.Append("# Items\n\n| id | name | category | count | amount | date | active | note |\n|----|------|----------|-------|--------|------|--------|------|\n");
        for (var i = 0; i < count; i++)
        {
            b.Append("| ").Append(Id(i)).Append(" | ").Append(Name(i)).Append(" | ").Append(Category(i)).Append(" | ").Append(Count(i))
                .Append(" | ").Append(Amount(i)).Append(" | ").Append(Date(i)).Append(" | ").Append(Active(i) ? "true" : "false")
                .Append(" | ").Append(Note(i) ?? string.Empty).Append(" |\n");
        }

        return b.ToString();
    }

    /// <summary>The text cells quoted, as a spreadsheet writes them; a missing note is an empty cell (null).</summary>
    private static string CsvTable(int count)
    {
        var b = new StringBuilder(count * 110);
        b.Append("id,name,category,count,amount,date,active,note\r\n");
        for (var i = 0; i < count; i++)
        {
            b.Append(Id(i)).Append(",\"").Append(Name(i)).Append("\",").Append(Category(i)).Append(',').Append(Count(i))
                .Append(',').Append(Amount(i)).Append(',').Append(Date(i)).Append(',').Append(Active(i) ? "true" : "false")
                .Append(',').Append(Note(i) is { } note ? "\"" + note + "\"" : string.Empty).Append("\r\n");
        }

        return b.ToString();
    }

    /// <summary>A pseudo-random but fixed number per record and purpose (an integer hash, no Random).</summary>
    private static int Mix(int i, int salt)
    {
        unchecked
        {
            var x = (uint)(i * 0x9E3779B1) ^ (uint)(salt * 0x85EBCA6B);
            x ^= x >> 16;
            x *= 0x7FEB352D;
            x ^= x >> 15;
            return (int)(x & 0x7FFFFFFF);
        }
    }

    private static string Name(int i) => "Item " + i.ToString(CultureInfo.InvariantCulture) + " in " + City(i);

    private static string Category(int i) => "category-" + (Mix(i, 1) % 40).ToString(CultureInfo.InvariantCulture);

    private static string Count(int i) => (Mix(i, 2) % 100_000).ToString(CultureInfo.InvariantCulture);

    private static string Amount(int i) =>
        (Mix(i, 3) % 10_000_000).ToString(CultureInfo.InvariantCulture) + "." + (Mix(i, 4) % 100).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A date from 2000 to 2027, so that the date queries find records in every year.</summary>
    public static string Date(int i) =>
        new DateOnly(2000, 1, 1).AddDays(Mix(i, 5) % 10_000).ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static bool Active(int i) => Mix(i, 6) % 3 != 0;

    private static string? Note(int i) => Mix(i, 7) % 4 == 0 ? null : "Note " + (Mix(i, 8) % 1000).ToString(CultureInfo.InvariantCulture) + " on " + Topics[Mix(i, 9) % Topics.Length];

    private static string City(int i) => Cities[Mix(i, 10) % Cities.Length];

    private static string Country(int i) => Countries[Mix(i, 11) % Countries.Length];

    private static List<string> TopicsOf(int i)
    {
        var list = new List<string>();
        var n = 1 + (Mix(i, 12) % 3);
        for (var t = 0; t < n; t++)
        {
            list.Add(Topics[(Mix(i, 13) + t) % Topics.Length]);
        }

        return list;
    }

    private static List<(string Name, string? Role)> ParticipantsOf(int i)
    {
        var list = new List<(string, string?)>();
        var n = 1 + (Mix(i, 14) % 3);
        for (var p = 0; p < n; p++)
        {
            var role = Mix(i, 15 + p) % 5 == 0 ? null : Roles[Mix(i, 20 + p) % Roles.Length];
            list.Add(("Person " + (Mix(i, 25 + p) % 500).ToString(CultureInfo.InvariantCulture), role));
        }

        return list;
    }

    private static List<string> ScoresOf(int i)
    {
        var list = new List<string>();
        var n = Mix(i, 30) % 4;
        for (var s = 0; s < n; s++)
        {
            list.Add((Mix(i, 31 + s) % 100).ToString(CultureInfo.InvariantCulture));
        }

        return list;
    }
}
