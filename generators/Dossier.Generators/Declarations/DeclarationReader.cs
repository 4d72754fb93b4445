using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Inference;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Declarations;

/// <summary>
/// Reads a type marked <c>[DossierCollection("name")]</c> into a <see cref="DeclaredTypeSpec"/>:
/// names, kind, and each declared property's type and Dossier attributes, as plain values.
/// Runs in a <c>ForAttributeWithMetadataName</c> step, so only files that use the attribute are read.
/// </summary>
internal static class DeclarationReader
{
    public const string CollectionAttribute = "Dossier.DossierCollectionAttribute";
    private const string PropertyAttribute = "Dossier.DossierPropertyAttribute";
    private const string ReferenceAttribute = "Dossier.DossierReferenceAttribute";
    private const string NoReferenceAttribute = "Dossier.DossierNoReferenceAttribute";
    private const string UniqueAttribute = "Dossier.DossierUniqueAttribute";

    public static bool IsTypeDeclaration(SyntaxNode node, CancellationToken cancellationToken) => node is TypeDeclarationSyntax;

    public static DeclaredTypeSpec? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax syntax)
        {
            return null;
        }

        var collection = context.Attributes.FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
        var keyword = (type.IsSealed ? "sealed " : string.Empty) + "partial " + (type.IsRecord ? "record" : "class");
        var problem =
            type.IsValueType ? "it is a struct; declare a partial class or record"
            : type.TypeKind != Microsoft.CodeAnalysis.TypeKind.Class ? "it is not a class or record"
            : !syntax.Modifiers.Any(SyntaxKind.PartialKeyword) ? "it is not partial; add the 'partial' modifier so that Dossier can add the properties you do not declare"
            : type.ContainingType is not null ? "it is nested in another type; declare it at the top level of a namespace"
            : type.IsGenericType ? "it is generic"
            : type.IsStatic || type.IsAbstract ? "it is static or abstract"
            : type.BaseType is { SpecialType: not SpecialType.System_Object } ? "it derives from another type"
            : !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility >= Accessibility.Internal)
                ? "it has no parameterless constructor (Dossier sets its properties in an object initializer); remove the primary constructor"
            : null;

        var properties = new List<DeclaredPropertySpec>();
        var reserved = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared || member.DeclaringSyntaxReferences.Length == 0 || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            // Only settable instance properties are data; every other member (a computed property,
            // a method, a field) keeps its name from being generated again.
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod.DeclaredAccessibility: >= Accessibility.Internal } property)
            {
                properties.Add(ReadProperty(property, cancellationToken));
            }
            else
            {
                reserved.Add(member.Name);
            }
        }

        // Names as C# must write them: a namespace or type called "event" is written "@event".
        var @namespace = type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty)
            : string.Empty;
        var isPublic = type.DeclaredAccessibility == Accessibility.Public;
        return new DeclaredTypeSpec(collection, Naming.EscapeKeyword(type.Name), @namespace, keyword, problem, Locate(syntax.Identifier.GetLocation()), properties.ToEquatableArray(), isPublic, new EquatableArray<string>(reserved.ToArray()));
    }

    private static DeclaredPropertySpec ReadProperty(IPropertySymbol property, CancellationToken cancellationToken)
    {
        string? key = null;
        string? target = null;
        string? targetKey = null;
        var noReference = false;
        var unique = false;
        foreach (var attribute in property.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case PropertyAttribute:
                    key = attribute.ConstructorArguments.FirstOrDefault().Value as string;
                    break;
                case ReferenceAttribute:
                    target = attribute.ConstructorArguments.FirstOrDefault().Value as string;
                    targetKey = attribute.NamedArguments.FirstOrDefault(static a => a.Key == "Key").Value.Value as string;
                    break;
                case NoReferenceAttribute:
                    noReference = true;
                    break;
                case UniqueAttribute:
                    unique = true;
                    break;
            }
        }

        var syntax = property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var location = syntax is PropertyDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : syntax.GetLocation();
        return new DeclaredPropertySpec(
            Naming.EscapeKeyword(property.Name),
            key,
            ToTypeSpec(property.Type),
            property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            target,
            targetKey,
            noReference,
            unique,
            Locate(location));
    }

    /// <summary>The Dossier type for a declared C# type, or null when Dossier cannot fill it.</summary>
    private static TypeSpec? ToTypeSpec(ITypeSymbol type)
    {
        var nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            nullable = true;
            type = wrapper.TypeArguments[0];
        }
        else if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            nullable = true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return new TypeSpec(DataTypeKind.String, nullable);
            case SpecialType.System_Boolean: return new TypeSpec(DataTypeKind.Boolean, nullable);
            case SpecialType.System_Int32: return new TypeSpec(DataTypeKind.Int32, nullable);
            case SpecialType.System_Int64: return new TypeSpec(DataTypeKind.Int64, nullable);
            case SpecialType.System_Decimal: return new TypeSpec(DataTypeKind.Decimal, nullable);
            case SpecialType.System_Double: return new TypeSpec(DataTypeKind.Double, nullable);
        }

        if (type is INamedTypeSymbol { TypeKind: Microsoft.CodeAnalysis.TypeKind.Enum } @enum)
        {
            var members = @enum.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToArray();
            return new TypeSpec(DataTypeKind.Enum, nullable, @enum.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), EnumMembers: new EquatableArray<string>(members));
        }

        switch (type.ToDisplayString())
        {
            case "System.DateOnly": return new TypeSpec(DataTypeKind.DateOnly, nullable);
            case "System.DateTimeOffset": return new TypeSpec(DataTypeKind.DateTimeOffset, nullable);
        }

        if (type is INamedTypeSymbol { Name: "ValueList", TypeArguments.Length: 1 } list
            && list.ContainingNamespace?.ToDisplayString() == "Dossier"
            && ToTypeSpec(list.TypeArguments[0]) is { Kind: not DataTypeKind.List } element)
        {
            return new TypeSpec(DataTypeKind.List, nullable, Element: element);
        }

        return null;
    }

    private static LocationInfo Locate(Location location)
    {
        var span = location.GetLineSpan();
        return new LocationInfo(span.Path ?? string.Empty, location.SourceSpan, span.Span);
    }
}
