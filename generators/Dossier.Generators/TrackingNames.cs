namespace Dossier.Generators;

/// <summary>Names of the pipeline's steps, so that tests can check what each run re-executed.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Declarations = nameof(Declarations);
    public const string Dataset = nameof(Dataset);
    public const string Schemas = nameof(Schemas);
    public const string BindingSchemas = nameof(BindingSchemas);
    public const string BindingInputs = nameof(BindingInputs);
    public const string BoundFiles = nameof(BoundFiles);
    public const string Records = nameof(Records);
    public const string RecordDiagnostics = nameof(RecordDiagnostics);
    public const string CollectionRecords = nameof(CollectionRecords);
    public const string Collections = nameof(Collections);
    public const string CollectionBlocks = nameof(CollectionBlocks);
    public const string DataBlocks = nameof(DataBlocks);
    public const string EntryClass = nameof(EntryClass);
    public const string DatasetDiagnostics = nameof(DatasetDiagnostics);
}
