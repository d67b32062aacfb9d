package nl.ecza.registry.nomenclature.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import nl.ecza.registry.common.database.DatabaseOutages;
import nl.ecza.registry.nomenclature.importer.NomenclatureImporter;
import nl.ecza.registry.nomenclature.model.NomenclatureUnavailableException;
import nl.ecza.registry.nomenclature.search.ConditionSearchIndex;
import nl.ecza.registry.nomenclature.search.IcdLookup;
import nl.ecza.registry.nomenclature.store.NomenclatureQueries;
import nl.ecza.registry.nomenclature.store.SearchIndexStore;

/**
 * Holds the current {@link NomenclatureSnapshot}. It is rebuilt when this replica imports a release and,
 * for the other replicas, when a poll sees a newer release id. Readers never wait for a rebuild, and keep
 * being served from the previous snapshot if the database becomes unreachable.
 */
@ApplicationScoped
public class NomenclatureReadModel {

    /** Fired after a new snapshot replaced the previous one (not for the first). */
    public record SnapshotReplaced(long releaseId) {
    }

    private static final Logger LOG = Logger.getLogger(NomenclatureReadModel.class);

    private final AtomicReference<NomenclatureSnapshot> current = new AtomicReference<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<SnapshotReplaced> replaced;

    /** The current snapshot; a 503 problem while none has been loaded yet. */
    public NomenclatureSnapshot current() {
        NomenclatureSnapshot snapshot = current.get();
        if (snapshot == null) {
            throw new NomenclatureUnavailableException();
        }
        return snapshot;
    }

    public Optional<NomenclatureSnapshot> loaded() {
        return Optional.ofNullable(current.get());
    }

    /** Loads the newest release if it differs from the one held; one rebuild at a time. */
    public synchronized void refresh() {
        long start = System.nanoTime();
        NomenclatureSnapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    // One consistent view of all tables, even if an import commits meanwhile.
                    s.execute("set transaction isolation level repeatable read, read only");
                }
                Optional<NomenclatureQueries.ReleaseHead> head = NomenclatureQueries.latestRelease(c);
                NomenclatureSnapshot held = current.get();
                if (head.isEmpty() || (held != null && held.release().id() == head.get().id())) {
                    return null;
                }
                return load(c, head.get());
            }
        });
        if (snapshot != null) {
            NomenclatureSnapshot previous = current.getAndSet(snapshot);
            LOG.infof("Nomenclature read model now holds release %d (%s): %d entities, %d search terms "
                    + "(index %d KB, mapped), built in %d ms",
                    snapshot.release().id(), snapshot.release().dataVersion(), snapshot.conditions().size(),
                    snapshot.searchIndex().termCount(), snapshot.searchIndex().bytes() / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            if (previous != null) {
                replaced.fire(new SnapshotReplaced(snapshot.release().id()));
            }
        }
    }

    void onImported(@Observes NomenclatureImporter.ReleaseImported event) {
        refresh();
    }

    @Scheduled(every = "${ecza.read-model.poll-interval}", delayed = "${ecza.read-model.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            refresh();
            DatabaseOutages.reachable();
        } catch (RuntimeException e) {
            if (DatabaseOutages.unreachable(e)) {
                DatabaseOutages.report("nomenclature poll, still serving the release held", e);
            } else {
                LOG.warnf("Could not check for a newer nomenclature release (still serving the one held): %s",
                        e.getMessage());
            }
        }
    }

    /**
     * The release's entities, hierarchy and search index. The index is opened from the copy kept beside the release
     * when that copy was built by this code from these names; else it is built and kept for the next start (a copy
     * that cannot be written, say while the database is read-only, costs only that next start its rebuild).
     */
    private NomenclatureSnapshot load(Connection c, NomenclatureQueries.ReleaseHead head) throws SQLException {
        long start = System.nanoTime();
        var conditions = NomenclatureQueries.conditions(c);
        var classifications = NomenclatureQueries.classifications(c);
        var edges = NomenclatureQueries.edges(c);
        var closure = NomenclatureQueries.closure(c);
        var icd = new IcdLookup(NomenclatureQueries.icdMappings(c));
        var stored = SearchIndexStore.read(c, head.id());
        long read = System.nanoTime();
        List<ConditionSearchIndex.StoredIndex> built = new ArrayList<>(1);
        ConditionSearchIndex index = ConditionSearchIndex.open(conditions.values(), stored.orElse(null), built::add);
        long indexed = System.nanoTime();
        if (!built.isEmpty()) {
            keep(head.id(), built.get(0));
        }
        LOG.infof("Nomenclature release %d read in %d ms; search index %s in %d ms", head.id(),
                (read - start) / 1_000_000,
                built.isEmpty() ? "opened from its stored copy"
                        : stored.isPresent() ? "built (stored copy out of date)" : "built",
                (indexed - read) / 1_000_000);
        return new NomenclatureSnapshot(
                new NomenclatureSnapshot.Release(head.id(), head.dataVersion(), head.extractionDate(),
                        head.importedAt()),
                conditions, classifications, edges, closure, index, icd);
    }

    private void keep(long releaseId, ConditionSearchIndex.StoredIndex index) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection()) {
                    SearchIndexStore.write(c, releaseId, index);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not keep the search index of release %d for the next start (it will be built again "
                    + "then): %s", releaseId, e.getMessage());
        }
    }
}
