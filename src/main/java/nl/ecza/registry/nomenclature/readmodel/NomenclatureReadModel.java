package nl.ecza.registry.nomenclature.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import nl.ecza.registry.common.problem.ExceptionStatusTable;
import nl.ecza.registry.nomenclature.importer.NomenclatureImporter;
import nl.ecza.registry.nomenclature.model.NomenclatureUnavailableException;
import nl.ecza.registry.nomenclature.search.ConditionSearchIndex;
import nl.ecza.registry.nomenclature.search.IcdLookup;
import nl.ecza.registry.nomenclature.store.NomenclatureQueries;

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
            LOG.infof("Nomenclature read model now holds release %d (%s): %d entities, %d search terms (index %d KB, mapped), built in %d ms",
                    snapshot.release().id(), snapshot.release().dataVersion(), snapshot.conditions().size(),
                    snapshot.searchIndex().termCount(), snapshot.searchIndex().bytes() / 1024, (System.nanoTime() - start) / 1_000_000);
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
            if (ExceptionStatusTable.databaseUnreachable(e)) {
                DatabaseOutages.report("nomenclature poll, still serving the release held", e);
            } else {
                LOG.warnf("Could not check for a newer nomenclature release (still serving the one held): %s", e.getMessage());
            }
        }
    }

    private static NomenclatureSnapshot load(Connection c, NomenclatureQueries.ReleaseHead head)
            throws SQLException {
        var conditions = NomenclatureQueries.conditions(c);
        return new NomenclatureSnapshot(
                new NomenclatureSnapshot.Release(head.id(), head.dataVersion(), head.extractionDate(), head.importedAt()),
                conditions, NomenclatureQueries.classifications(c), NomenclatureQueries.edges(c), NomenclatureQueries.closure(c),
                ConditionSearchIndex.build(conditions.values()), new IcdLookup(NomenclatureQueries.icdMappings(c)));
    }
}
