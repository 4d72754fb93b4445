using System.Collections.Generic;
using System.Linq;
using Dossier.Testing;

namespace Dossier.Generators.Tests;

/// <summary>One small dataset per inference rule; each is snapshot-tested and compiled.</summary>
internal static class Fixtures
{
    public static readonly IReadOnlyDictionary<string, DataFile[]> All = new SortedDictionary<string, DataFile[]>
    {
        ["Scalars"] = [new("data/items.json", """
            [
              { "id": "a", "name": "Alpha", "active": true, "count": 1 },
              { "id": "b", "name": "Beta", "active": false, "count": -2147483648 }
            ]
            """)],
        ["IntegersWidenToLong"] = [new("data/counters.json", """
            [
              { "id": "small", "value": 1 },
              { "id": "large", "value": 9223372036854775807 }
            ]
            """)],
        ["FractionsAreExactDecimals"] = [new("data/figures.json", """
            [
              { "id": "trade", "amount": 43.8 },
              { "id": "whole", "amount": 224 },
              { "id": "exponent", "amount": 66.4e9 },
              { "id": "digits", "amount": 1.2345678901234567890123456789 }
            ]
            """)],
        ["DoubleOnlyBeyondDecimal"] = [new("data/measures.json", """
            [
              { "id": "huge", "value": 1e300 },
              { "id": "half", "value": 0.5 }
            ]
            """)],
        ["Dates"] = [new("data/events.json", """
            [
              { "id": "a", "date": "2025-04-26", "at": "2025-04-26T10:30:00+05:00", "code": "012", "exp": "4E5", "digits": "2025" },
              { "id": "b", "date": "2025-04-25", "at": "2025-04-25T08:00:00.1234567Z", "code": "7", "exp": "1e3", "digits": "12" }
            ]
            """)],
        ["MixedDatesStayStrings"] = [new("data/notes.json", """
            [
              { "id": "a", "when": "2025-04-26" },
              { "id": "b", "when": "soon" }
            ]
            """)],
        ["Nullability"] = [new("data/people.json", """
            [
              { "id": "a", "name": "Ann", "nickname": null, "age": 30, "unknown": null },
              { "id": "b", "name": "Bob", "nickname": "B" }
            ]
            """)],
        ["NestedObjectsAndArrays"] = [new("data/meetings.json", """
            [
              {
                "id": "almaty",
                "venue": { "city": "Almaty", "country": "KZ" },
                "topics": ["trade", "transport"],
                "participants": [ { "name": "Wang Yi", "role": "minister" }, { "name": "Murat Nurtleu" } ],
                "scores": [[1, 2], [3]],
                "empty": []
              },
              {
                "id": "astana",
                "venue": { "city": "Astana" },
                "topics": [],
                "participants": [],
                "scores": [],
                "empty": []
              }
            ]
            """)],
        ["MarkdownRecords"] =
        [
            new("data/meetings/almaty.md", """
                ---
                date: 2025-04-26
                city: Almaty
                participants:
                  - wang-yi
                  - murat-nurtleu
                quoted: "012"
                ---

                # Sixth meeting of foreign ministers

                The ministers met in *Almaty*.
                """),
            new("data/meetings/no-front-matter.md", """
                # A meeting without front matter

                Text only.
                """),
        ],
        ["MarkdownSectionsAndTables"] =
        [
            new("data/officials.json", """[{ "id": "wang-yi" }, { "id": "nurtleu" }]"""),
            new("data/meetings/almaty.md", """
                ---
                date: 2025-04-26
                ---
                # Sixth meeting

                Opening text.

                ## Participants

                | official | role | since |
                |----------|------|-------|
                | nurtleu | host | 2023 |
                | wang-yi | guest | |

                ## Outcomes

                An *Information Communiqué* was adopted.

                ### Follow-up

                Regular meetings.
                """),
            new("data/meetings/astana.md", """
                # Strategic dialogue

                ## Participants

                | official | role |
                |----------|------|
                | wang-yi | guest |
                """),
        ],
        ["MarkdownTable"] = [new("data/trade-figures.md", """
            # Trade figures

            | id | amountUsd | year | approximate | note |
            |----|-----------|------|-------------|------|
            | trade-2024 | 43.8e9 | 2024 | false | a \| pipe |
            | projects | 66.4e9 | | true | |
            """)],
        ["CsvTable"] = [new("data/trade-figures.csv", "id,amountUsd,year,approximate,note,code,date\r\n"
            + "trade-2024,43.8e9,2024,false,\"a, \"\"quoted\"\" note\",\"012\",2024-05-01\r\n"
            + "projects,66.4e9,,true,\"two\r\nlines\",\"true\",2025-01-02\r\n")],
        ["TsvTable"] = [new("data/routes.tsv", "id\tfrom\tto\tkm\tnote\nalmaty-urumqi\tAlmaty\tUrumqi\t1000\t\"by road, rail\"\nkhorgos\tKhorgos\tYining\t\t\"\"\n")],
        ["OneRecordPerFile"] =
        [
            new("data/countries/kazakhstan.json", """{ "name": "Kazakhstan", "centralAsian": true }"""),
            new("data/countries/china.json", """{ "name": "China", "centralAsian": false }"""),
        ],
        ["KeyNaming"] = [new("data/things.json", """
            [
              { "id": "a", "valid_from": "x", "kebab-key": 1, "camelKey": true, "class": "keyword", "2nd": "digit", "with space": "s", "名前": "name", "dotted.key": "d" }
            ]
            """)],
        ["References"] =
        [
            new("data/countries.json", """[{ "id": "kz", "name": "Kazakhstan" }, { "id": "cn", "name": "China" }]"""),
            new("data/officials.json", """
                [
                  { "id": "nurtleu", "country": "kz" },
                  { "id": "wang-yi", "country": "cn" },
                  { "id": "unknown" }
                ]
                """),
            new("data/meetings/almaty.md", "---\ncountries: [kz, cn]\nofficials: [nurtleu, wang-yi]\n---\n# Almaty\n"),
        ],
        ["EmptyCollectionAndBareRecords"] =
        [
            new("data/nothing.json", "[]"),
            new("data/bare.json", """[ { "id": "only-id" } ]"""),
        ],
        ["YamlArray"] = [new("data/officials.yaml", """
            # One record per item of the sequence.
            - id: wang-yi
              name: Wang Yi
              role: "Minister of Foreign Affairs"
              since: 2022-12-30
              country: cn
              active: true
              terms: 2
            - id: nurtleu
              name: Murat Nurtleu
              role: Deputy Prime Minister
              since: "2023-09-01"
              country: kz
              active: false
              terms: ~
              languages: [kk, ru]
            """)],
        ["YamlRecords"] =
        [
            new("data/cities/almaty.yaml", "name: Almaty\npopulation: 2300000\nvenue:\n  hall: Rixos\n  seats: 120\n"),
            new("data/cities/astana.yml", "id: nur-sultan\nname: Astana\npopulation: 1400000\nvenue: { hall: Palace, seats: 300 }\n"),
        ],
        ["MixedFormats"] =
        [
            new("data/cities/almaty.json", """{ "name": "Almaty", "population": 2300000, "founded": "1854-02-04" }"""),
            new("data/cities/astana.yaml", "name: Astana\npopulation: 1400000\nfounded: 1830-01-01\ntwin: bishkek\n"),
            new("data/cities/bishkek.md", "---\nname: Bishkek\npopulation: 1100000\n---\n# Bishkek\n\nThe capital of Kyrgyzstan.\n"),
        ],
    };

    public static IEnumerable<object[]> Names() => All.Keys.Select(k => new object[] { k });
}
