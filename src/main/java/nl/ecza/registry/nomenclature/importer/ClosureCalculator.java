package nl.ecza.registry.nomenclature.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;

/**
 * Transitive closure of the union of all classifications. Breadth-first upwards from every entity gives the
 * shortest distance to each ancestor; a cycle cannot loop because visited entities are not revisited.
 */
public final class ClosureCalculator {

    private ClosureCalculator() {
    }

    public static List<ClosureRecord> closure(Collection<Integer> codes, Collection<EdgeRecord> edges) {
        Map<Integer, Set<Integer>> parents = new HashMap<>();
        for (EdgeRecord e : edges) {
            parents.computeIfAbsent(e.childCode(), k -> new HashSet<>()).add(e.parentCode());
        }
        List<ClosureRecord> rows = new ArrayList<>(codes.size() * 14);
        for (int code : codes) {
            rows.add(new ClosureRecord(code, code, 0));
            Set<Integer> seen = new HashSet<>();
            seen.add(code);
            List<Integer> frontier = List.of(code);
            for (int distance = 1; !frontier.isEmpty(); distance++) {
                List<Integer> next = new ArrayList<>();
                for (int node : frontier) {
                    for (int parent : parents.getOrDefault(node, Set.of())) {
                        if (seen.add(parent)) {
                            next.add(parent);
                            rows.add(new ClosureRecord(parent, code, distance));
                        }
                    }
                }
                frontier = next;
            }
        }
        return rows;
    }
}
