using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Diagnostics;

/// <summary>
/// Every diagnostic Dossier reports. IDs are grouped by stage: DOS1xx reading a data file,
/// DOS2xx the schema and records of a collection, DOS3xx names and options. Each is documented,
/// with an example and the fix, in docs/diagnostics.md (the help link).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string ParsingCategory = "Dossier.Parsing";
    private const string SchemaCategory = "Dossier.Schema";
    private const string NamingCategory = "Dossier.Naming";
    private const string HelpLinkBase = "https://github.com/dossier-dotnet/dossier/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "DOS101", ParsingCategory, "Invalid JSON",
        "'{0}' is not valid JSON: {1}. Fix the text at this position.");

    public static readonly DiagnosticDescriptor UnexpectedJsonShape = Error(
        "DOS102", ParsingCategory, "The data does not have the shape of a collection",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "DOS103", ParsingCategory, "Data nested too deeply",
        "'{0}' nests values more than {1} levels deep; Dossier reads at most {1}. Flatten the data or split it into collections that refer to each other by id.");

    public static readonly DiagnosticDescriptor InvalidString = Error(
        "DOS104", ParsingCategory, "Invalid string",
        "'{0}' holds a string that is not valid Unicode: {1}. Remove the unpaired surrogate or write the character it was meant to be.");

    public static readonly DiagnosticDescriptor InvalidFrontMatter = Error(
        "DOS105", ParsingCategory, "Invalid YAML front matter",
        "The front matter of '{0}' is not valid YAML: {1}");

    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error(
        "DOS106", ParsingCategory, "Front matter is not a mapping",
        "The front matter of '{0}' must be a YAML mapping of keys to values (key: value), but it is {1}");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "DOS107", ParsingCategory, "Front matter is not closed",
        "The front matter of '{0}' opens with '---' but is never closed. Add a line holding only '---' after the last key.");

    public static readonly DiagnosticDescriptor TableRowTooWide = Error(
        "DOS108", ParsingCategory, "Table row has more cells than its header",
        "A row of the table in '{0}' has {1} cells but the header has {2}. Remove the extra cells or add a header cell; a separator inside a cell is written '\\|' in a markdown table, and inside quotes in CSV (\"a,b\").");

    public static readonly DiagnosticDescriptor MissingTable = Error(
        "DOS109", ParsingCategory, "Table collection without a table",
        "'{0}' is a table collection (a markdown file directly in the data folder) but holds no pipe table. Add a table whose header names the properties, or move the file into a collection folder.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "DOS110", ParsingCategory, "Duplicate key",
        "The key '{0}' appears twice in the same object in '{1}'; the second value would be lost. Remove or rename one of them.");

    public static readonly DiagnosticDescriptor UnrecognizedDataFile = Warning(
        "DOS111", ParsingCategory, "Data file ignored",
        "'{0}' is in the data folder but fits no data convention ({1}), so it is not read. Move it to 'data/name.json|yaml|yml|md|csv|tsv' or 'data/name/*.json|yaml|yml|md'.");

    public static readonly DiagnosticDescriptor DuplicateHeading = Error(
        "DOS112", ParsingCategory, "Heading appears twice",
        "The heading '{0}' appears twice at the same level in '{1}'; its section and any table under it would be ambiguous. Rename one of them.");

    public static readonly DiagnosticDescriptor EmptyHeaderCell = Error(
        "DOS113", ParsingCategory, "Empty table header cell",
        "A header cell of the table in '{0}' is empty, so its column has no property name. Name the column.");

    public static readonly DiagnosticDescriptor FileNotOpened = Error(
        "DOS114", ParsingCategory, "Data file could not be opened",
        "'{0}' could not be opened: the compiler got no text for it. Check that the file exists and that the build can read it.");

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "DOS115", ParsingCategory, "Invalid YAML",
        "'{0}' is not valid YAML: {1}");

    public static readonly DiagnosticDescriptor UnsupportedYamlTag = Error(
        "DOS116", ParsingCategory, "YAML tag not supported",
        "'{0}' has a value tagged '{1}', which Dossier does not read: {2}. Remove the tag; quote the value to make it a string.");

    public static readonly DiagnosticDescriptor InvalidCsv = Error(
        "DOS117", ParsingCategory, "Invalid CSV",
        "'{0}' is not valid {1}: {2}.");

    public static readonly DiagnosticDescriptor MissingCsvHeader = Error(
        "DOS118", ParsingCategory, "CSV file without a header row",
        "'{0}' has no header row. The first line of a CSV or TSV file names the columns, one of them 'id': add it.");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "DOS100", ParsingCategory, "Data file could not be read",
        "'{0}' could not be read: {1}. This is a bug in Dossier; please report it with the file.");

    public static readonly DiagnosticDescriptor TypeConflict = Error(
        "DOS201", SchemaCategory, "Conflicting types",
        "'{0}' is {1} here but {2} at {3}. Every value of one property must have the same type: change one of them (quote a number to make it a string).");

    public static readonly DiagnosticDescriptor NumberNotRepresentable = Error(
        "DOS202", SchemaCategory, "Number cannot be held exactly",
        "The number {0} for '{1}' cannot be held exactly as {2}. Write it as a string, or with fewer digits if the precision is not meant.");

    public static readonly DiagnosticDescriptor PropertyNameCollision = Error(
        "DOS203", NamingCategory, "Keys collide",
        "The keys '{0}' and '{1}' both become the C# property '{2}' of {3}. Use one spelling for the key.");

    public static readonly DiagnosticDescriptor MissingId = Error(
        "DOS204", SchemaCategory, "Record without an id",
        "This record of collection '{0}' has no 'id'. Give every record a unique string 'id'.");

    public static readonly DiagnosticDescriptor IdNotString = Error(
        "DOS205", SchemaCategory, "Id is not a non-empty string",
        "The 'id' of this record of collection '{0}' is {1}; ids must be non-empty strings. {2}");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "DOS206", SchemaCategory, "Duplicate id",
        "The id '{0}' is used twice in collection '{1}' (first at {2}). Ids must be unique within a collection.");

    public static readonly DiagnosticDescriptor ReservedKey = Error(
        "DOS207", NamingCategory, "Reserved key",
        "The key '{0}' becomes the property '{1}', which Dossier generates for every record of '{2}' ({3}). Rename the key.");

    public static readonly DiagnosticDescriptor TypeNameCollision = Error(
        "DOS208", NamingCategory, "Generated type names collide",
        "The type '{0}' generated for {1} has the same name as the type generated for {2}. Rename a collection, a property or a file so that the names differ.");

    public static readonly DiagnosticDescriptor CollectionNameCollision = Error(
        "DOS209", NamingCategory, "Collection names collide",
        "The collection '{0}' and {1} both become '{2}' on the {3} class. Rename one of the files or folders.");

    public static readonly DiagnosticDescriptor DanglingReference = Error(
        "DOS210", SchemaCategory, "Reference to a missing record",
        "'{0}' refers to the id '{1}', but the collection '{2}' has no record with that id{3}. Fix the id, or add the record.");

    public static readonly DiagnosticDescriptor DeclaredTypeMismatch = Error(
        "DOS211", SchemaCategory, "Value does not fit the declared type",
        "{0} for '{1}' does not fit the declared type {2}{3}. Change the value, or the declaration at {4}.");

    public static readonly DiagnosticDescriptor MissingRequiredValue = Error(
        "DOS212", SchemaCategory, "Required value missing",
        "This record of '{0}' has no '{1}' (or it is null), but {2} is declared non-nullable. Add the value, or declare the property nullable.");

    public static readonly DiagnosticDescriptor DeclaredTypeFitsNoValue = Error(
        "DOS213", SchemaCategory, "Declared type fits no value",
        "'{0}' is declared as {1}, but none of the {2} values of '{3}' in the data fits it (the first is {4}). Change the declaration to the data's type, or the data.");

    public static readonly DiagnosticDescriptor DuplicateUniqueKey = Error(
        "DOS214", SchemaCategory, "Duplicate unique key",
        "The {0} '{1}' is used twice in collection '{2}': by this record ('{3}') and by '{4}' (first at {5}). {6} is declared [DossierUnique]: give each record its own value.");

    public static readonly DiagnosticDescriptor DanglingKeyReference = Error(
        "DOS215", SchemaCategory, "Reference to a missing key",
        "'{0}' refers to the {1} '{2}', but the collection '{3}' has no record with that {1}{4}. Fix the value, or add the record.");

    public static readonly DiagnosticDescriptor UnknownCollection = Error(
        "DOS302", NamingCategory, "Declared collection does not exist",
        "'{0}' declares the collection '{1}', which the data folder does not have{2}. Fix the name in [DossierCollection] or add the data.");

    public static readonly DiagnosticDescriptor InvalidDeclaration = Error(
        "DOS303", NamingCategory, "Declaration cannot be completed",
        "'{0}' cannot declare the collection '{1}': {2}");

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error(
        "DOS304", NamingCategory, "Declared property type not supported",
        "'{0}' is declared as {1}, which {2}. {3}");

    public static readonly DiagnosticDescriptor ReferenceKeyNotUnique = Error(
        "DOS305", NamingCategory, "Reference key is not a unique key",
        "'{0}' refers to the collection '{1}' by its key '{2}', but {3}. Mark a string property of the type declared for '{1}' [DossierUnique] and bind it to '{2}', or refer by id.");

    public static readonly DiagnosticDescriptor InvalidOption = Error(
        "DOS301", NamingCategory, "Invalid Dossier option",
        "The MSBuild property {0} is '{1}', which is not a valid C# {2}. Set it to a valid value.");

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
