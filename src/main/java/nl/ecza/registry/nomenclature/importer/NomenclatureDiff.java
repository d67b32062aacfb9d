package nl.ecza.registry.nomenclature.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;

/**
 * What a pack would change in the database. Empty means the pack is already loaded, which is what makes a
 * repeated import a no-op. Codes in the database but absent from the pack are reported as missing: Orphanet
 * never deletes a code, so such a pack is incomplete.
 */
record NomenclatureDiff(
        List<ConditionRecord> added,
        List<ConditionRecord> changed,
        List<Integer> renamed,
        List<Integer> newlyInactive,
        List<Integer> reactivated,
        List<Integer> otherwiseChanged,
        List<Integer> missing,
        boolean classificationsChanged,
        boolean edgesChanged) {

    static NomenclatureDiff between(Map<Integer, ConditionRecord> stored,
            Map<Integer, ClassificationRecord> storedClassifications, Set<EdgeRecord> storedEdges, Pack pack) {
        List<ConditionRecord> added = new ArrayList<>();
        List<ConditionRecord> changed = new ArrayList<>();
        List<Integer> renamed = new ArrayList<>();
        List<Integer> newlyInactive = new ArrayList<>();
        List<Integer> reactivated = new ArrayList<>();
        List<Integer> otherwise = new ArrayList<>();
        for (ConditionRecord next : pack.conditions().values()) {
            ConditionRecord previous = stored.get(next.orphaCode());
            if (previous == null) {
                added.add(next);
            } else if (!previous.equals(next)) {
                changed.add(next);
                boolean renamedNow = next.renamedComparedTo(previous);
                boolean inactivated = previous.status().isActive() && !next.status().isActive();
                boolean reactivatedNow = !previous.status().isActive() && next.status().isActive();
                if (renamedNow) {
                    renamed.add(next.orphaCode());
                }
                if (inactivated) {
                    newlyInactive.add(next.orphaCode());
                }
                if (reactivatedNow) {
                    reactivated.add(next.orphaCode());
                }
                if (!renamedNow && !inactivated && !reactivatedNow) {
                    otherwise.add(next.orphaCode());
                }
            }
        }
        List<Integer> missing = stored.keySet().stream().filter(code -> !pack.conditions().containsKey(code))
                .sorted().toList();
        return new NomenclatureDiff(added, changed, renamed, newlyInactive, reactivated, otherwise, missing,
                !Objects.equals(storedClassifications, pack.classifications()), !storedEdges.equals(pack.edges()));
    }

    boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && !classificationsChanged && !edgesChanged;
    }
}
