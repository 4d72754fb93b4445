using System.Threading;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Helpers;
using Dossier.Generators.Inference;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Options;

/// <summary>The options and any error in them (an invalid namespace, say).</summary>
internal sealed record OptionsResult(DossierOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads Dossier's MSBuild properties (made visible to the compiler by Dossier.props).</summary>
internal static class OptionsReader
{
    public const string DefaultDataRoot = "data";
    public const string DefaultClassName = "Dataset";

    public static OptionsResult Read(AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var global = provider.GlobalOptions;
        string? Get(string name) =>
            global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        var projectDirectory = Get("MSBuildProjectDirectory") ?? Get("ProjectDir") ?? string.Empty;
        var dataRoot = Get("DossierDataRoot") ?? DefaultDataRoot;
        var root = PathHelper.Normalize(dataRoot);
        if (!IsRooted(root))
        {
            root = PathHelper.Normalize(projectDirectory).TrimEnd('/') + "/" + root;
        }

        root = PathHelper.EnsureTrailingSlash(PathHelper.Collapse(root));
        var parent = root.TrimEnd('/');
        var slash = parent.LastIndexOf('/');
        var displayBase = slash < 0 ? string.Empty : parent.Substring(0, slash + 1);

        var rootNamespace = Get("RootNamespace");
        var defaultNamespace = (rootNamespace is null ? "Dossier" : Naming.SanitizeNamespace(rootNamespace)) + ".Data";
        var namespaceProperty = Get("DossierNamespace");
        var @namespace = namespaceProperty ?? defaultNamespace;
        if (!Naming.IsValidNamespace(@namespace))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "DossierNamespace", @namespace, "namespace"));
            @namespace = defaultNamespace;
        }

        var classNameProperty = Get("DossierClassName");
        var className = classNameProperty ?? DefaultClassName;
        if (!Naming.IsValidIdentifier(className))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "DossierClassName", className, "class name"));
            className = DefaultClassName;
        }

        var options = new DossierOptions(root, displayBase, @namespace, className, namespaceProperty, classNameProperty);
        return new OptionsResult(options, diagnostics.ToEquatableArray());
    }

    private static bool IsRooted(string path) =>
        path.StartsWith("/", System.StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');
}
