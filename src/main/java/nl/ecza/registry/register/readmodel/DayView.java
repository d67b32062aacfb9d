package nl.ecza.registry.register.readmodel;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ecza.registry.common.language.Language;

/**
 * The register as the public sees it on one day: only recognitions that are published, not withdrawn and
 * valid that day; only centres that have one; only memberships that run that day, of such centres.
 */
public final class DayView {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));
    private static final Collator ENGLISH = Collator.getInstance(Locale.ENGLISH);

    private static final int[] NO_CENTRES = new int[0];

    private final LocalDate date;
    private final Map<Integer, List<RegisterEntries.Recognition>> recognitionsByCode;
    private final Map<UUID, List<RegisterEntries.Recognition>> recognitionsByCentre;
    private final Map<UUID, List<RegisterEntries.Membership>> membershipsByCentre;
    private final Map<String, List<RegisterEntries.Membership>> membershipsByNetwork;
    private final Map<UUID, List<UUID>> centresByInstitution;
    private final List<RegisterEntries.Centre> centresNl;
    private final List<RegisterEntries.Centre> centresEn;
    private final Map<UUID, Integer> nameRankNl;
    private final Map<UUID, Integer> nameRankEn;
    /** Per ORPHAcode, its visible recognitions in the name order of their centres, per language. */
    private final Map<Integer, List<RegisterEntries.Recognition>> byCentreNameNl;
    private final Map<Integer, List<RegisterEntries.Recognition>> byCentreNameEn;
    /** The same as the Dutch name ranks of their centres: a finder walks numbers, not centre ids. */
    private final Map<Integer, int[]> ranksByCentreNameNl;
    private final Map<Integer, int[]> ranksByCentreNameEn;
    private final ConditionPostings postings;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    DayView(LocalDate date, RegisterSnapshot register, List<RegisterEntries.Recognition> recognitions,
            List<RegisterEntries.Membership> memberships) {
        this.date = date;
        List<RegisterEntries.Recognition> visible = recognitions.stream().filter(r -> r.visibleOn(date)).toList();
        this.recognitionsByCode = RegisterSnapshot.group(visible, RegisterEntries.Recognition::orphaCode);
        this.recognitionsByCentre = RegisterSnapshot.group(visible, RegisterEntries.Recognition::centreId);
        List<RegisterEntries.Membership> current = memberships.stream()
                .filter(m -> m.currentOn(date) && recognitionsByCentre.containsKey(m.centreId())).toList();
        this.membershipsByCentre = RegisterSnapshot.group(current, RegisterEntries.Membership::centreId);
        this.membershipsByNetwork = RegisterSnapshot.group(current, RegisterEntries.Membership::ernCode);
        List<RegisterEntries.Centre> centres = recognitionsByCentre.keySet().stream()
                .map(register.centresById()::get).toList();
        this.centresNl = sortedByName(centres, Language.NL);
        this.centresEn = sortedByName(centres, Language.EN);
        this.centresByInstitution = RegisterSnapshot.group(centres.stream()
                .flatMap(c -> c.institutions().stream().map(p -> Map.entry(p.institutionId(), c.id()))).toList(),
                Map.Entry::getKey)
                .entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(Map.Entry::getValue).toList()));
        this.nameRankNl = ranks(centresNl);
        this.nameRankEn = ranks(centresEn);
        this.byCentreNameNl = inNameOrder(nameRankNl);
        this.byCentreNameEn = inNameOrder(nameRankEn);
        this.ranksByCentreNameNl = ranksOf(byCentreNameNl);
        this.ranksByCentreNameEn = ranksOf(byCentreNameEn);
        this.postings = new ConditionPostings(register.nomenclature(), ranksByCentreNameNl, centresNl.size());
    }

    /**
     * Centres sorted by name as the language sorts them, equal names by id (the same order on every replica and after
     * every restart). Each name's collation key is made once: comparing two names with the collator itself made the
     * sort 80 % of building the view of 32,000 centres (10 s on one core at a restart).
     */
    static List<RegisterEntries.Centre> sortedByName(List<RegisterEntries.Centre> centres, Language language) {
        record Keyed(CollationKey key, RegisterEntries.Centre centre) {
        }
        Collator collator = language == Language.EN ? ENGLISH : DUTCH;
        return centres.stream()
                .map(c -> new Keyed(collator.getCollationKey(language == Language.EN ? c.nameEn() : c.nameNl()), c))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.centre().id()))
                .map(Keyed::centre).toList();
    }

    private Map<Integer, List<RegisterEntries.Recognition>> inNameOrder(Map<UUID, Integer> ranks) {
        Map<Integer, List<RegisterEntries.Recognition>> sorted = new HashMap<>();
        recognitionsByCode.forEach((code, list) -> sorted.put(code,
                list.stream().sorted(Comparator.comparingInt(r -> ranks.get(r.centreId()))).toList()));
        return Map.copyOf(sorted);
    }

    private Map<Integer, int[]> ranksOf(Map<Integer, List<RegisterEntries.Recognition>> recognitions) {
        Map<Integer, int[]> ranks = new HashMap<>();
        recognitions.forEach((code, list) -> ranks.put(code,
                list.stream().mapToInt(r -> nameRankNl.get(r.centreId())).toArray()));
        return Map.copyOf(ranks);
    }

    private static Map<UUID, Integer> ranks(List<RegisterEntries.Centre> sorted) {
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).id(), i);
        }
        return Map.copyOf(ranks);
    }

    /** The hierarchy postings of this day: per condition, the recognised conditions that serve it. */
    public ConditionPostings postings() {
        return postings;
    }

    /** The visible recognitions of a condition, their centres in name order for the language. */
    public List<RegisterEntries.Recognition> recognitionsOf(int orphaCode, Language language) {
        return (language == Language.EN ? byCentreNameEn : byCentreNameNl).getOrDefault(orphaCode, List.of());
    }

    /**
     * The centres of {@link #recognitionsOf} in the same order, as their Dutch name rank ({@link #centreAt}): a walk
     * over thousands of recognitions reads numbers, not centre ids in a map, and a count needs no objects.
     */
    public int[] centreRanksOf(int orphaCode, Language language) {
        Map<Integer, int[]> ranks = language == Language.EN ? ranksByCentreNameEn : ranksByCentreNameNl;
        return ranks.getOrDefault(orphaCode, NO_CENTRES);
    }

    /** The visible centre of a Dutch name rank. */
    public RegisterEntries.Centre centreAt(int rank) {
        return centresNl.get(rank);
    }

    /** The number of visible centres. */
    public int centreCount() {
        return centresNl.size();
    }

    public LocalDate date() {
        return date;
    }

    public boolean isVisible(UUID centreId) {
        return recognitionsByCentre.containsKey(centreId);
    }

    /** Visible centres in name order for the language. */
    public List<RegisterEntries.Centre> centres(Language language) {
        return language == Language.EN ? centresEn : centresNl;
    }

    public List<RegisterEntries.Recognition> recognitionsOfCentre(UUID centreId) {
        return recognitionsByCentre.getOrDefault(centreId, List.of());
    }

    public List<RegisterEntries.Membership> membershipsOfCentre(UUID centreId) {
        return membershipsByCentre.getOrDefault(centreId, List.of());
    }

    public List<RegisterEntries.Membership> membershipsOfNetwork(String code) {
        return membershipsByNetwork.getOrDefault(code, List.of());
    }

    public List<UUID> centresAt(UUID institutionId) {
        return centresByInstitution.getOrDefault(institutionId, List.of());
    }

    /**
     * What a feature derives from this day and keeps (the finder's encoded centre summaries), made on first use: it
     * is valid exactly as long as this view, and goes with it when the register or the day changes.
     */
    public <T> T derived(Class<T> kind, Function<DayView, T> make) {
        return kind.cast(derived.computeIfAbsent(kind, k -> make.apply(this)));
    }
}
