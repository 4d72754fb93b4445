namespace Dossier.Generators.Model;

/// <summary>The C# types Dossier infers for data values.</summary>
internal enum TypeKind
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
/// <param name="RecordName">For <see cref="TypeKind.Record"/>, the generated record's name; for <see cref="TypeKind.Enum"/>, the enum's fully qualified name.</param>
/// <param name="Element">For <see cref="TypeKind.List"/>, the element type.</param>
/// <param name="EnumMembers">For <see cref="TypeKind.Enum"/>, the member names.</param>
internal sealed record TypeSpec(TypeKind Kind, bool IsNullable, string? RecordName = null, TypeSpec? Element = null, Helpers.EquatableArray<string> EnumMembers = default)
{
    /// <summary>The type as written in generated code, fully qualified.</summary>
    public string ToDisplay(string @namespace)
    {
        var name = Kind switch
        {
            TypeKind.Boolean => "bool",
            TypeKind.Int32 => "int",
            TypeKind.Int64 => "long",
            TypeKind.Decimal => "decimal",
            TypeKind.Double => "double",
            TypeKind.String => "string",
            TypeKind.DateOnly => "global::System.DateOnly",
            TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
            TypeKind.Record => Qualify(@namespace, RecordName!),
            TypeKind.Enum => RecordName!,
            TypeKind.Sections => "global::Dossier.ValueList<global::Dossier.MarkdownSection>",
            _ => "global::Dossier.ValueList<" + Element!.ToDisplay(@namespace) + ">",
        };
        return IsNullable ? name + "?" : name;
    }

    /// <summary>The type as people read it, in messages and docs.</summary>
    public string Describe() => Kind switch
    {
        TypeKind.Boolean => "a boolean",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Double => "a number",
        TypeKind.String or TypeKind.DateOnly or TypeKind.DateTimeOffset => "a string",
        TypeKind.Record => "an object",
        TypeKind.Enum => "a string",
        TypeKind.Sections => "markdown sections",
        _ => "an array",
    };

    /// <summary>A type's name with its namespace and the <c>global::</c> alias (no namespace for the global one).</summary>
    public static string Qualify(string @namespace, string name) =>
        @namespace.Length == 0 ? "global::" + name : "global::" + @namespace + "." + name;
}
