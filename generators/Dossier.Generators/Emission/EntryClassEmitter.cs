using System.Globalization;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emission;

/// <summary>Writes the entry class's declaration and docs; each collection adds its own part.</summary>
internal static class EntryClassEmitter
{
    public static string HintName(EntryClassSpec spec) => spec.ClassName + ".g.cs";

    public static string Emit(EntryClassSpec spec)
    {
        var writer = new SourceWriter();
        CollectionEmitter.EmitFileHeader(writer);
        writer.OpenBlock("namespace " + spec.Namespace);
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// The data compiled in by Dossier: {spec.Collections.Count.ToString(CultureInfo.InvariantCulture)} collection{(spec.Collections.Count == 1 ? string.Empty : "s")}, each a record set with lookup by id.");
        writer.WriteLine("/// </summary>");
        if (spec.Collections.Count > 0)
        {
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// <list type=\"table\">");
            writer.WriteLine("/// <listheader><term>Collection</term><description>Records</description></listheader>");
            foreach (var collection in spec.Collections)
            {
                writer.WriteLine($"/// <item><term><see cref=\"{collection.PropertyName}\"/></term><description>{collection.Count.ToString(CultureInfo.InvariantCulture)} × <see cref=\"{collection.RecordName}\"/>, from <c>{DocText.Escape(collection.Origin)}</c></description></item>");
            }

            writer.WriteLine("/// </list>");
            writer.WriteLine("/// </remarks>");
        }

        writer.WriteLine(DossierInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public static partial class " + spec.ClassName);
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
