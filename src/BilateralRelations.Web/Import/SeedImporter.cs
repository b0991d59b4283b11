using System.Security.Cryptography;
using System.Text;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BilateralRelations.Web.Import;

/// <summary>What one import run did, for logs and tests.</summary>
public sealed record ImportReport(IReadOnlyList<string> Imported, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed, IReadOnlyList<string> Failed)
{
    public bool ChangedData => Imported.Count > 0 || Removed.Count > 0;
}

/// <summary>
/// Brings the database in line with the articles folder. Every file in a form <see cref="ArticleReader"/> knows is
/// read into its articles (one, or one per page of an export); each new or changed article (by SHA-256 of what was
/// read, and of the extractor) is imported in one transaction, replacing its previous data only if the whole import
/// succeeds; unchanged articles are skipped; an article whose file is gone, or no longer holds it, is removed. A file
/// that cannot be read keeps what was imported from it before. One bad article never stops the others.
/// </summary>
public sealed class SeedImporter(
    RelationsDbContext db,
    RelationExtractor extractor,
    IOptions<SeedOptions> options,
    SeedDirectory seedDirectory,
    ILogger<SeedImporter> logger,
    TimeProvider clock,
    SiteStatus status,
    DataVersion? dataVersion = null,
    PageCache? pages = null)
{
    /// <summary>
    /// The readers' and extractor's build identity (deterministic, so it changes only with their code). It is part
    /// of every article's hash, so a new extractor reads every article again.
    /// </summary>
    private static readonly byte[] s_extractorVersion = typeof(RelationExtractor).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>A file read: its articles, and what was reported about the file as a whole.</summary>
    private sealed record FileRead(string File, IReadOnlyList<ArticleRead> Articles, List<Diagnostic> FileDiagnostics)
    {
        /// <summary>A file that could not be read (too large, not text, broken markup) keeps what was imported from it before.</summary>
        public bool Unreadable => FileDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>One article of a file, what the reader said of it, and its hash.</summary>
    private sealed record ArticleRead(ArticleSource Source, List<Diagnostic> Diagnostics, string Hash)
    {
        public string Name => Source.Name;
    }

    private static string HashOf(ArticleSource source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(s_extractorVersion);
        hash.AppendData(Encoding.UTF8.GetBytes(source.Name));
        foreach (var line in source.Lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{line.Number}\t{line.Text}"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public async Task<ImportReport> ImportAllAsync(CancellationToken ct = default)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var directory = seedDirectory.Path;
        List<string> files;
        try
        {
            files = System.IO.Directory.GetFiles(directory).Where(ArticleReader.IsArticleFile).OrderBy(f => f, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unmounted volume or a wrong setting is not "every article was deleted": what was imported stays.
            status.ArticlesProblem = ex is DirectoryNotFoundException
                ? "The articles folder (Seeds:Directory) does not exist; the articles imported before are served as they are."
                : "The articles folder (Seeds:Directory) cannot be read; the articles imported before are served as they are.";
            logger.LogError(ex, "The articles folder {Directory} cannot be read; nothing was imported or removed.", directory);
            return new ImportReport([], [], [], []);
        }
        status.ArticlesProblem = null;
        if (files.Count == 0)
        {
            logger.LogWarning("No articles ({Extensions}) found in {Directory}.", string.Join(", ", ArticleReader.Extensions), directory);
        }
        // 1. Every file read into its articles (on the thread pool), while this thread asks the database what it holds.
        var reading = Task.Run(() => ReadAllAsync(files, directory, ct), ct);
        await db.Database.OpenConnectionAsync(ct); // for the whole import: every query is plain SQL on it (ImportSql)
        try
        {
            return await ImportAsync(reading, stopwatch, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The import itself, once the files are listed and being read, on the open connection.</summary>
    private async Task<ImportReport> ImportAsync(Task<List<FileRead>> reading, System.Diagnostics.Stopwatch stopwatch, CancellationToken ct)
    {
        var known = await ImportSql.RelationsAsync(db, ct);
        var knownHashes = known.ToDictionary(r => r.FileName, r => r.ContentHash);
        var reads = await reading;
        bool IsUnchanged(ArticleRead a) => knownHashes.TryGetValue(a.Name, out var previous) && previous == a.Hash;
        var (imported, unchanged, failed) = (new List<string>(), new List<string>(), new List<string>());
        var kept = new HashSet<string>(StringComparer.Ordinal);
        kept.UnionWith(reads.Where(r => r.Unreadable).Select(r => r.File));
        var present = reads.Select(r => r.File).Concat(reads.SelectMany(r => r.Articles).Select(a => a.Name)).ToHashSet(StringComparer.Ordinal);

        var removed = new List<string>();
        try
        {
            // 2. What is gone goes first, so that a renamed file (or page) takes back its address.
            removed.AddRange(known.Where(k => !present.Contains(k.FileName) && !kept.Contains(k.SourceFile)).Select(k => k.FileName));
            foreach (var name in removed)
            {
                await RemoveAsync(name, ct);
            }
            if (removed.Count > 0)
            {
                await ImportSql.DeleteOrphanedPeopleAsync(db, ct);
            }

            // 3. What a file says of itself as a whole (pages skipped, broken markup, or why it gave no article).
            foreach (var read in reads.Where(r => r.Articles.All(a => a.Name != r.File)))
            {
                if (read.FileDiagnostics.Count > 0 || read.Articles.Count == 0 || await ImportSql.HasDiagnosticsAsync(db, read.File, ct))
                {
                    await ReplaceDiagnosticsAsync(read.File, read.FileDiagnostics.Select(d => read.Articles.Count == 0 ? d with { LineText = null } : d).ToList(), ct);
                }
            }
            failed.AddRange(reads.Where(r => r.Articles.Count == 0).Select(r => r.File));

            // 4. Changed articles read into facts on all cores, a batch at a time, and stored one by one in order. The
            // next batch is extracted while this one is stored: storing uses one core, extracting all of them.
            var articles = reads.SelectMany(r => r.Articles.Select(a => (r.File, Article: a))).ToList();
            unchanged.AddRange(articles.Where(a => IsUnchanged(a.Article)).Select(a => a.Article.Name));
            var batches = articles.Where(a => !IsUnchanged(a.Article)).Chunk(4 * Environment.ProcessorCount).ToList();
            var stored = new StoredPeople(); // read once for the run, not once per article
            using var extracting = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var next = batches.Count > 0 ? ExtractAsync(batches[0], extracting.Token) : null;
            try
            {
                if (next is not null)
                {
                    await stored.LoadAsync(db, ct); // while the first batch is extracted
                }
                for (var i = 0; next is not null; i++)
                {
                    var extracted = await next;
                    next = i + 1 < batches.Count ? ExtractAsync(batches[i + 1], extracting.Token) : null;
                    foreach (var (file, article, facts) in extracted)
                    {
                        (await ImportArticleAsync(file, article, facts, stored, ct) ? imported : failed).Add(article.Name);
                    }
                }
            }
            finally
            {
                // Storing failed (a full disk, a cancelled start): the batch extracted ahead is stopped and waited
                // for, not left running after the import returns. Its own outcome no longer matters.
                if (next is not null)
                {
                    await extracting.CancelAsync();
                    await next.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default); // observed, not rethrown
                }
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await SearchIndexWriter.WritePeopleAsync(db, ct); // the rows of the people the articles above named or no longer name
                await transaction.CommitAsync(ct);
            }
            var keptNames = known.Where(k => kept.Contains(k.SourceFile)).Select(k => k.FileName);
            await RemoveStaleDiagnosticsAsync(present.Concat(kept).Concat(keptNames).ToHashSet(StringComparer.Ordinal), ct);
            await WriteDatasetVersionAsync(ct);
            status.DatabaseProblem = null; // everything was written (at least the diagnostics' clean-up)
        }
        catch (Exception ex) when (SqliteFailure.IsWriteFailure(ex))
        {
            // A full disk or a read-only file stops the import, not the site: what is stored is served as it is.
            status.DatabaseProblem = $"The database cannot be written ({SqliteFailure.Reason(ex)}); it is served read-only as it is, and the last import stopped.";
            logger.LogError(ex, "The import stopped: the database cannot be written ({Reason}).", SqliteFailure.Reason(ex));
        }
        var report = new ImportReport(imported, unchanged, removed, failed);
        if (report.ChangedData || failed.Count > 0)
        {
            // Cached pages show the old data (or old diagnostics): drop them all, and tell caches the version moved on.
            dataVersion?.Invalidate();
            pages?.Clear();
        }
        logger.LogInformation("Articles imported: {Imported}; unchanged: {Unchanged}; removed: {Removed}; failed: {Failed}; in {Milliseconds} ms.",
            imported.Count, unchanged.Count, removed.Count, failed.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    /// <summary>Every file read into its articles: CPU work independent of the others, so on all cores, a batch at a time.</summary>
    private async Task<List<FileRead>> ReadAllAsync(List<string> files, string directory, CancellationToken ct)
    {
            var reads = new List<FileRead>();
            foreach (var batch in files.Chunk(4 * Environment.ProcessorCount))
            {
                var contents = new List<(string Name, byte[]? Bytes)>();
                foreach (var file in batch)
                {
                    var name = System.IO.Path.GetFileName(file);
                    try
                    {
                        if (Refusal(SeedFile.KindOf(file, directory)) is { } refusal)
                        {
                            reads.Add(new FileRead(name, [], [new Diagnostic(name, 0, DiagnosticSeverity.Error, refusal, null)]));
                            continue;
                        }
                        contents.Add((name, await ReadAsync(file, ct)));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        // Its previous data stays (an error of the file keeps it); the log has the server's own words.
                        logger.LogError(ex, "Reading {File} failed; its previous data, if any, is still served.", name);
                        reads.Add(new FileRead(name, [], [new Diagnostic(name, 0, DiagnosticSeverity.Error, $"The file could not be read ({ex.GetType().Name}); the server's log has the details.", null)]));
                    }
                }
                reads.AddRange(contents.AsParallel().AsOrdered().WithCancellation(ct).Select(c => ReadFile(c.Name, c.Bytes)));
            }
        return reads;
    }

    /// <summary>The file's bytes, or null when there are more than the limit (counted on what is read: a file may grow).</summary>
    private async Task<byte[]?> ReadAsync(string file, CancellationToken ct)
    {
        var limit = options.Value.MaxFileBytes;
        var bytes = new FileInfo(file).Length > limit ? null : await SeedFile.ReadAtMostAsync(file, limit, ct);
        return bytes is null || bytes.Length > limit ? null : bytes;
    }

    /// <summary>Why a name in the folder is not read, or null for a regular file (see <see cref="SeedFile"/>).</summary>
    private static string? Refusal(SeedFile.Kind kind) => kind switch
    {
        SeedFile.Kind.NotAFile => "This is not a regular file (a FIFO, device, socket or folder); it was not read.",
        SeedFile.Kind.LinkOutside => "This is a link to a file outside the articles folder; it was not read.",
        SeedFile.Kind.DanglingLink => "This is a link to a file that does not exist; it was not read.",
        _ => null,
    };

    /// <summary>Reads one file into its articles; never throws, whatever the file holds.</summary>
    private FileRead ReadFile(string file, byte[]? bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes is null)
        {
            diagnostics.Add(new Diagnostic(file, 0, DiagnosticSeverity.Error,
                $"The file is larger than {options.Value.MaxFileBytes:N0} bytes, too large for an article; it was skipped.", null));
            return new FileRead(file, [], diagnostics);
        }
        IReadOnlyList<ArticleSource> sources;
        try
        {
            var text = Decode(file, bytes, diagnostics);
            sources = text is null ? [] : new ArticleReader().Read(file, text, diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a reader must cost one file, not the import: report it like any bad input.
            diagnostics.Add(new Diagnostic(file, 0, DiagnosticSeverity.Error, $"The file could not be read ({ex.GetType().Name}: {ex.Message}); it was skipped.", null));
            return new FileRead(file, [], diagnostics);
        }
        // What the reader said of an article goes with it; the rest is said of the file.
        var byArticle = diagnostics.ToLookup(d => d.FileName);
        var articles = sources.Select(source =>
        {
            return new ArticleRead(source, byArticle[source.Name].ToList(), HashOf(source));
        }).ToList();
        var names = sources.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return new FileRead(file, articles, diagnostics.Where(d => !names.Contains(d.FileName)).ToList());
    }

    private Task<List<(string File, ArticleRead Article, ExtractedRelation? Facts)>> ExtractAsync((string File, ArticleRead Article)[] batch, CancellationToken ct) =>
        Task.Run(() => batch.AsParallel().AsOrdered().WithCancellation(ct).Select(a => (a.File, a.Article, Facts: Extract(a.Article))).ToList(), ct);

    private ExtractedRelation? Extract(ArticleRead article)
    {
        try
        {
            return extractor.Extract(article.Source, article.Diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            article.Diagnostics.Add(new Diagnostic(article.Name, 0, DiagnosticSeverity.Error, $"The article could not be read ({ex.GetType().Name}: {ex.Message}); it was skipped.", null));
            return null;
        }
    }

    private async Task<bool> ImportArticleAsync(string file, ArticleRead article, ExtractedRelation? facts, StoredPeople stored, CancellationToken ct)
    {
        try
        {
            return await ImportFileAsync(article, facts, file, stored, ct);
        }
        catch (Exception ex) when (ex is IOException or DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException && !SqliteFailure.IsWriteFailure(ex))
        {
            stored.Reset(); // what was held of the people may have changed in the transaction that was rolled back
            await FailAsync(article.Name, ex, ct);
            return false;
        }
    }

    private async Task FailAsync(string name, Exception ex, CancellationToken ct)
    {
        logger.LogError(ex, "Importing {File} failed; its previous data, if any, is still served.", name);
        // The exception's own message may name the server's paths: the log has it, the page says what happened.
        await ReplaceDiagnosticsAsync(name, [new Diagnostic(name, 0, DiagnosticSeverity.Error, $"The import failed ({ex.GetType().Name}); the server's log has the details.", null)], ct);
    }

    private async Task<bool> ImportFileAsync(ArticleRead article, ExtractedRelation? facts, string file, StoredPeople stored, CancellationToken ct)
    {
        var (name, diagnostics) = (article.Name, Limit(article.Name, article.Diagnostics));
        foreach (var d in diagnostics)
        {
            logger.Log(d.Severity == DiagnosticSeverity.Info ? LogLevel.Debug : LogLevel.Warning, "{Diagnostic}", d.ToString());
        }
        if (facts is null)
        {
            // Not an article: whatever was imported from this file before stays, and the reason is recorded, without
            // quoting the file (it may be anything: a link once pointed to /etc/passwd).
            await ReplaceDiagnosticsAsync(name, diagnostics.Select(d => d with { LineText = null }).ToList(), ct);
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var replaced = await ImportSql.DeleteRelationAsync(db, name, ct);
        var slug = await FreeRelationSlugAsync(article.Source.SlugHint, ct);
        var writer = new RelationWriter(db, stored);
        var relation = await writer.WriteAsync(facts, slug, article.Hash, file, ct);
        using (var inserter = new RelationInserter(db))
        {
            await writer.SaveCountriesAndPeopleAsync(inserter, ct); // the countries and people it refers to, new or updated
            inserter.Insert(relation);
        }
        await SearchIndexWriter.WriteAsync(db, relation, ct); // the replaced version's rows went with it
        await ImportSql.DeletePeopleSearchRowsAsync(db, name, ct); // written again at the end of the import, with this article's part
        await WriteDiagnosticsAsync(name, diagnostics, ct);
        var orphans = replaced ? await ImportSql.DeleteOrphanedPeopleAsync(db, ct) : 0; // people only the replaced version named
        await transaction.CommitAsync(ct);
        writer.Committed();
        if (orphans > 0)
        {
            stored.Reset();
        }
        logger.LogInformation("Imported {File}: {Visits} visits, {People} people, {Diagnostics} diagnostics.", name, facts.Visits.Count, facts.People.Count, diagnostics.Count);
        return true;
    }

    /// <summary>UTF-8 text, or null with a diagnostic for a binary file.</summary>
    private static string? Decode(string name, byte[] bytes, List<Diagnostic> diagnostics)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw new DecoderFallbackException("NUL byte");
            }
            return text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(name, 0, DiagnosticSeverity.Error, "The file is not UTF-8 text; it was skipped.", null));
            return null;
        }
    }

    private async Task<string> FreeRelationSlugAsync(string slugHint, CancellationToken ct)
    {
        var baseSlug = Slug.From(slugHint);
        var slug = baseSlug;
        for (var n = 2; await ImportSql.RelationSlugTakenAsync(db, slug, ct); n++)
        {
            slug = $"{baseSlug}-{n}";
        }
        return slug;
    }

    private async Task RemoveAsync(string name, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ImportSql.DeleteRelationAsync(db, name, ct);
        await ImportSql.DeleteDiagnosticsAsync(db, name, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Removed {File}: the file is no longer in the articles folder.", name);
    }

    private async Task ReplaceDiagnosticsAsync(string name, IReadOnlyList<Diagnostic> diagnostics, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await WriteDiagnosticsAsync(name, Limit(name, diagnostics), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The diagnostics kept of one article or file: an article repeating a fault sixty thousand times would bury the
    /// diagnostics page (and the log), so the most severe <see cref="MaxDiagnostics"/> are kept and one more line says
    /// how many were left out.
    /// </summary>
    public const int MaxDiagnostics = 100;

    private static IReadOnlyList<Diagnostic> Limit(string name, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count <= MaxDiagnostics)
        {
            return diagnostics;
        }
        var kept = diagnostics.OrderByDescending(d => d.Severity).ThenBy(d => d.Line).Take(MaxDiagnostics).OrderBy(d => d.Line).ToList();
        kept.Add(new Diagnostic(name, 0, DiagnosticSeverity.Warning,
            $"… and {diagnostics.Count - kept.Count:N0} more diagnostics, left out: the {kept.Count:N0} most severe are listed.", null));
        return kept;
    }

    private async Task WriteDiagnosticsAsync(string name, IReadOnlyList<Diagnostic> diagnostics, CancellationToken ct)
    {
        await ImportSql.DeleteDiagnosticsAsync(db, name, ct);
        var now = clock.GetUtcNow();
        using var inserter = new RelationInserter(db);
        inserter.Insert(diagnostics.Select(d => new ImportDiagnostic
        {
            FileName = name,
            Line = d.Line,
            Severity = d.Severity,
            Message = d.Message,
            LineText = d.LineText,
            RecordedAt = now,
        }));
    }

    /// <summary>Records the version of what is now stored (and when it was built) when it changed.</summary>
    private async Task WriteDatasetVersionAsync(CancellationToken ct)
    {
        var version = await DataVersion.ComputeAsync(db, ct);
        if (await ImportSql.DatasetPropertyAsync(db, DatasetProperty.DataVersion, ct) == version)
        {
            return;
        }
        // In one transaction: a reader never sees the version missing between the delete and the insert.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ImportSql.ReplaceDatasetAsync(db, [
            (DatasetProperty.DataVersion, version),
            (DatasetProperty.Licence, DatasetProperty.LicenceText),
            (DatasetProperty.BuiltAt, clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))], ct);
        await transaction.CommitAsync(ct);
        dataVersion?.Invalidate();
    }

    /// <summary>Diagnostics of articles and files that are no longer in the folder.</summary>
    private async Task RemoveStaleDiagnosticsAsync(HashSet<string> current, CancellationToken ct)
    {
        var stale = (await ImportSql.DiagnosedFileNamesAsync(db, ct)).Where(n => !current.Contains(n)).ToList();
        if (stale.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct); // one commit for them all
            foreach (var name in stale)
            {
                await ImportSql.DeleteDiagnosticsAsync(db, name, ct);
            }
            await transaction.CommitAsync(ct);
        }
    }
}

/// <summary>The resolved articles folder.</summary>
public sealed class SeedDirectory(string path)
{
    public string Path { get; } = path;
}
