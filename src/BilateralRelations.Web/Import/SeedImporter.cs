using System.Security.Cryptography;
using System.Text;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BilateralRelations.Web.Import;

/// <summary>What one import run did, for logs and tests.</summary>
public sealed record ImportReport(IReadOnlyList<string> Imported, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed, IReadOnlyList<string> Failed)
{
    public bool ChangedData => Imported.Count > 0 || Removed.Count > 0;
}

/// <summary>
/// Brings the database in line with the articles folder: each new or changed article (by SHA-256 of its bytes) is
/// imported in one transaction, replacing its previous data only if the whole import succeeds; unchanged articles
/// are skipped; a removed file removes its relation. One bad article never stops the others.
/// </summary>
public sealed class SeedImporter(
    RelationsDbContext db,
    RelationExtractor extractor,
    IOptions<SeedOptions> options,
    SeedDirectory seedDirectory,
    ILogger<SeedImporter> logger,
    TimeProvider clock,
    IOutputCacheStore? outputCache = null)
{
    /// <summary>
    /// The extractor that read the stored facts: its build's identity (deterministic, so it changes only with its
    /// code). It is part of every article's hash, so a new extractor reads every article again.
    /// </summary>
    private static readonly byte[] s_extractorVersion = typeof(RelationExtractor).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    private static string HashOf(byte[] article)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(article);
        hash.AppendData(s_extractorVersion);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public async Task<ImportReport> ImportAllAsync(CancellationToken ct = default)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var directory = seedDirectory.Path;
        var files = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            logger.LogWarning("No articles (*.txt) found in {Directory}.", directory);
        }
        var known = await db.Relations.AsNoTracking().Select(r => new { r.FileName, r.ContentHash }).ToDictionaryAsync(r => r.FileName, r => r.ContentHash, ct);
        var (imported, unchanged, failed) = (new List<string>(), new List<string>(), new List<string>());
        var changed = new List<(string Name, byte[]? Bytes, string? Hash)>();
        foreach (var file in files)
        {
            var name = System.IO.Path.GetFileName(file);
            try
            {
                var bytes = await ReadAsync(file, ct);
                var hash = bytes is null ? null : HashOf(bytes);
                if (hash is not null && known.TryGetValue(name, out var previous) && previous == hash)
                {
                    unchanged.Add(name);
                }
                else
                {
                    changed.Add((name, bytes, hash));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await FailAsync(name, ex, ct);
                failed.Add(name);
            }
        }

        // Reading an article is CPU work independent of the others: all cores read a batch, then one writer stores it
        // in order. Batches keep memory bounded when a thousand articles arrive at once.
        var read = changed.Chunk(4 * Environment.ProcessorCount)
            .SelectMany(batch => batch.AsParallel().AsOrdered().WithCancellation(ct).Select(c => (c.Name, c.Hash, Read: Extract(c.Name, c.Bytes))).ToList());
        foreach (var (name, hash, (facts, diagnostics)) in read)
        {
            try
            {
                if (await ImportFileAsync(name, hash, facts, diagnostics, ct))
                {
                    imported.Add(name);
                }
                else
                {
                    failed.Add(name);
                }
            }
            catch (Exception ex) when (ex is IOException or DbUpdateException or InvalidOperationException)
            {
                await FailAsync(name, ex, ct);
                failed.Add(name);
            }
        }
        var present = files.Select(f => System.IO.Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        var removed = known.Keys.Where(k => !present.Contains(k)).ToList();
        foreach (var name in removed)
        {
            await RemoveAsync(name, ct);
        }
        if (removed.Count > 0)
        {
            await RemoveOrphansAsync(ct);
        }
        var report = new ImportReport(imported, unchanged, removed, failed);
        if ((report.ChangedData || failed.Count > 0) && outputCache is not null)
        {
            // Cached pages show the old data (or old diagnostics): drop them all.
            await outputCache.EvictByTagAsync(OutputCacheTags.Data, ct);
        }
        logger.LogInformation("Articles imported: {Imported}; unchanged: {Unchanged}; removed: {Removed}; failed: {Failed}; in {Milliseconds} ms.",
            imported.Count, unchanged.Count, removed.Count, failed.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    private async Task<byte[]?> ReadAsync(string file, CancellationToken ct)
    {
        var length = new FileInfo(file).Length;
        return length > options.Value.MaxFileBytes ? null : await File.ReadAllBytesAsync(file, ct);
    }

    /// <summary>Reads one article's bytes into facts; never throws, whatever the file holds.</summary>
    private (ExtractedRelation? Facts, List<Diagnostic> Diagnostics) Extract(string name, byte[]? bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes is null)
        {
            diagnostics.Add(new Diagnostic(name, 0, DiagnosticSeverity.Error,
                $"The file is larger than {options.Value.MaxFileBytes:N0} bytes, too large for an article; it was skipped.", null));
            return (null, diagnostics);
        }
        try
        {
            var text = Decode(name, bytes, diagnostics);
            return (text is null ? null : extractor.Extract(name, text, diagnostics), diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a reader must cost one article, not the import: report it like any bad input.
            diagnostics.Add(new Diagnostic(name, 0, DiagnosticSeverity.Error, $"The article could not be read ({ex.GetType().Name}: {ex.Message}); it was skipped.", null));
            return (null, diagnostics);
        }
    }

    private async Task FailAsync(string name, Exception ex, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        logger.LogError(ex, "Importing {File} failed; its previous data, if any, is still served.", name);
        await ReplaceDiagnosticsAsync(name, [new Diagnostic(name, 0, DiagnosticSeverity.Error, $"The import failed: {ex.Message}", null)], ct);
    }

    private async Task<bool> ImportFileAsync(string name, string? hash, ExtractedRelation? facts, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        foreach (var d in diagnostics)
        {
            logger.Log(d.Severity == DiagnosticSeverity.Info ? LogLevel.Debug : LogLevel.Warning, "{Diagnostic}", d.ToString());
        }
        if (facts is null)
        {
            // Not an article: whatever was imported from this file before stays, and the reason is recorded.
            await ReplaceDiagnosticsAsync(name, diagnostics, ct);
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var replaced = await db.Relations.Where(r => r.FileName == name).ExecuteDeleteAsync(ct) > 0;
        var slug = await FreeRelationSlugAsync(name, ct);
        await new RelationWriter(db).WriteAsync(facts, slug, hash!, ct);
        await db.SaveChangesAsync(ct);
        await WriteDiagnosticsAsync(name, diagnostics, ct);
        if (replaced)
        {
            await RemoveOrphansAsync(ct); // people only the replaced version named
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
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

    private async Task<string> FreeRelationSlugAsync(string fileName, CancellationToken ct)
    {
        var baseSlug = Slug.From(System.IO.Path.GetFileNameWithoutExtension(fileName));
        var slug = baseSlug;
        for (var n = 2; await db.Relations.AnyAsync(r => r.Slug == slug, ct); n++)
        {
            slug = $"{baseSlug}-{n}";
        }
        return slug;
    }

    private async Task RemoveAsync(string name, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Relations.Where(r => r.FileName == name).ExecuteDeleteAsync(ct);
        await db.ImportDiagnostics.Where(d => d.FileName == name).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Removed {File}: the file is no longer in the articles folder.", name);
    }

    private async Task ReplaceDiagnosticsAsync(string name, IReadOnlyList<Diagnostic> diagnostics, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await WriteDiagnosticsAsync(name, diagnostics, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task WriteDiagnosticsAsync(string name, IReadOnlyList<Diagnostic> diagnostics, CancellationToken ct)
    {
        await db.ImportDiagnostics.Where(d => d.FileName == name).ExecuteDeleteAsync(ct);
        var now = clock.GetUtcNow();
        db.ImportDiagnostics.AddRange(diagnostics.Select(d => new ImportDiagnostic
        {
            FileName = name,
            Line = d.Line,
            Severity = d.Severity,
            Message = d.Message,
            LineText = d.LineText,
            RecordedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>People and countries no relation refers to any more.</summary>
    private async Task RemoveOrphansAsync(CancellationToken ct)
    {
        await db.People.Where(p => !p.Visits.Any() && !db.Ambassadors.Any(a => a.PersonId == p.Id)).ExecuteDeleteAsync(ct);
    }
}

/// <summary>The resolved articles folder.</summary>
public sealed class SeedDirectory(string path)
{
    public string Path { get; } = path;
}
