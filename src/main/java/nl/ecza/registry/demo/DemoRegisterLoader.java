package nl.ecza.registry.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.database.FirstStartLoads;
import nl.ecza.registry.institution.model.InstitutionType;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;

/**
 * Loads the fictional demo register on the first start of a database without centres - outside production
 * only (off by default, on in the local and test profiles, and refused under the prod profile whatever the
 * setting says). Replicas starting together load it once: the first-start lock ({@link FirstStartLoads}) lets one
 * load and the others wait, then find the centres there.
 */
@ApplicationScoped
public class DemoRegisterLoader {

    private static final Logger LOG = Logger.getLogger(DemoRegisterLoader.class);

    @Inject
    RegistryConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NomenclatureReadModel nomenclature;

    @Inject
    Clock clock;

    @Inject
    FirstStartLoads firstStart;

    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.warn("ecza.demo.enabled is ignored under the prod profile: demo data never enters production");
            return;
        }
        firstStart.runOnce(FirstStartLoads.Load.DEMO_REGISTER, DemoRegisterLoader::hasCentres, this::load);
    }

    private void load() {
        long start = System.nanoTime();
        int written = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                DemoRegister.Plan plan = DemoRegister.generate(config.demo().seed(), config.demo().centres(),
                        nomenclature.current(), networks(c), hosts(c));
                DemoWriter.write(c, plan, clock.instant());
                return plan.centres().size();
            }
        });
        LOG.infof("Loaded the fictional demo register: %d centres (seed %d) in %d ms", written, config.demo().seed(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean hasCentres(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select exists (select 1 from expertise_centre)");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBoolean(1);
        }
    }

    static List<DemoCatalogue.Network> networks(Connection c) throws SQLException {
        List<DemoCatalogue.Network> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select code, orphanet_heads, scope_nl, scope_en from ern order by code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new DemoCatalogue.Network(r.getString(1),
                        Arrays.asList((Integer[]) r.getArray(2).getArray()), r.getString(3), r.getString(4)));
            }
        }
        return result;
    }

    /** UMC main sites, general and categorical hospitals; not departments, not closed hospitals. */
    static List<DemoCatalogue.Host> hosts(Connection c) throws SQLException {
        List<DemoCatalogue.Host> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id, ror_id, coalesce(umc_group, acronym, name), type from institution
                where part_of_id is null and type in ('UMC', 'GENERAL', 'CATEGORICAL') order by ror_id""");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!DemoCatalogue.CLOSED.contains(r.getString(2))) {
                    result.add(new DemoCatalogue.Host(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                            InstitutionType.valueOf(r.getString(4))));
                }
            }
        }
        return result;
    }
}
