package nl.ecza.registry.finder.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.register.readmodel.ConditionPostings;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.register.readmodel.Relation;
import nl.ecza.registry.nomenclature.model.ConditionNotFoundException;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;
import nl.ecza.registry.nomenclature.search.SearchHit;

/**
 * Finds the centres whose visible recognitions serve a condition, hierarchy-aware: a centre recognised for
 * a group serves every condition inside it (broader), and a search for a group also finds centres recognised
 * for conditions inside it (narrower). Exact recognitions rank first, then broader, then narrower, each
 * nearest first. Everything runs on the immutable read model: no database, no locks.
 */
public final class CentreFinder {

    /** A text search follows at most this many conditions from its best-matching tier. */
    static final int MAX_TEXT_CONDITIONS = 50;

    private CentreFinder() {
    }

    /**
     * The centres at ranks {@code offset} to {@code offset + limit} and how many there are. The walk follows the
     * day's hierarchy postings in ranking order and stops when the page is full and the total is known; only the
     * centres on the page get their list of matches.
     */
    public static FinderResult find(RegisterSnapshot register, DayView day, FinderQuery query,
            Language language, long offset, int limit) {
        NomenclatureSnapshot names = register.nomenclature();
        Predicate<RegisterEntries.Centre> filter = filter(register, day, query);
        boolean unfiltered = query.ernCode() == null && query.institutionId() == null && query.city() == null
                && query.province() == null;
        if (!query.searchesConditions()) {
            List<RegisterEntries.Centre> all = unfiltered ? day.centres(language)
                    : day.centres(language).stream().filter(filter).toList();
            return new FinderResult(List.of(),
                    slice(all, offset, limit).stream().map(c -> new CentreHit(c, List.of())).toList(), all.size());
        }
        List<QueryCondition> conditions = query.orphaCode() != null ? List.of(byCode(names, query.orphaCode()))
                : byText(names, query.text());
        if (conditions.isEmpty()) {
            return new FinderResult(conditions, List.of(), 0);
        }
        // The total of one condition without filters was counted when the day's postings were built.
        int known = unfiltered && conditions.size() == 1
                ? day.postings().centresServing(conditions.get(0).orphaCode()) : -1;
        long[] ranking = rankingOrder(day, conditions);
        BitSet seen = new BitSet(day.centreCount());
        List<RegisterEntries.Centre> page = new ArrayList<>();
        long end = offset + limit;
        int rank = 0;
        int next = 0;
        // The page: whole recognition lists, in ranking order, until the page is full.
        for (; next < ranking.length && rank < end; next++) {
            for (int ordinal : day.centreRanksOf(ConditionPostings.code((int) ranking[next]), language)) {
                if (seen.get(ordinal)) {
                    continue;
                }
                RegisterEntries.Centre centre = day.centreAt(ordinal);
                if (!filter.test(centre)) {
                    continue;
                }
                seen.set(ordinal);
                if (rank >= offset && rank < end) {
                    page.add(centre);
                }
                rank++;
            }
        }
        // The total, if not known already: the rest of the ranking only as centre numbers in a bit set.
        if (known < 0) {
            for (; next < ranking.length; next++) {
                for (int ordinal : day.centreRanksOf(ConditionPostings.code((int) ranking[next]), language)) {
                    if (!seen.get(ordinal) && (unfiltered || filter.test(day.centreAt(ordinal)))) {
                        seen.set(ordinal);
                    }
                }
            }
            rank = seen.cardinality();
        }
        int total = known >= 0 ? known : rank;
        Map<Integer, List<Long>> reached = page.isEmpty() ? Map.of() : byRecognisedCode(ranking);
        return new FinderResult(conditions,
                page.stream().map(c -> new CentreHit(c, matches(day, c, conditions, reached))).toList(), total);
    }

    /** Every hit, for callers that need the whole result (the adviser's export and expiry filter). */
    public static FinderResult findAll(RegisterSnapshot register, DayView day, FinderQuery query, Language language) {
        return find(register, day, query, language, 0, Integer.MAX_VALUE);
    }

