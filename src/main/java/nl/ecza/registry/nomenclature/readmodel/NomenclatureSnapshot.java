package nl.ecza.registry.nomenclature.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;
import nl.ecza.registry.nomenclature.search.ConditionSearchIndex;
import nl.ecza.registry.nomenclature.search.IcdLookup;

/**
 * One immutable copy of a nomenclature release: entities, parents and children, ancestors and descendants
 * (from the closure table) and the text index. Public reads use it without touching the database; a new
 * release produces a new snapshot that replaces this one in a single reference swap.
 */
public final class NomenclatureSnapshot {

    /** A related entity with its distance: 1 for parents and children, more for further ancestors and descendants. */
    public record Relative(int orphaCode, int distance) {
    }

    /** The release this snapshot holds. */
    public record Release(long id, String dataVersion, LocalDate extractionDate, Instant importedAt) {
    }

    private final Release release;
    private final SortedMap<Integer, ConditionRecord> conditions;
    /** The same, for lookups by code: every answer looks up each condition it names (a TreeMap walk was 5 % of CPU). */
    private final Map<Integer, ConditionRecord> byCode;
    private final Map<Integer, ClassificationRecord> classifications;
    private final Map<Integer, List<Integer>> parents;
    private final Map<Integer, List<Integer>> children;
    private final Map<Integer, List<Relative>> ancestors;
    private final Map<Integer, List<Relative>> descendants;
    private final ConditionSearchIndex searchIndex;
    private final IcdLookup icd;

    NomenclatureSnapshot(Release release, SortedMap<Integer, ConditionRecord> conditions,
            Map<Integer, ClassificationRecord> classifications, Collection<EdgeRecord> edges,
            List<ClosureRecord> closure, ConditionSearchIndex searchIndex, IcdLookup icd) {
        this.release = release;
        this.conditions = conditions;
        this.byCode = new HashMap<>(conditions);
        this.classifications = Map.copyOf(classifications);
        this.parents = links(edges, true);
        this.children = links(edges, false);
        Map<Integer, List<Relative>> up = new HashMap<>();
        Map<Integer, List<Relative>> down = new HashMap<>();
        for (ClosureRecord r : closure) {
            up.computeIfAbsent(r.descendantCode(), k -> new ArrayList<>())
                    .add(new Relative(r.ancestorCode(), r.distance()));
            down.computeIfAbsent(r.ancestorCode(), k -> new ArrayList<>())
                    .add(new Relative(r.descendantCode(), r.distance()));
        }
        // Nearest first, then by code: the order of the paged ancestor and descendant lists.
        up.values().forEach(l -> l.sort(RELATIVE_ORDER));
        down.values().forEach(l -> l.sort(RELATIVE_ORDER));
        this.ancestors = freeze(up);
        this.descendants = freeze(down);
        this.searchIndex = searchIndex;
        this.icd = icd;
    }

    private static final Comparator<Relative> RELATIVE_ORDER = Comparator.comparingInt(Relative::distance)
            .thenComparingInt(Relative::orphaCode);

    public Release release() {
        return release;
    }

    /** The ETag base of every representation derived from this snapshot. */
    public String version() {
        return "nomenclature-" + release.id();
    }

    public Optional<ConditionRecord> condition(int orphaCode) {
        return Optional.ofNullable(byCode.get(orphaCode));
    }

    public Collection<ConditionRecord> conditions() {
        return conditions.values();
    }

    public Map<Integer, ClassificationRecord> classifications() {
        return classifications;
    }

    public List<Integer> parents(int orphaCode) {
        return parents.getOrDefault(orphaCode, List.of());
    }

    public List<Integer> children(int orphaCode) {
        return children.getOrDefault(orphaCode, List.of());
    }

    public List<Relative> ancestors(int orphaCode) {
        return ancestors.getOrDefault(orphaCode, List.of());
    }

    public List<Relative> descendants(int orphaCode) {
        return descendants.getOrDefault(orphaCode, List.of());
    }

    public ConditionSearchIndex searchIndex() {
        return searchIndex;
    }

    /** The ICD-10 and ICD-11 cross-references, per condition and per code. */
    public IcdLookup icd() {
        return icd;
    }

    private static Map<Integer, List<Integer>> links(Collection<EdgeRecord> edges, boolean up) {
        Map<Integer, TreeSet<Integer>> sets = new HashMap<>();
        for (EdgeRecord e : edges) {
            sets.computeIfAbsent(up ? e.childCode() : e.parentCode(), k -> new TreeSet<>())
                    .add(up ? e.parentCode() : e.childCode());
        }
        Map<Integer, List<Integer>> result = new HashMap<>();
        sets.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }

    private static <T> Map<Integer, List<T>> freeze(Map<Integer, List<T>> map) {
        Map<Integer, List<T>> result = new HashMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }
}
