using Dossier.Generators.Model;

namespace Dossier.Generators.Diagnostics;

/// <summary>How messages name a kind of value, the same in every diagnostic and every format.</summary>
internal static class ValueDescriptions
{
    /// <summary>"a number", "an object", "null"...</summary>
    public static string Of(DataValueKind kind) => kind switch
    {
        DataValueKind.Null => "null",
        DataValueKind.Boolean => "a boolean",
        DataValueKind.Number => "a number",
        DataValueKind.String => "a string",
        DataValueKind.Object => "an object",
        _ => "an array",
    };

    /// <summary>A value's kind, with its text for a number or a boolean: "a number (12)".</summary>
    public static string Of(DataValue value) =>
        value.Kind is DataValueKind.Number or DataValueKind.Boolean ? $"{Of(value.Kind)} ({value.Text})" : Of(value.Kind);
}
