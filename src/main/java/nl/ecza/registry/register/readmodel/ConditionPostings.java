package nl.ecza.registry.register.readmodel;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;

/**
 * Per condition, every recognised condition that serves it through the hierarchy - itself (exact), a group it lies
 * in (broader), a condition inside it (narrower) - in ranking order, and how many visible centres they make. Built
 * once per day view, so that a finder query for a group of thousands of conditions walks only as far as its page.
 *
 * <p>A posting is one int: relation (2 bits), distance (7 bits) and the recognised ORPHAcode (22 bits), so that
 * ascending order is the ranking order: exact, broader, narrower; nearest first; then by code.
 */
public final class ConditionPostings {

    private static final int CODE_BITS = 22;
    private static final int DISTANCE_BITS = 7;
    private static final int CODE_MASK = (1 << CODE_BITS) - 1;
    private static final int DISTANCE_MASK = (1 << DISTANCE_BITS) - 1;
    private static final int[] NONE = new int[0];

    private final Map<Integer, int[]> postings;
    private final Map<Integer, Integer> centres;

    /**
     * @param centresByCode per recognised ORPHAcode, the numbers (0 to {@code centreCount - 1}) of the centres with a
     *                      visible recognition of it
     */
    ConditionPostings(NomenclatureSnapshot names, Map<Integer, int[]> centresByCode, int centreCount) {
        Map<Integer, int[]> lists = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int recognised : centresByCode.keySet()) {
            add(lists, sizes, recognised, pack(Relation.EXACT, 0, recognised));
            // A search for a group finds the centres recognised for what lies inside it ...
            for (NomenclatureSnapshot.Relative group : names.ancestors(recognised)) {
                add(lists, sizes, group.orphaCode(), pack(Relation.NARROWER, group.distance(), recognised));
            }
            // ... and a search for a condition finds the centres recognised for a group it lies in.
            for (NomenclatureSnapshot.Relative inside : names.descendants(recognised)) {
                add(lists, sizes, inside.orphaCode(), pack(Relation.BROADER, inside.distance(), recognised));
            }
        }
        Map<Integer, int[]> sorted = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        BitSet seen = new BitSet(centreCount);
        lists.forEach((code, list) -> {
            int[] postings = Arrays.copyOf(list, sizes.get(code));
            Arrays.sort(postings);
            sorted.put(code, postings);
            seen.clear();
            for (int posting : postings) {
                for (int centre : centresByCode.get(code(posting))) {
                    seen.set(centre);
                }
            }
            counts.put(code, seen.cardinality());
        });
        this.postings = Map.copyOf(sorted);
        this.centres = Map.copyOf(counts);
    }

    private static void add(Map<Integer, int[]> lists, Map<Integer, Integer> sizes, int code, int posting) {
        int size = sizes.getOrDefault(code, 0);
        int[] list = lists.get(code);
        if (list == null || list.length == size) {
            list = list == null ? new int[4] : Arrays.copyOf(list, size * 2);
            lists.put(code, list);
        }
        list[size] = posting;
        sizes.put(code, size + 1);
    }

    static int pack(Relation relation, int distance, int code) {
        if (distance > DISTANCE_MASK || code > CODE_MASK || code < 0) {
            throw new IllegalArgumentException("Out of range for a posting: distance " + distance + ", code " + code);
        }
        return relation.ordinal() << (CODE_BITS + DISTANCE_BITS) | distance << CODE_BITS | code;
    }

    public static Relation relation(int posting) {
        return Relation.values()[posting >>> (CODE_BITS + DISTANCE_BITS)];
    }

    public static int distance(int posting) {
        return posting >>> CODE_BITS & DISTANCE_MASK;
    }

    public static int code(int posting) {
        return posting & CODE_MASK;
    }

    /** The recognised conditions that serve {@code orphaCode}, in ranking order; empty if none. */
    public int[] of(int orphaCode) {
        return postings.getOrDefault(orphaCode, NONE);
    }

    /** How many visible centres serve {@code orphaCode}. */
    public int centresServing(int orphaCode) {
        return centres.getOrDefault(orphaCode, 0);
    }
}
