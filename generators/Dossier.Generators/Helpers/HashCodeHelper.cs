namespace Dossier.Generators.Helpers;

/// <summary>netstandard2.0 has no System.HashCode; this is the usual multiply-add combination.</summary>
internal static class HashCodeHelper
{
    public static int Combine(int a, int b, int c) => unchecked((((17 * 31) + a) * 31 + b) * 31 + c);
}
