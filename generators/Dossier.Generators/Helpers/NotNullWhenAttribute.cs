namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// netstandard2.0 lacks this nullability attribute; the compiler honours an internal copy.
/// Overrides of Roslyn's <c>TryGetValue(string, out string?)</c> need it to match the base signature.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}
