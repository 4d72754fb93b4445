namespace Dossier.Testing;

/// <summary>The MSBuild options the generator sees, as a project would set them.</summary>
public sealed record DossierRunOptions
{
    /// <summary>The project folder that data paths are relative to. A fixed, fake path by default, so that output does not depend on the machine.</summary>
    public string ProjectDirectory { get; init; } = "/project";

    /// <summary>The project's RootNamespace (generated types go into <c>RootNamespace.Data</c> unless <see cref="Namespace"/> is set).</summary>
    public string? RootNamespace { get; init; } = "Sample";

    /// <summary>The DossierDataRoot property; the generator's default is <c>data</c>.</summary>
    public string? DataRoot { get; init; }

    /// <summary>The DossierNamespace property.</summary>
    public string? Namespace { get; init; }

    /// <summary>The DossierClassName property.</summary>
    public string? ClassName { get; init; }
}
