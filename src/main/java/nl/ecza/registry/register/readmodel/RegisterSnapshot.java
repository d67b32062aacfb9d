package nl.ecza.registry.register.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;

/**
 * One immutable copy of the public register: institutions, networks, centres and their published
 * recognitions and memberships, tied to the nomenclature snapshot it was built with. What the public sees
 * also depends on the day (a recognition expires at midnight without any write), so the per-day view is
 * derived on demand and kept for the current day.
 */
public final class RegisterSnapshot {

    private final long registryVersion;
    private final NomenclatureSnapshot nomenclature;
    private final Map<UUID, RegisterEntries.Institution> institutions;
    private final List<RegisterEntries.Institution> institutionsByName;
    private final Map<String, RegisterEntries.Network> networks;
    private final List<RegisterEntries.Network> networksByAcronym;
    private final Map<UUID, RegisterEntries.Centre> centres;
    private final List<RegisterEntries.Recognition> recognitions;
    private final List<RegisterEntries.Membership> memberships;
    private final Map<UUID, List<RegisterEntries.Recognition>> historyByCentre;
    private final AtomicReference<DayView> day = new AtomicReference<>();

    RegisterSnapshot(long registryVersion, NomenclatureSnapshot nomenclature,
            List<RegisterEntries.Institution> institutions, List<RegisterEntries.Network> networks,
            List<RegisterEntries.Centre> centres, List<RegisterEntries.Recognition> recognitions,
            List<RegisterEntries.Membership> memberships) {
        this.registryVersion = registryVersion;
        this.nomenclature = nomenclature;
        this.institutions = index(institutions, RegisterEntries.Institution::id);
        this.institutionsByName = institutions.stream()
                .sorted(Comparator.comparing(RegisterEntries.Institution::name,
                        String.CASE_INSENSITIVE_ORDER)).toList();
        this.networks = index(networks, RegisterEntries.Network::code);
        this.networksByAcronym = networks.stream()
                .sorted(Comparator.comparing(n -> n.acronym().replaceFirst("^ERN[ -]", ""),
                        String.CASE_INSENSITIVE_ORDER)).toList();
        this.centres = index(centres, RegisterEntries.Centre::id);
        this.recognitions = List.copyOf(recognitions);
        this.memberships = List.copyOf(memberships);
        this.historyByCentre = group(recognitions.stream()
                .sorted(Comparator.comparingInt(RegisterEntries.Recognition::orphaCode)
                        .thenComparing(RegisterEntries.Recognition::validFrom))
                .toList(), RegisterEntries.Recognition::centreId);
    }

    /** Every published recognition of a centre, expired and withdrawn ones too, by condition and start. */
    public List<RegisterEntries.Recognition> history(UUID centreId) {
        return historyByCentre.getOrDefault(centreId, List.of());
    }

    /** Every published recognition, whatever its validity today: the yearly lists are made from these. */
    public List<RegisterEntries.Recognition> publishedRecognitions() {
        return recognitions;
    }


    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return Map.copyOf(values.stream().collect(Collectors.toMap(key, v -> v)));
    }

    /** The ETag base: changes with every registry write and every nomenclature release. */
    public String version() {
        return "register-" + registryVersion + "-" + nomenclature.version();
    }

    public long registryVersion() {
        return registryVersion;
    }

    public NomenclatureSnapshot nomenclature() {
        return nomenclature;
    }

    public Optional<RegisterEntries.Institution> institution(UUID id) {
        return Optional.ofNullable(institutions.get(id));
    }

    public List<RegisterEntries.Institution> institutions() {
        return institutionsByName;
    }

    public Optional<RegisterEntries.Network> network(String code) {
        return Optional.ofNullable(networks.get(code));
    }

    public List<RegisterEntries.Network> networks() {
        return networksByAcronym;
    }

    public Optional<RegisterEntries.Centre> centre(UUID id) {
        return Optional.ofNullable(centres.get(id));
    }

    /** What the public sees on {@code date}; computed once per day and snapshot. */
    public DayView on(LocalDate date) {
        DayView view = day.get();
        if (view == null || !view.date().equals(date)) {
            view = new DayView(date, this, recognitions, memberships);
            day.set(view);
        }
        return view;
    }

    Map<UUID, RegisterEntries.Centre> centresById() {
        return centres;
    }

    static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
        Map<K, List<V>> result = new HashMap<>();
        for (V v : values) {
            result.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(result);
    }
}
