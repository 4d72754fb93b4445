namespace Dossier.Generators.Model;

/// <summary>The C# types Dossier infers for data values.</summary>
internal enum DataTypeKind
{
    Boolean,
    Int32,
    Int64,
    Decimal,
    Double,
    String,
    DateOnly,
    DateTimeOffset,
    Record,
    List,

    /// <summary>A user-declared enum; values are its member names.</summary>
    Enum,

    /// <summary>A markdown record's sections: <c>ValueList&lt;Dossier.MarkdownSection&gt;</c>.</summary>
    Sections,
}

/// <summary>An inferred property or element type.</summary>
/// <param name="RecordName">For <see cref="DataTypeKind.Record"/>, the generated record's name; for <see cref="DataTypeKind.Enum"/>, the enum's fully qualified name.</param>
/// <param name="Element">For <see cref="DataTypeKind.List"/>, the element type.</param>
/// <param name="EnumMembers">For <see cref="DataTypeKind.Enum"/>, the member names.</param>
internal sealed record TypeSpec(DataTypeKind Kind, bool IsNullable, string? RecordName = null, TypeSpec? Element = null, Helpers.EquatableArray<string> EnumMembers = default)
{
    /// <summary>The type as written in generated code, fully qualified.</summary>
    public string ToDisplay(string @namespace)
    {
        var name = Kind switch
        {
            DataTypeKind.Boolean => "bool",
            DataTypeKind.Int32 => "int",
            DataTypeKind.Int64 => "long",
            DataTypeKind.Decimal => "decimal",
            DataTypeKind.Double => "double",
            DataTypeKind.String => "string",
            DataTypeKind.DateOnly => "global::System.DateOnly",
            DataTypeKind.DateTimeOffset => "global::System.DateTimeOffset",
            DataTypeKind.Record => Qualify(@namespace, RecordName!),
            DataTypeKind.Enum => RecordName!,
            DataTypeKind.Sections => "global::Dossier.ValueList<global::Dossier.MarkdownSection>",
            _ => "global::Dossier.ValueList<" + Element!.ToDisplay(@namespace) + ">",
        };
        return IsNullable ? name + "?" : name;
    }

    /// <summary>A type's name with its namespace and the <c>global::</c> alias (no namespace for the global one).</summary>
    public static string Qualify(string @namespace, string name) =>
        @namespace.Length == 0 ? "global::" + name : "global::" + @namespace + "." + name;
}
