package nl.ecza.registry.nomenclature.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ecza.registry.nomenclature.model.IcdCodes;
import nl.ecza.registry.nomenclature.model.IcdMapping;

/**
 * The ICD cross-references of one nomenclature release, both ways: per condition, and per ICD code the conditions
 * aligned with it, exact alignments first (then narrower-to-broader, broader-to-narrower, undecided, not stated; then
 * ORPHAcode). Consulted before the text search: an ICD code typed as a query finds its conditions (decision 0023).
 */
public final class IcdLookup {

    public static final IcdLookup EMPTY = new IcdLookup(List.of());

    private static final Comparator<IcdMapping> BEST_FIRST = Comparator.comparing(IcdMapping::relation)
            .thenComparingInt(IcdMapping::orphaCode);
    private static final Comparator<IcdMapping> LISTED = Comparator.comparing(IcdMapping::revision)
            .thenComparing(IcdMapping::code);

    private final Map<Integer, List<IcdMapping>> byCondition;
    private final Map<String, List<IcdMapping>> byCode;

    public IcdLookup(Collection<IcdMapping> mappings) {
        Map<Integer, List<IcdMapping>> conditions = new HashMap<>();
        Map<String, List<IcdMapping>> codes = new HashMap<>();
        for (IcdMapping m : mappings) {
            conditions.computeIfAbsent(m.orphaCode(), k -> new ArrayList<>()).add(m);
            codes.computeIfAbsent(IcdCodes.stripMarks(m.code()), k -> new ArrayList<>()).add(m);
        }
        conditions.values().forEach(l -> l.sort(LISTED));
        codes.values().forEach(l -> l.sort(BEST_FIRST));
        Map<Integer, List<IcdMapping>> frozenConditions = new HashMap<>();
        conditions.forEach((k, v) -> frozenConditions.put(k, List.copyOf(v)));
        Map<String, List<IcdMapping>> frozenCodes = new HashMap<>();
        codes.forEach((k, v) -> frozenCodes.put(k, List.copyOf(v)));
        this.byCondition = Map.copyOf(frozenConditions);
        this.byCode = Map.copyOf(frozenCodes);
    }

    /** The condition's ICD-10 and ICD-11 codes, ICD-10 first, by code. */
    public List<IcdMapping> of(int orphaCode) {
        return byCondition.getOrDefault(orphaCode, List.of());
    }

    /**
     * The conditions a typed ICD code is aligned with, best first; empty when the text is not an ICD code and should be
     * searched as text. A code with a dot that nothing is aligned with is still a code: an empty list. Without a dot
     * the text may be a word of a name (a chromosome band such as 1p36, CD19), so an unknown one is searched as text.
     */
    public Optional<List<IcdMapping>> find(String text) {
        Optional<String> key = IcdCodes.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<IcdMapping> found = byCode.get(key.get());
        if (found != null) {
            return Optional.of(found);
        }
        return key.get().contains(".") ? Optional.of(List.of()) : Optional.empty();
    }

    public int size() {
        return byCondition.values().stream().mapToInt(List::size).sum();
    }
}
