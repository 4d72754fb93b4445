namespace Dossier.Generators.Model;

/// <summary>
/// The MSBuild options that shape generation, read once from the analyzer config before any
/// Combine, so that unrelated build properties never invalidate the pipeline.
/// </summary>
/// <param name="DataRoot">The data folder, absolute, with forward slashes and a trailing slash.</param>
/// <param name="DisplayBase">The folder that display paths are relative to (the data folder's parent).</param>
/// <param name="Namespace">The namespace of generated types (already validated).</param>
/// <param name="ClassName">The name of the static entry class (already validated).</param>
/// <param name="NamespaceProperty">The MSBuild value of DossierNamespace, when set (for error messages).</param>
internal sealed record DossierOptions(
    string DataRoot,
    string DisplayBase,
    string Namespace,
    string ClassName,
    string? NamespaceProperty,
    string? ClassNameProperty);