    /**
     * The postings of every query condition merged into one ranking: relation, then the condition's place in the
     * search order, then distance, then recognised code - as {@code long}s whose natural order is that ranking.
     */
    private static long[] rankingOrder(DayView day, List<QueryCondition> conditions) {
        if (conditions.size() == 1) {
            int[] postings = day.postings().of(conditions.get(0).orphaCode());
            long[] keys = new long[postings.length];
            for (int i = 0; i < postings.length; i++) {
                keys[i] = postings[i];
            }
            return keys;
        }
        int size = 0;
        for (QueryCondition q : conditions) {
            size += day.postings().of(q.orphaCode()).length;
        }
        long[] keys = new long[size];
        int i = 0;
        for (int rank = 0; rank < conditions.size(); rank++) {
            for (int posting : day.postings().of(conditions.get(rank).orphaCode())) {
                long relation = ConditionPostings.relation(posting).ordinal();
                keys[i++] = relation << 48 | (long) rank << 32 | (posting & 0x1FFF_FFFFL);
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** The ranking keys by the recognised code they reach, so that a centre's matches are a lookup per recognition. */
    private static Map<Integer, List<Long>> byRecognisedCode(long[] ranking) {
        Map<Integer, List<Long>> reached = new HashMap<>();
        for (long key : ranking) {
            reached.computeIfAbsent(ConditionPostings.code((int) key), k -> new ArrayList<>(1)).add(key);
        }
        return reached;
    }

    /**
     * The hierarchy rule for one centre: each of its visible recognitions that serves a query condition - the same
     * condition, a group it lies in, a condition inside it - best first. Which query conditions a recognised code
     * serves, and how, is what the day's postings say ({@link ConditionPostings}).
     */
    private static List<CentreHit.Match> matches(DayView day, RegisterEntries.Centre centre,
            List<QueryCondition> conditions, Map<Integer, List<Long>> reached) {
        List<CentreHit.Match> matches = new ArrayList<>();
        for (RegisterEntries.Recognition r : day.recognitionsOfCentre(centre.id())) {
            for (long key : reached.getOrDefault(r.orphaCode(), List.of())) {
                int posting = (int) (key & 0xFFFF_FFFFL);
                int rank = conditions.size() == 1 ? 0 : (int) (key >>> 32 & 0xFFFF);
                Relation relation = conditions.size() == 1 ? ConditionPostings.relation(posting)
                        : Relation.values()[(int) (key >>> 48)];
                int distance = ConditionPostings.distance(posting);
                matches.add(new CentreHit.Match(r, relation, distance, conditions.get(rank), rank));
            }
        }
        matches.sort(BEST);
        return matches;
    }

    private static final Comparator<CentreHit.Match> BEST = Comparator.comparing(CentreHit.Match::relation)
            .thenComparingInt(CentreHit.Match::queryRank).thenComparingInt(CentreHit.Match::distance)
            .thenComparingInt(m -> m.recognition().orphaCode());

    private static <T> List<T> slice(List<T> all, long offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList((int) offset, (int) Math.min(all.size(), offset + limit));
    }

    private static QueryCondition byCode(NomenclatureSnapshot names, int orphaCode) {
        ConditionRecord c = names.condition(orphaCode)
                .orElseThrow(() -> new ConditionNotFoundException(orphaCode, names.release().dataVersion()));
        return redirected(c, null);
    }

    /**
     * The conditions that match the text best ({@link nl.ecza.registry.nomenclature.search.ConditionSearchIndex#best}):
     * "marfan" means the conditions with the word Marfan, not every one with a word starting with it ("marfanoid").
     * An inactive code counts as its replacement, once.
     */
    private static List<QueryCondition> byText(NomenclatureSnapshot names, String text) {
        var icd = names.icd().find(text);
        if (icd.isPresent()) {
            // An ICD code: the conditions Orphanet aligns with it, exact alignments first (decision 0023).
            return icd.get().stream().limit(MAX_TEXT_CONDITIONS)
                    .map(m -> new QueryCondition(m.orphaCode(), null, null, null, m)).toList();
        }
        Map<Integer, QueryCondition> result = new LinkedHashMap<>();
        for (SearchHit hit : names.searchIndex().best(text, MAX_TEXT_CONDITIONS)) {
            QueryCondition q = redirected(names.condition(hit.orphaCode()).orElseThrow(), hit);
            result.putIfAbsent(q.orphaCode(), q);
        }
        return List.copyOf(result.values());
    }

    /** An inactive code with a replacement is searched as its replacement, and says so. */
    private static QueryCondition redirected(ConditionRecord c, SearchHit hit) {
        if (!c.status().isActive() && c.replacementCode() != null) {
            return new QueryCondition(c.replacementCode(), hit, c.orphaCode(), c.replacementType());
        }
        return new QueryCondition(c.orphaCode(), hit, null, null);
    }

    private static Predicate<RegisterEntries.Centre> filter(RegisterSnapshot register, DayView day, FinderQuery query) {
        Predicate<RegisterEntries.Centre> filter = c -> true;
        if (query.ernCode() != null) {
            filter = filter.and(c -> day.membershipsOfCentre(c.id()).stream()
                    .anyMatch(m -> m.ernCode().equals(query.ernCode())));
        }
        if (query.institutionId() != null) {
            filter = filter.and(c -> c.institutions().stream()
                    .anyMatch(p -> p.institutionId().equals(query.institutionId())));
        }
        if (query.city() != null) {
            String city = fold(query.city());
            filter = filter.and(c -> c.institutions().stream()
                    .anyMatch(p -> register.institution(p.institutionId()).map(i -> fold(i.city()).equals(city))
                            .orElse(false)));
        }
        if (query.province() != null) {
            String province = fold(query.province());
            filter = filter.and(c -> c.institutions().stream()
                    .anyMatch(p -> register.institution(p.institutionId()).map(i -> fold(i.province()).equals(province))
                            .orElse(false)));
        }
        return filter;
    }

    /** Case and accents do not matter: "fryslan" is Fryslân. */
    public static String fold(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
