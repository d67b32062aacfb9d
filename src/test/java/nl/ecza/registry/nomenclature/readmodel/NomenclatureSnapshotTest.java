package nl.ecza.registry.nomenclature.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot.Relative;

/** Ancestors and descendants come nearest first, then by code, whatever the order of the closure's rows. */
class NomenclatureSnapshotTest {

    // 558 lies below 284993 (distance 1) and 98053 (2) and 156 (2); 284963 lies below 558.
    private static final List<ClosureRecord> CLOSURE = List.of(
            new ClosureRecord(98053, 558, 2), new ClosureRecord(284993, 558, 1), new ClosureRecord(156, 558, 2),
            new ClosureRecord(558, 284963, 1), new ClosureRecord(284993, 284963, 2),
            new ClosureRecord(98053, 284963, 3), new ClosureRecord(156, 284963, 3));

    private static final NomenclatureSnapshot SNAPSHOT = new NomenclatureSnapshot(
            new NomenclatureSnapshot.Release(1, "test", LocalDate.of(2025, 3, 3), Instant.EPOCH), new TreeMap<>(),
            Map.of(), List.of(), CLOSURE, null, null);

    @Test
    void ancestorsNearestFirstThenByCode() {
        assertEquals(List.of(new Relative(284993, 1), new Relative(156, 2), new Relative(98053, 2)),
                SNAPSHOT.ancestors(558));
        assertEquals(List.of(new Relative(558, 1), new Relative(284993, 2), new Relative(156, 3),
                new Relative(98053, 3)), SNAPSHOT.ancestors(284963));
        assertEquals(List.of(), SNAPSHOT.ancestors(98053));
    }

    @Test
    void descendantsNearestFirstThenByCode() {
        assertEquals(List.of(new Relative(558, 1), new Relative(284963, 2)), SNAPSHOT.descendants(284993));
        assertEquals(List.of(new Relative(558, 2), new Relative(284963, 3)), SNAPSHOT.descendants(98053));
        assertEquals(List.of(new Relative(284963, 1)), SNAPSHOT.descendants(558));
        assertEquals(List.of(), SNAPSHOT.descendants(284963));
    }
}
