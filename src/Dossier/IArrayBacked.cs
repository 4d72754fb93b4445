namespace Dossier;

/// <summary>
/// A collection that holds its items in an array it never changes (record sets, value lists), so
/// that the date helpers can loop over the array directly instead of through an enumerator.
/// </summary>
internal interface IArrayBacked<T>
{
    /// <summary>The items; read only, never written.</summary>
    T[] Items { get; }
}
