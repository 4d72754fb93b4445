namespace Dossier.Generators.Emission;

/// <summary>The name and version that generated code carries in its [GeneratedCode] attribute.</summary>
internal static class DossierInfo
{
    public const string ToolName = "Dossier";

    // Kept by hand in step with the package version; generated code is part of the snapshot tests.
    public const string Version = "0.1.0";

    public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + ToolName + "\", \"" + Version + "\")]";
}
