namespace Dossier;

/// <summary>
/// A section of a markdown record: a heading below the title (<c>##</c> to <c>######</c>) and the
/// markdown that follows it, up to the next such heading. Generated markdown records list them,
/// in document order, as <c>Sections</c>.
/// </summary>
/// <param name="Heading">The heading's text, markup removed.</param>
/// <param name="Level">The heading's level: 2 for <c>##</c>, 3 for <c>###</c>, and so on.</param>
/// <param name="Text">The markdown under the heading, exactly as written, without surrounding blank lines.</param>
public sealed record MarkdownSection(string Heading, int Level, string Text);
