package nl.ecza.registry.nomenclature.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.NomenclatureRelease.Change;
import nl.ecza.registry.nomenclature.store.NomenclatureQueries;
import nl.ecza.registry.nomenclature.store.NomenclatureWriter;

/**
 * Imports an Orphanet Nomenclature Pack: reads and checks every file first, then compares with the database
 * and writes only the differences, in one transaction. A broken pack fails before anything is written; a
 * failure while writing rolls everything back; the same pack twice writes nothing the second time.
 */
@ApplicationScoped
public class NomenclatureImporter {

    /** Fired after an import committed a new release. */
    public record ReleaseImported(long releaseId) {
    }

    private static final Logger LOG = Logger.getLogger(NomenclatureImporter.class);
    private static final int WRITE_TIMEOUT_SECONDS = 600;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    Event<ReleaseImported> imported;

    public ImportResult importPack(PackSource source) {
        Instant started = clock.instant();
        try {
            ImportResult result = read(source);
            recordAttempt(started, source.description(), result.outcome().name(), result.releaseId(), null);
            return result;
        } catch (RuntimeException e) {
            recordAttempt(started, source.description(), "FAILED", null, e.getMessage());
            throw e;
        }
    }

    /** The outcome of every attempt, in a transaction of its own: a failed import rolls back, its record must not. */
    private void recordAttempt(Instant started, String source, String outcome, Long releaseId, String message) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection(); var s = c.prepareStatement(
                        "insert into nomenclature_import_attempt (started_at, finished_at, source, outcome, "
                                + "release_id, message) values (?, ?, ?, ?, ?, ?)")) {
                    s.setObject(1, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                    s.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    s.setString(3, source);
                    s.setString(4, outcome);
                    s.setObject(5, releaseId);
                    s.setString(6, message);
                    s.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the import attempt (%s): %s", outcome, e.getMessage());
        }
    }

    private ImportResult read(PackSource source) {
        long start = System.nanoTime();
        Pack pack = PackReader.read(source);
        long readMillis = PackReader.millisSince(start);
        long writeStart = System.nanoTime();
        ImportResult result = QuarkusTransaction.requiringNew().timeout(WRITE_TIMEOUT_SECONDS)
                .call(() -> write(pack, readMillis, writeStart));
        LOG.info(result.describe());
        if (result.outcome() == ImportResult.Outcome.IMPORTED) {
            imported.fire(new ReleaseImported(result.releaseId()));
        }
        return result;
    }

    private ImportResult write(Pack pack, long readMillis, long writeStart) {
        try (Connection c = dataSource.getConnection()) {
            NomenclatureWriter.lockImports(c);
            Optional<NomenclatureQueries.ReleaseHead> latest = NomenclatureQueries.latestRelease(c);
            NomenclatureDiff diff = NomenclatureDiff.between(NomenclatureQueries.conditions(c),
                    NomenclatureQueries.classifications(c), NomenclatureQueries.edges(c), pack);
            if (!diff.missing().isEmpty()) {
                throw new PackImportException(pack.source(), 0,
                        ("the pack lacks %d ORPHAcodes the registry holds (first: %s); "
                                + "Orphanet never removes a code, so this is not a complete nomenclature")
                                .formatted(diff.missing().size(),
                                        diff.missing().subList(0, Math.min(5, diff.missing().size()))));
            }
            Map<String, Integer> counts = counts(pack);
            boolean sameRelease = latest.isPresent() && latest.get().dataVersion().equals(pack.dataVersion())
                    && latest.get().extractionDate().equals(pack.extractionDate());
            // The pack's ICD alignments, when it has them, replace those held if they differ.
            boolean icdChanged = pack.icdMappings() != null
                    && !new HashSet<>(pack.icdMappings()).equals(new HashSet<>(NomenclatureQueries.icdMappings(c)));
            if (diff.isEmpty() && sameRelease && !icdChanged) {
                return result(ImportResult.Outcome.UNCHANGED, latest.get().id(), pack, counts, diff, readMillis, 0);
            }
            LOG.infof("Writing release: %d new, %d changed entities; hierarchy %s", diff.added().size(),
                    diff.changed().size(),
                    diff.edgesChanged() || diff.classificationsChanged() ? "replaced" : "unchanged");
            List<ClosureRecord> closure = ClosureCalculator.closure(pack.conditions().keySet(), pack.edges());
            Map<Change, List<Integer>> changes = new EnumMap<>(Change.class);
            changes.put(Change.ADDED, diff.added().stream().map(ConditionRecord::orphaCode).toList());
            changes.put(Change.RENAMED, diff.renamed());
            changes.put(Change.NEWLY_INACTIVE, diff.newlyInactive());
            changes.put(Change.REACTIVATED, diff.reactivated());
            changes.put(Change.OTHERWISE_CHANGED, diff.otherwiseChanged());
            long releaseId = NomenclatureWriter.insertRelease(c, new NomenclatureWriter.ReleaseRow(pack.dataVersion(),
                    pack.extractionDate(), String.join(",", pack.languages()), pack.contentSha256(), pack.source(),
                    clock.instant(), pack.conditions().size(), pack.edges().size(), closure.size()), counts, changes);
            NomenclatureWriter.insertConditions(c, diff.added(), releaseId);
            NomenclatureWriter.updateConditions(c, diff.changed(), releaseId);
            List<ConditionRecord> synonymsToWrite = new ArrayList<>(diff.added());
            synonymsToWrite.addAll(diff.changed());
            NomenclatureWriter.replaceSynonyms(c, synonymsToWrite);
            if (diff.edgesChanged() || diff.classificationsChanged()) {
                NomenclatureWriter.replaceHierarchy(c, pack.classifications().values(), pack.edges(), closure);
            }
            if (icdChanged) {
                NomenclatureWriter.replaceIcdMappings(c, pack.icdMappings());
            }
            return result(ImportResult.Outcome.IMPORTED, releaseId, pack, counts, diff, readMillis,
                    PackReader.millisSince(writeStart));
        } catch (SQLException e) {
            // A constraint the checks above did not foresee; the transaction rolls back.
            throw new PackImportException(pack.source(), 0, "the database refused the pack: " + e.getMessage(), e);
        }
    }

    /** "LEVEL/STATUS" -> number of entities, for the release summary. */
    private static Map<String, Integer> counts(Pack pack) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ConditionRecord r : pack.conditions().values()) {
            counts.merge(r.level().name() + "/" + r.status().name(), 1, Integer::sum);
        }
        return counts;
    }

    private static ImportResult result(ImportResult.Outcome outcome, Long releaseId, Pack pack,
            Map<String, Integer> counts, NomenclatureDiff diff, long readMillis, long writeMillis) {
        return new ImportResult(outcome, releaseId, pack.dataVersion(), pack.extractionDate(), pack.source(),
                pack.conditions().size(), pack.edges().size(), counts,
                diff.added().stream().map(ConditionRecord::orphaCode).toList(), diff.renamed(), diff.newlyInactive(),
                diff.reactivated(), diff.otherwiseChanged().size(), readMillis, writeMillis);
    }
}
