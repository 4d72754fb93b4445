using System;
using System.Globalization;
using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.Explorer;

/// <summary>
/// How facts read as text: related records reached through the generated navigations, and dates
/// and amounts formatted with the invariant culture so the output is the same on every machine.
/// </summary>
internal static class Describe
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public const string Missing = "—";

    public static string Source(SourceLocation source) => source.ToString();

    public static string Date(DateOnly? date, string whenMissing) =>
        date is { } value ? value.ToString("d MMMM yyyy", Invariant) : whenMissing;

    public static string Number(int? value) => value?.ToString(Invariant) ?? Missing;

    /// <summary>
    /// A US dollar amount: "$43.8 billion" when that is exact, else every digit ("US$ 1,234,567.89").
    /// Never rounds, so the printed figure is the figure in the data.
    /// </summary>
    public static string Usd(decimal? amount)
    {
        if (amount is not { } value)
        {
            return Missing;
        }

        const decimal Billion = 1_000_000_000m;
        if (Math.Abs(value) >= Billion && value % 1_000_000m == 0)
        {
            return "$" + (value / Billion).ToString("0.###", Invariant) + " billion";
        }

        return "US$ " + value.ToString("#,##0.############################", Invariant);
    }

    public static string Years(int? first, int? last) => (first, last) switch
    {
        (int from, int to) => string.Create(Invariant, $"{from}–{to}"),
        (int from, null) => string.Create(Invariant, $"from {from}"),
        (null, int to) => string.Create(Invariant, $"until {to}"),
        _ => Missing,
    };

    public static string Countries(ValueList<Country> countries) =>
        string.Join(", ", countries.Select(country => country.Name));

    /// <summary>
    /// An official's name, or for an unnamed one (the article does not name Turkmenistan's
    /// representative) their title and country, saying so rather than guessing a name.
    /// </summary>
    public static string Official(Official official)
    {
        var country = official.Country.Name;
        return official.Name is { } name
            ? $"{name} ({country})"
            : $"{official.Title} of {country} (name not given)";
    }

    public static string Meeting(Meeting meeting) =>
        $"{meeting.Title}, {Date(meeting.Date, "date not announced")}";

    /// <summary>
    /// Who holds a position, as the article attributes it: the named official, or the group the
    /// article names ("The discussions", "All parties", "The ministers").
    /// </summary>
    public static string Holder(Position position)
    {
        var holder = position.Holder switch
        {
            PositionHolder.Official when position.Official is { } official => Official(official),
            PositionHolder.Discussions => "The discussions",
            PositionHolder.AllParties => "All parties",
            PositionHolder.Ministers => "The ministers",
            _ => position.Holder.ToString(),
        };
        return position.Unanimous == true ? holder + ", unanimously" : holder;
    }

    /// <summary>A meeting's status in lower case, as the data spells it.</summary>
    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => "held",
        MeetingStatus.Planned => "planned",
        _ => status.ToString(),
    };
}
