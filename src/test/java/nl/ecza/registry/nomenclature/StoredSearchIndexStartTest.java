package nl.ecza.registry.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.nomenclature.search.ConditionSearchIndex;
import nl.ecza.registry.nomenclature.store.NomenclatureQueries;
import nl.ecza.registry.nomenclature.store.SearchIndexStore;

/** The search index built at start is kept beside its release, and the next start opens it instead of building it. */
@QuarkusTest
class StoredSearchIndexStartTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NomenclatureReadModel readModel;

    @Test
    void shouldKeepTheBuiltIndexSoThatTheNextStartOpensIt() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long release = readModel.current().release().id();
            Optional<ConditionSearchIndex.StoredIndex> stored = SearchIndexStore.read(c, release);
            assertTrue(stored.isPresent(), "a copy is kept for release " + release);

            List<ConditionSearchIndex.StoredIndex> built = new ArrayList<>();
            var names = NomenclatureQueries.conditions(c).values();
            ConditionSearchIndex reopened = ConditionSearchIndex.open(names, stored.get(), built::add);

            assertEquals(List.of(), built, "the next start opens the kept copy");
            assertEquals(readModel.current().searchIndex().termCount(), reopened.termCount());
            for (String query : List.of("marfn", "syndroom van marf", "mucoviscidose", "Q", "558")) {
                assertEquals(readModel.current().searchIndex().best(query, 50), reopened.best(query, 50), query);
            }
        }
    }
}
