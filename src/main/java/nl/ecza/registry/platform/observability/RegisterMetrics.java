package nl.ecza.registry.platform.observability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;

/**
 * Business gauges next to the platform's request metrics: what the public sees (published centres, valid
 * recognitions, from the read model), which Orphanet pack is served, and how the last import went (from the
 * database, so every replica reports the import a Job ran).
 */
@ApplicationScoped
public class RegisterMetrics {

    private static final Logger LOG = Logger.getLogger(RegisterMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    RegisterReadModel register;

    @Inject
    NomenclatureReadModel nomenclature;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** Outcome of the last import: 1 imported or unchanged, 0 failed; NaN before any. */
    private final AtomicReference<double[]> lastImport = new AtomicReference<>(new double[] {Double.NaN, Double.NaN});
    private volatile MultiGauge pack;

    void register(@Observes @Priority(400) StartupEvent event) {
        Gauge.builder("ecza.register.published.centres", this,
                m -> m.today().map(d -> (double) d.centres(Language.NL).size()).orElse(Double.NaN))
                .description("Centres with a published recognition valid today").register(registry);
        Gauge.builder("ecza.register.recognitions", this, m -> m.today()
                .map(d -> (double) d.centres(Language.NL).stream().mapToInt(c -> d.recognitionsOfCentre(c.id()).size())
                        .sum()).orElse(Double.NaN))
                .description("Published centre x condition recognitions valid today").register(registry);
        Gauge.builder("ecza.nomenclature.last.import.success", lastImport, a -> a.get()[0])
                .description("1 when the last Orphanet pack import succeeded (imported or unchanged), 0 when it failed")
                .register(registry);
        Gauge.builder("ecza.nomenclature.last.import.timestamp", lastImport, a -> a.get()[1]).baseUnit("seconds")
                .description("When the last Orphanet pack import finished (Unix time)").register(registry);
        pack = MultiGauge.builder("ecza.nomenclature.pack.info")
                .description("The Orphanet pack served (value 1; version in the labels)").register(registry);
        refresh();
    }

    private Optional<DayView> today() {
        try {
            return Optional.of(register.current().on(ClockProducer.today(clock)));
        } catch (RuntimeException notReady) {
            return Optional.empty();
        }
    }

    @Scheduled(every = "${ecza.read-model.poll-interval}", delayed = "${ecza.read-model.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (pack == null) {
            // still starting (a start that waits for another replica's first-start load outlasts the first poll)
            return;
        }
        nomenclature.loaded().ifPresent(snapshot -> pack.register(List.of(MultiGauge.Row.of(Tags.of("data_version",
                snapshot.release().dataVersion(), "extraction_date",
                String.valueOf(snapshot.release().extractionDate())), 1)), true));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select outcome, extract(epoch from finished_at) from nomenclature_import_attempt order by id "
                        + "desc limit 1");
                ResultSet r = s.executeQuery()) {
            if (r.next()) {
                lastImport.set(new double[] {"FAILED".equals(r.getString(1)) ? 0 : 1, r.getDouble(2)});
            }
        } catch (SQLException e) {
            LOG.debugf("Could not read the last import attempt: %s", e.getMessage());
        }
    }
}
