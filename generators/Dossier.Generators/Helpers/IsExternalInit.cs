namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets records and init-only setters compile for netstandard2.0, whose BCL lacks this marker.
/// Written by hand rather than taken from PolySharp (as is NotNullWhenAttribute): the generator
/// needs only these two, and PolySharp's generated helpers came out in a varying order, which
/// made the generator assembly differ from build to build.
/// </summary>
internal static class IsExternalInit
{
}
