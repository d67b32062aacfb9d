package nl.ecza.registry.finder.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
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

    /** Computed once per day view, query and language; later calls are a lookup. */
    public static FinderResult find(RegisterSnapshot register, DayView day, FinderQuery query, Language language) {
        return day.answer(new Question(query, language), q -> compute(register, day, query, language));
    }

    private record Question(FinderQuery query, Language language) {
    }

    private static FinderResult compute(RegisterSnapshot register, DayView day, FinderQuery query, Language language) {
        NomenclatureSnapshot names = register.nomenclature();
        Predicate<RegisterEntries.Centre> filter = filter(register, day, query);
        Comparator<RegisterEntries.Centre> byName = Comparator.comparingInt(c -> day.nameRank(c.id(), language));
        if (!query.searchesConditions()) {
            return new FinderResult(List.of(), day.centres(language).stream().filter(filter).map(c -> new CentreHit(c, List.of())).toList());
        }
        List<QueryCondition> conditions = query.orphaCode() != null ? List.of(byCode(names, query.orphaCode())) : byText(names, query.text());
        Map<UUID, List<CentreHit.Match>> matches = new HashMap<>();
        for (int rank = 0; rank < conditions.size(); rank++) {
            collect(names, day, conditions.get(rank), rank, matches);
        }
        Comparator<CentreHit.Match> best = Comparator.comparing(CentreHit.Match::relation).thenComparingInt(CentreHit.Match::queryRank)
                .thenComparingInt(CentreHit.Match::distance).thenComparingInt(m -> m.recognition().orphaCode());
        List<CentreHit> hits = new ArrayList<>();
        matches.forEach((centreId, list) -> {
            RegisterEntries.Centre centre = register.centre(centreId).orElseThrow();
            if (filter.test(centre)) {
                hits.add(new CentreHit(centre, list.stream().sorted(best).toList()));
            }
        });
        hits.sort(Comparator.<CentreHit, CentreHit.Match>comparing(h -> h.matches().get(0), best)
                .thenComparing(CentreHit::centre, byName).thenComparing(h -> h.centre().id()));
        return new FinderResult(conditions, hits);
    }

    private static QueryCondition byCode(NomenclatureSnapshot names, int orphaCode) {
        ConditionRecord c = names.condition(orphaCode)
                .orElseThrow(() -> new ConditionNotFoundException(orphaCode, names.release().dataVersion()));
        return redirected(c, null);
    }

    /**
     * The conditions that match the text best: the best tier reached (exact names before prefixes before typos)
     * and, within it, the best word-match score (of the active hits, if any) - "marfan" means the conditions with
     * the word Marfan, not every one with a word starting with it ("marfanoid"). In search order: names that begin
     * with the text first.
     */
    private static List<QueryCondition> byText(NomenclatureSnapshot names, String text) {
        List<SearchHit> hits = names.searchIndex().search(text);
        if (hits.isEmpty()) {
            return List.of();
        }
        SearchHit.MatchType tier = hits.get(0).matchType();
        List<SearchHit> inTier = hits.stream().takeWhile(h -> h.matchType() == tier).toList();
        boolean anyActive = inTier.stream().anyMatch(h -> h.term().active());
        float top = (float) inTier.stream().filter(h -> !anyActive || h.term().active()).mapToDouble(SearchHit::score).max().orElseThrow();
        Map<Integer, QueryCondition> result = new LinkedHashMap<>();
        for (SearchHit hit : inTier) {
            if (result.size() == MAX_TEXT_CONDITIONS) {
                break;
            }
            if (hit.score() >= top) {
                QueryCondition q = redirected(names.condition(hit.orphaCode()).orElseThrow(), hit);
                result.putIfAbsent(q.orphaCode(), q);
            }
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

    private static void collect(NomenclatureSnapshot names, DayView day, QueryCondition q, int rank,
            Map<UUID, List<CentreHit.Match>> into) {
        add(into, day.recognitionsOf(q.orphaCode()), Relation.EXACT, 0, q, rank);
        for (NomenclatureSnapshot.Relative ancestor : names.ancestors(q.orphaCode())) {
            add(into, day.recognitionsOf(ancestor.orphaCode()), Relation.BROADER, ancestor.distance(), q, rank);
        }
        List<NomenclatureSnapshot.Relative> descendants = names.descendants(q.orphaCode());
        int[] recognised = day.recognisedCodes();
        if (descendants.size() <= recognised.length) {
            for (NomenclatureSnapshot.Relative descendant : descendants) {
                add(into, day.recognitionsOf(descendant.orphaCode()), Relation.NARROWER, descendant.distance(), q, rank);
            }
        } else {
            // A large group: fewer recognised codes than descendants, so ask each of those whether it lies inside.
            for (int code : recognised) {
                for (NomenclatureSnapshot.Relative ancestor : names.ancestors(code)) {
                    if (ancestor.orphaCode() == q.orphaCode()) {
                        add(into, day.recognitionsOf(code), Relation.NARROWER, ancestor.distance(), q, rank);
                        break;
                    }
                }
            }
        }
    }

    private static void add(Map<UUID, List<CentreHit.Match>> into, List<RegisterEntries.Recognition> recognitions, Relation relation,
            int distance, QueryCondition q, int rank) {
        for (RegisterEntries.Recognition r : recognitions) {
            into.computeIfAbsent(r.centreId(), k -> new ArrayList<>()).add(new CentreHit.Match(r, relation, distance, q, rank));
        }
    }

    private static Predicate<RegisterEntries.Centre> filter(RegisterSnapshot register, DayView day, FinderQuery query) {
        Predicate<RegisterEntries.Centre> filter = c -> true;
        if (query.ernCode() != null) {
            filter = filter.and(c -> day.membershipsOfCentre(c.id()).stream().anyMatch(m -> m.ernCode().equals(query.ernCode())));
        }
        if (query.institutionId() != null) {
            filter = filter.and(c -> c.institutions().stream().anyMatch(p -> p.institutionId().equals(query.institutionId())));
        }
        if (query.city() != null) {
            String city = fold(query.city());
            filter = filter.and(c -> c.institutions().stream()
                    .anyMatch(p -> register.institution(p.institutionId()).map(i -> fold(i.city()).equals(city)).orElse(false)));
        }
        if (query.province() != null) {
            String province = fold(query.province());
            filter = filter.and(c -> c.institutions().stream()
                    .anyMatch(p -> register.institution(p.institutionId()).map(i -> fold(i.province()).equals(province)).orElse(false)));
        }
        return filter;
    }

    /** Case and accents do not matter: "fryslan" is Fryslân. */
    public static String fold(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
