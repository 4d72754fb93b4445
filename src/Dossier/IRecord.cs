using System;

namespace Dossier;

/// <summary>Implemented by every record that Dossier generates.</summary>
public interface IRecord
{
    /// <summary>The record's id, unique within its collection.</summary>
    string Id { get; }

    /// <summary>The data file and line the record was read from.</summary>
    SourceLocation Source { get; }
}

/// <summary>Implemented by generated records whose <c>date</c> is present in every record of the collection.</summary>
public interface IDatedRecord : IRecord
{
    /// <summary>The record's date.</summary>
    DateOnly Date { get; }
}

/// <summary>
/// Implemented by generated records whose <c>date</c> is missing or null in some records
/// (an announced event without a date, say). The date helpers skip undated records.
/// </summary>
public interface IOptionallyDatedRecord : IRecord
{
    /// <summary>The record's date, or <see langword="null"/> when the data gives none.</summary>
    DateOnly? Date { get; }
}
