package nl.ecza.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.institution.model.InstitutionType;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;

/**
 * Generates a plausible, clearly fictional register from a seed: centres at real Dutch institutions (the
 * seven UMCs, general and categorical hospitals), recognised for real ORPHAcodes in the rounds 2015-2025
 * (none in 2024), renewed after five years or left to expire, and members of the network whose scope
 * their conditions fall in. The same seed and inputs always give the same register.
 */
public final class DemoRegister {

    /** The register the generator proposes; written by {@link DemoWriter}. */
    public record Plan(List<Centre> centres) {
    }

    public record Centre(UUID id, String nameNl, String nameEn, String descriptionNl, String descriptionEn,
            Contact patientContact,
            Contact professionalContact, UUID leadingInstitution, List<UUID> partnerInstitutions,
            List<Recognition> recognitions, List<Membership> memberships) {
    }

    public record Recognition(UUID id, int orphaCode, int roundYear, LocalDate decisionDate, LocalDate validFrom,
            LocalDate validUntil, boolean published, LocalDate withdrawnOn) {
    }

    public record Membership(UUID id, String ernCode, MembershipType type, LocalDate since, LocalDate until) {
    }

    /** Marfan syndrome, cystic fibrosis, Pompe disease: the README's and the finder page's examples. */
    static final List<Integer> SHOWCASE = List.of(558, 586, 365);
    static final List<Integer> ROUNDS = List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2025);
    private static final double[] FIRST_ROUND_WEIGHTS = {30, 10, 7, 7, 8, 8, 8, 8, 7, 7};
    /** The ERNs started on 1 March 2017. */
    static final LocalDate ERNS_STARTED = LocalDate.of(2017, 3, 1);
    /** Recognitions still running at the end of the demo's history keep their membership open. */
    static final LocalDate HISTORY_ENDS = LocalDate.of(2026, 1, 1);

    private final SplittableRandom random;
    private final NomenclatureSnapshot nomenclature;
    private final List<DemoCatalogue.Scope> scopes;
    private final List<DemoCatalogue.Host> umcs;
    private final List<DemoCatalogue.Host> generals;
    private final List<DemoCatalogue.Host> categoricals;
    private final Map<String, Integer> usedNames = new HashMap<>();

    private DemoRegister(long seed, NomenclatureSnapshot nomenclature, List<DemoCatalogue.Network> networks,
            List<DemoCatalogue.Host> hosts) {
        this.random = new SplittableRandom(seed);
        this.nomenclature = nomenclature;
        this.scopes = DemoCatalogue.scopes(nomenclature, networks);
        List<DemoCatalogue.Host> sorted = hosts.stream()
                .sorted(Comparator.comparing(DemoCatalogue.Host::rorId)).toList();
        this.umcs = sorted.stream().filter(h -> h.type() == InstitutionType.UMC).toList();
        this.generals = sorted.stream().filter(h -> h.type() == InstitutionType.GENERAL).toList();
        this.categoricals = sorted.stream().filter(h -> h.type() == InstitutionType.CATEGORICAL).toList();
    }

    /** @param hosts the institutions that may host a centre: UMC main sites, general and categorical hospitals */
    public static Plan generate(long seed, int centres, NomenclatureSnapshot nomenclature,
            List<DemoCatalogue.Network> networks, List<DemoCatalogue.Host> hosts) {
        DemoRegister generator = new DemoRegister(seed, nomenclature, networks, hosts);
        List<Centre> result = new ArrayList<>();
        for (int i = 1; i <= centres; i++) {
            result.add(generator.centre(i));
        }
        // after the generated centres, so those stay exactly what the seed gave before
        for (int orphaCode : SHOWCASE) {
            generator.showcase(result.size() + 1, orphaCode).ifPresent(result::add);
        }
        return new Plan(List.copyOf(result));
    }

    private Centre centre(int number) {
        DemoCatalogue.Scope scope = pickScope();
        DemoCatalogue.Host host = pickHost(scope.ernCode());
        ConditionRecord main = pickMain(scope, host);
        return centre(number, scope, host, main);
    }

    /**
     * A centre for a condition the README and the finder page use as examples, recognised in the 2025 round and a full
     * member of the network whose scope holds it, so that a fresh run finds it; empty when the pack lacks the condition
     * or no network's scope holds it (a small test pack).
     */
    private Optional<Centre> showcase(int number, int orphaCode) {
        Optional<ConditionRecord> condition = nomenclature.condition(orphaCode).filter(c -> c.status().isActive());
        Optional<DemoCatalogue.Scope> scope = condition.flatMap(c -> scopes.stream()
                .filter(s -> s.disorders().contains(c) || s.groups().contains(c)).findFirst());
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        DemoCatalogue.Host host = pickHost(scope.get().ernCode());
        ConditionRecord main = condition.get();
        LocalDate decided = LocalDate.of(2025, 10, 1);
        Recognition recognition = new Recognition(uuid(), orphaCode, 2025, decided, decided,
                decided.plusYears(5), true, null);
        Membership membership = new Membership(uuid(), scope.get().ernCode(), MembershipType.FULL_MEMBER,
                decided, null);
        return Optional.of(describe(number, scope.get(), host, main, List.of(recognition), () -> List.of(membership)));
    }

    private Centre centre(int number, DemoCatalogue.Scope scope, DemoCatalogue.Host host, ConditionRecord main) {
        List<ConditionRecord> conditions = new ArrayList<>(List.of(main));
        int extra = random.nextInt(4);
        for (int i = 0; i < extra * 4 && conditions.size() <= extra; i++) {
            ConditionRecord c = pick(scope.disorders());
            if (!conditions.contains(c)) {
                conditions.add(c);
            }
        }
        if (main.level() == ClassificationLevel.DISORDER && random.nextInt(10) == 0) {
            nomenclature.children(main.orphaCode()).stream().map(code -> nomenclature.condition(code).orElseThrow())
                    .filter(c -> c.level() == ClassificationLevel.SUBTYPE_OF_DISORDER && c.status().isActive())
                    .findFirst().ifPresent(conditions::add);
        }
        int firstRound = pickFirstRound();
        List<Recognition> recognitions = new ArrayList<>();
        for (ConditionRecord c : conditions) {
            recognitions.addAll(chain(c.orphaCode(), firstRound));
        }
        if (random.nextInt(5) == 0 && firstRound < 2025) {
            int later = ROUNDS.get(ROUNDS.indexOf(firstRound) + 1
                    + random.nextInt(ROUNDS.size() - ROUNDS.indexOf(firstRound) - 1));
            ConditionRecord added = pick(scope.disorders());
            if (!conditions.contains(added)) {
                recognitions.addAll(chain(added.orphaCode(), later));
            }
        }
        List<Recognition> all = List.copyOf(recognitions);
        return describe(number, scope, host, main, all, () -> memberships(scope.ernCode(), host, all));
    }

    private Centre describe(int number, DemoCatalogue.Scope scope, DemoCatalogue.Host host, ConditionRecord main,
            List<Recognition> recognitions, Supplier<List<Membership>> memberships) {
        // the memberships are drawn last, after the id and the partners,
        // as they always were: the seed's register stays the same
        String slug = "centre-" + number;
        String suffix = uniqueSuffix(main.orphaCode() + "@" + host.id());
        String nameNl = "Expertisecentrum " + main.name(Language.NL) + " – " + host.shortName() + suffix + " (fictief)";
        String nameEn = "Expertise centre for " + main.nameEn() + " – " + host.shortName() + suffix + " (fictional)";
        return new Centre(uuid(), nameNl, nameEn,
                "Fictief demonstratiecentrum voor %s; alleen bedoeld om het register te tonen."
                        .formatted(scope.scopeNl().toLowerCase()),
                "Fictional demonstration centre for %s; only meant to show the register."
                        .formatted(scope.scopeEn().toLowerCase()),
                new Contact(null, "ecza-demo-" + slug + "@example.org", "https://example.org/ecza-demo/" + slug),
                new Contact(null, "ecza-demo-" + slug + "-professionals@example.org", null),
                host.id(), partners(host), recognitions, memberships.get());
    }

    /** A condition's recognitions: the first decision, then renewals every five years until one is not renewed. */
    private List<Recognition> chain(int orphaCode, int round) {
        List<Recognition> chain = new ArrayList<>();
        LocalDate previousEnd = null;
        while (round <= 2025) {
            LocalDate decided = LocalDate.of(round, 9, 15).plusDays(random.nextInt(45));
            LocalDate from = previousEnd != null && previousEnd.isAfter(decided) ? previousEnd : decided;
            boolean published = round < 2025 || random.nextInt(25) != 0;
            chain.add(new Recognition(uuid(), orphaCode, round, decided, from, from.plusYears(5), published, null));
            previousEnd = from.plusYears(5);
            int next = round + 5 == 2024 ? 2025 : round + 5;
            if (next > 2025 || random.nextInt(5) == 0) {
                break;
            }
            round = next;
        }
        if (random.nextInt(70) == 0) {
            Recognition last = chain.remove(chain.size() - 1);
            chain.add(new Recognition(last.id(), last.orphaCode(), last.roundYear(), last.decisionDate(),
                    last.validFrom(), last.validUntil(), last.published(),
                    last.validFrom().plusDays(200 + random.nextInt(800))));
        }
        return chain;
    }

    private List<Membership> memberships(String ernCode, DemoCatalogue.Host host, List<Recognition> recognitions) {
        if (random.nextInt(100) >= 85) {
            return List.of();
        }
        LocalDate since = null;
        for (Recognition r : recognitions.stream().filter(r -> r.withdrawnOn() == null)
                .sorted(Comparator.comparing(Recognition::validFrom)).toList()) {
            LocalDate start = r.validFrom().isBefore(ERNS_STARTED) ? ERNS_STARTED : r.validFrom();
            if (start.isBefore(r.validUntil())) {
                since = start;
                break;
            }
        }
        LocalDate coveredUntil = recognitions.stream()
                .map(r -> r.withdrawnOn() != null && r.withdrawnOn().isBefore(r.validUntil()) ? r.withdrawnOn()
                        : r.validUntil())
                .max(LocalDate::compareTo).orElseThrow();
        if (since == null || !since.isBefore(coveredUntil)) {
            return List.of();
        }
        LocalDate until = coveredUntil.isBefore(HISTORY_ENDS) ? coveredUntil : null;
        int roll = random.nextInt(100);
        MembershipType type = host.type() == InstitutionType.GENERAL
                ? roll < 50 ? MembershipType.ASSOCIATED_NATIONAL_CENTRE : roll < 90 ? MembershipType.FULL_MEMBER
                        : MembershipType.SUPPORTING_PARTNER
                : roll < 80 ? MembershipType.FULL_MEMBER : roll < 88 ? MembershipType.SUPPORTING_PARTNER
                        : roll < 96 ? MembershipType.ASSOCIATED_NATIONAL_CENTRE
                        : MembershipType.NATIONAL_COORDINATION_HUB;
        return List.of(new Membership(uuid(), ernCode, type, since, until));
    }

    private DemoCatalogue.Scope pickScope() {
        double total = scopes.stream().mapToDouble(s -> Math.sqrt(s.disorders().size())).sum();
        double roll = random.nextDouble() * total;
        for (DemoCatalogue.Scope s : scopes) {
            roll -= Math.sqrt(s.disorders().size());
            if (roll < 0) {
                return s;
            }
        }
        return scopes.get(scopes.size() - 1);
    }

    private DemoCatalogue.Host pickHost(String ernCode) {
        List<DemoCatalogue.Host> fitting = categoricals.stream()
                .filter(h -> DemoCatalogue.CATEGORICAL_FIT.getOrDefault(h.rorId(), Set.of())
                        .contains(ernCode)).toList();
        if (!fitting.isEmpty() && random.nextInt(10) < 3) {
            return pick(fitting);
        }
        return random.nextInt(100) < 78 ? pick(umcs) : pick(generals);
    }

    /** Mostly a disorder with a Dutch name; sometimes a small group, recognised as a whole. */
    private ConditionRecord pickMain(DemoCatalogue.Scope scope, DemoCatalogue.Host host) {
        for (int attempt = 0; attempt < 8; attempt++) {
            List<ConditionRecord> pool = !scope.groups().isEmpty() && random.nextInt(100) < 8 ? scope.groups()
                    : scope.disorders();
            List<ConditionRecord> dutch = pool.stream().filter(c -> c.nameNl() != null).toList();
            ConditionRecord c = !dutch.isEmpty() && random.nextInt(4) > 0 ? pick(dutch) : pick(pool);
            if (!usedNames.containsKey(c.orphaCode() + "@" + host.id())) {
                return c;
            }
        }
        return pick(scope.disorders());
    }

    private List<UUID> partners(DemoCatalogue.Host host) {
        boolean partnered = host.type() == InstitutionType.GENERAL ? random.nextInt(2) == 0 : random.nextInt(100) < 15;
        if (!partnered) {
            return List.of();
        }
        DemoCatalogue.Host partner = host.type() == InstitutionType.GENERAL || random.nextBoolean() ? pick(umcs)
                : pick(generals);
        return partner.id().equals(host.id()) ? List.of() : List.of(partner.id());
    }

    private int pickFirstRound() {
        double roll = random.nextDouble() * 100;
        for (int i = 0; i < ROUNDS.size(); i++) {
            roll -= FIRST_ROUND_WEIGHTS[i];
            if (roll < 0) {
                return ROUNDS.get(i);
            }
        }
        return 2025;
    }

    /** "" the first time a condition is the main one at a host, then " 2", " 3", ... */
    private String uniqueSuffix(String key) {
        int n = usedNames.merge(key, 1, Integer::sum);
        return n == 1 ? "" : " " + n;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }
}
