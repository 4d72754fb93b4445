namespace Dossier.Generators.Model;

/// <summary>The kinds of number a value's text fits, smallest first.</summary>
internal enum NumberKind
{
    Int32,
    Int64,
    Decimal,
    Double,

    /// <summary>No .NET number type holds this value exactly (1e400, 30 significant digits...).</summary>
    NotRepresentable,
}
