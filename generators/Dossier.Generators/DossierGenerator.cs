using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators.Declarations;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Emission;
using Dossier.Generators.Helpers;
using Dossier.Generators.Inference;
using Dossier.Generators.Model;
using Dossier.Generators.Options;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators;

/// <summary>
/// Turns the JSON, markdown and CSV files of a project's data folder into typed, immutable records
/// with the data compiled in. This file holds the pipeline only; each step is a named method
/// in the stage folders (Parsing, Inference, Emission).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DossierGenerator : IIncrementalGenerator
{
    private readonly Tooling.DatasetObserver? _observer;

    /// <summary>The generator as the compiler loads it.</summary>
    public DossierGenerator()
    {
    }

    /// <summary>
    /// The generator for a host that shows the inferred dataset (the <c>dossier</c> tool): each run
    /// also hands the dataset and the parsed files to <paramref name="observer"/>. A compiler never
    /// gets this output, and a host needs no step tracking, which is far slower, to read them.
    /// </summary>
    internal DossierGenerator(Tooling.DatasetObserver observer) => _observer = observer;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Options: a few build properties, read into a small equatable record.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(OptionsReader.Read)
            .WithTrackingName(TrackingNames.Options);
        var dossierOptions = options.Select(static (o, _) => o.Options);

        // 2. Each data file on its own step, so an edit re-reads that file only: parsed, and its
        // shape (ids, keys, kinds of value) read for the schema.
        // (No Where step for the extension: each step per file costs the driver bookkeeping for
        // every file on every edit, so ParseFile skips files that cannot be data itself.)
        var files = context.AdditionalTextsProvider
            .Combine(dossierOptions)
            .Select(ParseFile)
            .WithTrackingName(TrackingNames.ParsedFiles);

        // 3. Record types declared in C# with [DossierCollection]: only files using the attribute are read.
        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(DeclarationReader.CollectionAttribute, DeclarationReader.IsTypeDeclaration, DeclarationReader.Read)
            .Where(static d => d is not null)
            .Select(static (d, _) => d!)
            .WithTrackingName(TrackingNames.Declarations)
            .Collect();

        // 4. The schema: the files' shapes merged per collection, names checked across collections.
        // Merging costs time per key, not per value, and an edit that keeps the schema leaves it equal.
        var collectedFiles = files.Collect();
        var dataset = collectedFiles
            .Combine(declarations)
            .Combine(dossierOptions)
            .Select(static (input, ct) => InternalErrors.Guard(
                (Files: input.Left.Left, Declarations: input.Left.Right, Options: input.Right, CancellationToken: ct),
                static i => DatasetInference.Infer(i.Files, i.Declarations, i.Options, i.CancellationToken),
                static (i, failure) => DatasetResult.Failed(i.Options, failure),
                null,
                "the data folder"))
            .WithTrackingName(TrackingNames.Dataset);
        var schemas = dataset
            .Select(static (d, _) => d.Collections)
            .WithTrackingName(TrackingNames.Schemas);

        // 5. Each file's records bound to its own collection's binding schema as lines of data.
        // The binding schemas hold nothing that adding a record, changing the example record or
        // editing another collection changes, so those edits re-bind the edited file only. When one
        // collection's schema changes, every file is paired again with its own schema (a lookup),
        // and the pairs of the other collections' files compare equal: their binding stays cached.
        var bindingSchemas = dataset
            .Select(static (d, _) => d.Bindings)
            .WithTrackingName(TrackingNames.BindingSchemas);
        var bound = files
            .Combine(bindingSchemas)
            .Select(static (input, _) => new BindingInput(input.Left.File, input.Left.File is { } file ? Find(input.Right, file.File.Collection) : null))
            .WithTrackingName(TrackingNames.BindingInputs)
            .Select(static (input, ct) => BindFile(input.File, input.Schema, ct))
            .WithTrackingName(TrackingNames.BoundFiles);

        // 6. Records per collection, with the checks that need all of them (references, declared types).
        var records = bound
            .Collect()
            .Combine(dataset)
            .Select(static (input, ct) => InternalErrors.Guard(
                (Files: input.Left, Dataset: input.Right, CancellationToken: ct),
                static i => CollectionAssembler.Assemble(i.Files, i.Dataset, i.CancellationToken),
                static (_, failure) => AssembledRecords.Failed(failure),
                null,
                "the data folder"))
            .WithTrackingName(TrackingNames.Records);

        // 7. Source output per collection, kept apart from diagnostics: a change that only moves
        // an error does not regenerate code, and an edit to one collection re-emits that one.
        var collectionRecords = schemas
            .Combine(records.Select(static (r, _) => r.Collections))
            .WithTrackingName(TrackingNames.CollectionRecords);
        var collections = collectionRecords
            .SelectMany(static (input, _) => CollectionOutputs(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Collections);
        context.RegisterSourceOutput(collections, static (spc, collection) =>
            spc.AddSource(CollectionEmitter.HintName(collection.Spec), CollectionEmitter.Emit(collection)));

        // A collection of several blocks of data has its blocks in source files of their own, each
        // block in a slot chosen by its content: an edit re-emits the slots whose blocks it changed.
        // Two steps, so that each collection's slots are compared among themselves only.
        var blockSets = collectionRecords
            .SelectMany(static (input, _) => SplitBlocks(input.Left, input.Right))
            .WithTrackingName(TrackingNames.CollectionBlocks);
        var slots = blockSets
            .SelectMany(static (set, _) => DataEmitter.Slots(set))
            .WithTrackingName(TrackingNames.DataBlocks);
        context.RegisterSourceOutput(slots, static (spc, slot) =>
        {
            if (slot.Blocks.Count > 0)
            {
                spc.AddSource(DataEmitter.SlotHintName(slot), DataEmitter.EmitSlot(slot));
            }
        });

        var entryClass = dataset
            .Select(static (d, _) => d.EntryClass)
            .WithTrackingName(TrackingNames.EntryClass);
        context.RegisterSourceOutput(entryClass, static (spc, entry) =>
        {
            // A project without data (one that gets Dossier only through a reference, say) gets no entry class.
            if (entry.Collections.Count > 0)
            {
                spc.AddSource(EntryClassEmitter.HintName(entry), EntryClassEmitter.Emit(entry));
            }
        });

        if (_observer is { } observer)
        {
            context.RegisterSourceOutput(dataset.Combine(collectedFiles), (_, input) => observer.Observe(input.Left, input.Right));
        }

        context.RegisterSourceOutput(
            dataset.Select(static (d, _) => d.Diagnostics).WithTrackingName(TrackingNames.DatasetDiagnostics),
            ReportDiagnostics);
        context.RegisterSourceOutput(
            records.Select(static (r, _) => r.Diagnostics).WithTrackingName(TrackingNames.RecordDiagnostics),
            ReportDiagnostics);
        context.RegisterSourceOutput(
            options.Select(static (o, _) => o.Diagnostics),
            ReportDiagnostics);
    }

    private static FileParseResult ParseFile((AdditionalText Text, DossierOptions Options) input, CancellationToken cancellationToken)
    {
        if (!DataFileClassifier.IsCandidate(input.Text.Path))
        {
            return FileParseResult.NotData;
        }

        var file = DataFileClassifier.Classify(input.Text.Path, input.Options, out var warning);
        if (file is null)
        {
            return new FileParseResult(input.Text.Path, null, null, warning is null ? EquatableArray<DiagnosticInfo>.Empty : new EquatableArray<DiagnosticInfo>(new[] { warning }));
        }

        var text = input.Text.GetText(cancellationToken);
        if (text is null)
        {
            var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.FileNotOpened, LocationInfo.FileStart(input.Text.Path), file.DisplayPath);
            return WithShape(ParsedDataFile.Failed(file, unreadable), cancellationToken);
        }

        return InternalErrors.Guard(
            (File: file, Text: text, CancellationToken: cancellationToken),
            static input => WithShape(DataFileParser.Parse(input.File, input.Text, input.CancellationToken), input.CancellationToken),
            static (input, failure) => WithShape(ParsedDataFile.Failed(input.File, failure), input.CancellationToken),
            LocationInfo.FileStart(input.Text.Path),
            file.DisplayPath);
    }

    /// <summary>
    /// The file's shape is read in the same step as the file: each step per file costs the driver
    /// bookkeeping for every file whenever one changes, so per-file work is kept to few steps.
    /// </summary>
    private static FileParseResult WithShape(ParsedDataFile parsed, CancellationToken cancellationToken)
    {
        var shape = ShapeReader.Read(parsed, cancellationToken);
        var diagnostics = shape.Diagnostics.Count == 0 ? parsed.Diagnostics : parsed.Diagnostics.Concat(shape.Diagnostics).ToEquatableArray();
        return new FileParseResult(parsed.File.FilePath, parsed, shape, diagnostics);
    }

    private static BoundFile? BindFile(ParsedDataFile? file, BindingSchema? schema, CancellationToken cancellationToken) =>
        file is null
            ? null
            : InternalErrors.Guard(
                (File: file, Schema: schema, CancellationToken: cancellationToken),
                static input => RecordBinder.Bind(input.File, input.Schema, input.CancellationToken),
                static (input, failure) => BoundFile.Failed(input.File.File, failure),
                LocationInfo.FileStart(file.File.FilePath),
                file.File.DisplayPath);

    private static BindingSchema? Find(EquatableArray<BindingSchema> collections, string name)
    {
        foreach (var collection in collections)
        {
            if (collection.Collection == name)
            {
                return collection;
            }
        }

        return null;
    }

    /// <summary>Each collection's schema with where its records are (none when they could not be assembled).</summary>
    internal static ImmutableArray<CollectionOutput> CollectionOutputs(EquatableArray<CollectionSpec> collections, EquatableArray<CollectionRecords> records)
    {
        var outputs = ImmutableArray.CreateBuilder<CollectionOutput>(collections.Count);
        foreach (var collection in collections)
        {
            var found = RecordsOf(collection, records);
            var blocks = found.Blocks.Count == 0 ? EquatableArray<DataBlockRef>.Empty : DataEmitter.Place(found.Blocks);
            outputs.Add(new CollectionOutput(collection, blocks, found.Blocks.Count == 1 ? found.Blocks[0] : null));
        }

        return outputs.MoveToImmutable();
    }

    /// <summary>The blocks of data of collections that have more than one, which go into source files of their own.</summary>
    internal static ImmutableArray<DataBlockSet> SplitBlocks(EquatableArray<CollectionSpec> collections, EquatableArray<CollectionRecords> records)
    {
        var outputs = ImmutableArray.CreateBuilder<DataBlockSet>();
        foreach (var collection in collections)
        {
            var found = RecordsOf(collection, records);
            if (found.Blocks.Count > 1)
            {
                outputs.Add(new DataBlockSet(collection.Namespace, collection.ClassName, collection.PropertyName, DataEmitter.RootLayout(collection), found.Blocks));
            }
        }

        return outputs.ToImmutable();
    }

    private static CollectionRecords RecordsOf(CollectionSpec collection, EquatableArray<CollectionRecords> records)
    {
        foreach (var candidate in records)
        {
            if (candidate.Collection == collection.Name)
            {
                return candidate;
            }
        }

        return CollectionRecords.None(collection.Name);
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
