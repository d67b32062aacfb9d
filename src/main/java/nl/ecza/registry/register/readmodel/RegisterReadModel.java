package nl.ecza.registry.register.readmodel;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import nl.ecza.registry.common.database.DatabaseOutages;
import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.nomenclature.model.NomenclatureUnavailableException;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;

/**
 * Holds the current {@link RegisterSnapshot}: rebuilt after a registry write commits here, after a new
 * nomenclature snapshot, and when a poll finds that another replica changed the registry. Public reads
 * never touch the database and keep working from the last snapshot if it goes away.
 */
@ApplicationScoped
public class RegisterReadModel {

    private static final Logger LOG = Logger.getLogger(RegisterReadModel.class);

    private final AtomicReference<RegisterSnapshot> current = new AtomicReference<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NomenclatureReadModel nomenclature;

    @Inject
    Clock clock;

    public RegisterSnapshot current() {
        RegisterSnapshot snapshot = current.get();
        if (snapshot == null) {
            throw new NomenclatureUnavailableException();
        }
        return snapshot;
    }

    public Optional<RegisterSnapshot> loaded() {
        return Optional.ofNullable(current.get());
    }

    /** Rebuilds if the registry version or the nomenclature snapshot differs from the held one. */
    public synchronized void refresh() {
        long start = System.nanoTime();
        NomenclatureSnapshot names = nomenclature.current();
        RegisterSnapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("set transaction isolation level repeatable read, read only");
                }
                long version = RegisterQueries.registryVersion(c);
                RegisterSnapshot held = current.get();
                if (held != null && held.registryVersion() == version && held.nomenclature() == names) {
                    return null;
                }
                return new RegisterSnapshot(version, names, RegisterQueries.institutions(c),
                        RegisterQueries.networks(c), RegisterQueries.centres(c),
                        RegisterQueries.publishedRecognitions(c), RegisterQueries.memberships(c));
            }
        });
        if (snapshot != null) {
            // Today's view, with its hierarchy postings, is built now rather than by the first public request.
            snapshot.on(ClockProducer.today(clock));
            current.set(snapshot);
            LOG.infof("Register read model now at registry version %d with nomenclature release %d (built in %d ms)",
                    snapshot.registryVersion(), names.release().id(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** After the nomenclature (100) and the demo register (200) are in place. */
    void onStart(@Observes @Priority(300) StartupEvent event) {
        refresh();
    }

    void onRegistryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged event) {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (!DatabaseOutages.unreachable(e)) {
                throw e;
            }
            // Committed, then the database went away: the next poll after its return picks the change up.
            DatabaseOutages.report("register rebuild after a write, still serving the register held", e);
        }
    }

    void onNomenclatureChanged(@Observes NomenclatureReadModel.SnapshotReplaced event) {
        if (current.get() != null) {
            refresh();
        }
    }

    @Scheduled(every = "${ecza.read-model.poll-interval}", delayed = "${ecza.read-model.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            if (nomenclature.loaded().isPresent()) {
                refresh();
                DatabaseOutages.reachable();
            }
        } catch (RuntimeException e) {
            if (DatabaseOutages.unreachable(e)) {
                DatabaseOutages.report("registry poll, still serving the register held", e);
            } else {
                LOG.warnf("Could not check for registry changes (still serving the register held): %s", e.getMessage());
            }
        }
    }
}
