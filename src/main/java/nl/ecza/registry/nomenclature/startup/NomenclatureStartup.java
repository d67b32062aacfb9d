package nl.ecza.registry.nomenclature.startup;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.database.FirstStartLoads;
import nl.ecza.registry.nomenclature.importer.NomenclatureImporter;
import nl.ecza.registry.nomenclature.importer.PackSource;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.nomenclature.store.NomenclatureQueries;

/**
 * On start: load the shipped Orphanet pack if the database has no nomenclature yet, then build the read
 * model. Replicas starting together are safe: the first-start lock ({@link FirstStartLoads}) lets one import
 * and the others wait, then find the pack loaded.
 */
@ApplicationScoped
public class NomenclatureStartup {

    private static final Logger LOG = Logger.getLogger(NomenclatureStartup.class);

    @Inject
    RegistryConfig config;

    @Inject
    FirstStartLoads firstStart;

    @Inject
    NomenclatureImporter importer;

    @Inject
    NomenclatureReadModel readModel;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (config.nomenclature().loadShippedPack()) {
            firstStart.runOnce(FirstStartLoads.Load.SHIPPED_PACK, NomenclatureStartup::hasRelease, () -> {
                LOG.infof("No Orphanet nomenclature in the database yet: loading the shipped pack %s",
                        config.nomenclature().shippedPack());
                importer.importPack(PackSource.classpath(config.nomenclature().shippedPack()));
            });
        }
        readModel.refresh();
    }

    private static boolean hasRelease(Connection c) throws SQLException {
        return NomenclatureQueries.latestRelease(c).isPresent();
    }
}
