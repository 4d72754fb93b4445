using System;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inference;

/// <summary>
/// The rules for values of a type declared in C#: which data values fit it, and how an enum
/// member is written. Declared types are stricter than inferred ones where the user said so
/// (an enum takes only its members) and wider where that is exact (a decimal takes integers).
/// </summary>
internal static class DeclaredTypes
{
    /// <summary>A value that does not fit, with what to show and why; null when every part fits.</summary>
    public static (LocationInfo Location, string Shown, string Why)? Misfit(TypeSpec type, DataValue value)
    {
        switch (value.Kind)
        {
            case DataValueKind.Null:
                return type.IsNullable ? null : (value.Location, "null", " (not nullable)");
            case DataValueKind.Boolean:
                return type.Kind == DataTypeKind.Boolean ? null : (value.Location, "the boolean " + value.Text, string.Empty);
            case DataValueKind.Number:
                var number = ScalarRules.ClassifyNumber(value.Text!);
                var fits = type.Kind switch
                {
                    DataTypeKind.Int32 => number == NumberKind.Int32,
                    DataTypeKind.Int64 => number is NumberKind.Int32 or NumberKind.Int64,
                    DataTypeKind.Decimal => ScalarRules.TryDecimal(value.Text!, out _),
                    DataTypeKind.Double => ScalarRules.TryDouble(value.Text!, out _),
                    _ => false,
                };
                return fits ? null : (value.Location, "the number " + value.Text, type.Kind is DataTypeKind.Int32 or DataTypeKind.Int64 or DataTypeKind.Decimal or DataTypeKind.Double ? " (out of range or not exact)" : string.Empty);
            case DataValueKind.String:
                var text = value.Text!;
                var ok = type.Kind switch
                {
                    DataTypeKind.String => true,
                    DataTypeKind.DateOnly => ScalarRules.TryDate(text, out _),
                    DataTypeKind.DateTimeOffset => ScalarRules.TryDateTimeOffset(text, out _),
                    DataTypeKind.Enum => FindMember(type, text) is not null,
                    _ => false,
                };
                var why = type.Kind == DataTypeKind.Enum ? " (members: " + string.Join(", ", type.EnumMembers) + ")" : string.Empty;
                return ok ? null : (value.Location, "'" + text + "'", why);
            case DataValueKind.Array:
                if (type.Kind != DataTypeKind.List)
                {
                    return (value.Location, "an array", string.Empty);
                }

                foreach (var item in value.Items)
                {
                    if (Misfit(type.Element!, item) is { } misfit)
                    {
                        return misfit;
                    }
                }

                return null;
            default:
                return (value.Location, "an object", " (declare the property's type as Dossier generates it, or leave it undeclared)");
        }
    }

    public static string CSharpName(TypeSpec type) => type.Kind switch
    {
        DataTypeKind.Enum => type.RecordName!.Replace("global::", string.Empty),
        DataTypeKind.List => "ValueList<" + CSharpName(type.Element!) + ">",
        _ => type.ToDisplay(string.Empty).Replace("global::", string.Empty),
    };

    /// <summary>The enum member a text names (compared ignoring case), as declared; null when none does.</summary>
    public static string? MemberName(TypeSpec type, string text) => FindMember(type, text);

    private static string? FindMember(TypeSpec type, string text)
    {
        foreach (var member in type.EnumMembers)
        {
            if (string.Equals(member, text, StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        return null;
    }
}
