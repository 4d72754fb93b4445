using Dossier;

namespace Dossier.CentralAsiaChina.Data;

/// <summary>
/// A meeting of the dataset. Declared here to steer two properties; Dossier generates the rest
/// from <c>data/meetings/*.md</c>.
/// </summary>
[DossierCollection("meetings")]
public partial record Meeting
{
    /// <summary>Whether the meeting took place or is announced; the data may say only <c>held</c> or <c>planned</c>.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>
    /// The officials who took part (ids of <c>officials</c>); <see cref="Participants"/> resolves them.
    /// <see langword="null"/> where the article does not say who takes part (the planned leaders' meeting).
    /// </summary>
    [DossierProperty("participants")]
    [DossierReference("officials")]
    public ValueList<string>? ParticipantIds { get; init; }
}

/// <summary>
/// A country of the dataset. Declared here to make its ISO code a unique key, so that
/// <c>Dataset.Countries.ByIsoCode.Get("KZ")</c> finds Kazakhstan; Dossier generates the rest from
/// <c>data/countries.csv</c>.
/// </summary>
[DossierCollection("countries")]
public sealed partial record Country
{
    /// <summary>The ISO 3166-1 alpha-2 code (reference data, not from the article; see data/README).</summary>
    [DossierUnique]
    public required string IsoCode { get; init; }
}

/// <summary>Whether a meeting has taken place.</summary>
public enum MeetingStatus
{
    /// <summary>The meeting took place.</summary>
    Held,

    /// <summary>The meeting is announced; it has not taken place.</summary>
    Planned,
}

/// <summary>An agreement of the dataset: its parties are countries.</summary>
[DossierCollection("agreements")]
public partial record Agreement
{
    /// <summary>
    /// The countries party to the agreement (ids of <c>countries</c>); <see cref="Parties"/> resolves them.
    /// <see langword="null"/> where the article does not say who adopted it (the Information Communiqué).
    /// </summary>
    [DossierProperty("parties")]
    [DossierReference("countries")]
    public ValueList<string>? PartyIds { get; init; }
}

/// <summary>
/// A position stated at a meeting: who (<see cref="Holder"/>, and <see cref="Official"/> where one
/// official is named) stressed or agreed what (<see cref="Statement"/>, in the article's words).
/// </summary>
[DossierCollection("positions")]
public partial record Position
{
    /// <summary>To whom the article attributes the position; the data says <c>discussions</c>, <c>allParties</c>, <c>ministers</c> or <c>official</c>.</summary>
    public required PositionHolder Holder { get; init; }
}

/// <summary>
/// To whom the article attributes a position. The article's own subjects, kept apart because they
/// are not the same group: "the ministers" may not include Turkmenistan's representative, and "the
/// discussions" name no one.
/// </summary>
public enum PositionHolder
{
    /// <summary>"The discussions emphasized …": the discussions at the meeting, no one named.</summary>
    Discussions,

    /// <summary>"All parties recognized …": every party to the meeting.</summary>
    AllParties,

    /// <summary>"The ministers unanimously agreed …": the foreign ministers.</summary>
    Ministers,

    /// <summary>One official, named by <see cref="Position.Official"/>.</summary>
    Official,
}

/// <summary>
/// An aim to multiply a trade figure: not a figure itself, since it gives neither an amount nor a
/// year, only a <see cref="Factor"/> over its <see cref="Baseline"/> and a <see cref="Horizon"/>.
/// </summary>
[DossierCollection("trade-aims")]
public partial record TradeAim
{
    /// <summary>The figure the aim multiplies (id of <c>trade-figures</c>); <see cref="Baseline"/> resolves it.</summary>
    [DossierProperty("baseline")]
    [DossierReference("trade-figures")]
    public required string BaselineId { get; init; }

    /// <summary>The year by which the aim is to be met; <see langword="null"/> where the article names none.</summary>
    public int? TargetYear { get; init; }
}
