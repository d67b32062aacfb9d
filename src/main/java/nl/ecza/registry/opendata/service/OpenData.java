package nl.ecza.registry.opendata.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.ecza.registry.centre.model.RecognitionStatus;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RecognitionRuns;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.opendata.api.RecognitionRow;
import nl.ecza.registry.opendata.api.RegisterStatistics;

/** The public register as open data and numbers, made from the read model: nothing unpublished is in it. */
public final class OpenData {

    private final RegisterSnapshot register;
    private final DayView day;
    private final Language language;

    public OpenData(RegisterSnapshot register, DayView day, Language language) {
        this.register = register;
        this.day = day;
        this.language = language;
    }

    /** Every recognition valid today. */
    public List<RecognitionRow> currentRegister() {
        return rows(r -> r.visibleOn(day.date()));
    }

    /** Every published recognition a round decided, whatever became of it. */
    public List<RecognitionRow> publishedList(int year) {
        return rows(r -> r.roundYear() == year);
    }

    private List<RecognitionRow> rows(Predicate<RegisterEntries.Recognition> which) {
        Comparator<RecognitionRow> order = Comparator.comparing(RecognitionRow::institution)
                .thenComparing(RecognitionRow::centre)
                .thenComparingInt(RecognitionRow::orphaCode).thenComparing(RecognitionRow::validFrom);
        return register.publishedRecognitions().stream().filter(which).map(this::row).sorted(order).toList();
    }

    private RecognitionRow row(RegisterEntries.Recognition r) {
        RegisterEntries.Centre centre = register.centre(r.centreId()).orElseThrow();
        RegisterEntries.Institution leading = register.institution(centre.leadingInstitution()).orElseThrow();
        ConditionRecord condition = register.nomenclature().condition(r.orphaCode()).orElseThrow();
        RecognitionRuns.Run run = RecognitionRuns.runOf(RecognitionRuns.of(register.history(centre.id())), r);
        List<String> networks = day.membershipsOfCentre(centre.id()).stream()
                .map(m -> register.network(m.ernCode()).orElseThrow().acronym()).sorted().toList();
        return new RecognitionRow(leading.name(), leading.id(),
                language == Language.EN ? centre.nameEn() : centre.nameNl(), centre.id(), condition.name(Language.NL),
                condition.nameEn(), r.orphaCode(), r.roundYear(), r.decisionDate(), run.since(), r.validFrom(),
                r.validUntil(), RecognitionStatus.of(r.validFrom(), r.validUntil(), r.withdrawnOn(), day.date())
                        .apiValue(), networks);
    }

    public static byte[] csv(List<RecognitionRow> rows, Attribution attribution, Language language) {
        CsvTable table = new CsvTable(language == Language.EN
                ? List.of("institution", "institution id", "centre", "centre id", "condition (Dutch name)",
                        "ORPHAcode", "round", "decision date", "recognised since", "valid from", "valid until",
                        "status", "ERNs", "source")
                : List.of("instelling", "instelling-id", "centrum", "centrum-id", "aandoening", "ORPHAcode", "ronde",
                        "besluitdatum", "erkend sinds", "geldig vanaf", "geldig tot", "status", "ERN's", "bron"));
        // CC BY 4.0: the attribution travels with every row, so it survives any cut of the file.
        String source = "%s Data version %s. %s (%s)"
                .formatted(attribution.text(), attribution.dataVersion(), attribution.licence(),
                        attribution.licenceUrl());
        for (RecognitionRow r : rows) {
            table.row(r.institution(), r.institutionId(), r.centre(), r.centreId(), r.condition(),
                    "ORPHA:" + r.orphaCode(), r.roundYear(), r.decisionDate(), r.recognisedSince(), r.validFrom(),
                    r.validUntil(), r.status(), String.join(", ", r.networks()), source);
        }
        return table.bytes();
    }

    public RegisterStatistics statistics() {
        List<RegisterEntries.Centre> centres = day.centres(Language.NL);
        Set<Integer> codes = new HashSet<>();
        Set<UUID> institutions = new HashSet<>();
        int recognitions = 0;
        for (RegisterEntries.Centre c : centres) {
            day.recognitionsOfCentre(c.id()).forEach(r -> codes.add(r.orphaCode()));
            recognitions += day.recognitionsOfCentre(c.id()).size();
            c.institutions().forEach(p -> institutions.add(p.institutionId()));
        }
        List<RegisterStatistics.PerNetwork> networks = register.networks().stream().map(n -> {
            List<RegisterEntries.Centre> members = day.membershipsOfNetwork(n.code()).stream()
                    .map(m -> m.centreId()).distinct().map(id -> register.centre(id).orElseThrow()).toList();
            return new RegisterStatistics.PerNetwork(n.code(), n.acronym(), members.size(), conditionsOf(members),
                    institutionsOf(members));
        }).toList();
        List<RegisterStatistics.PerInstitution> perInstitution = register.institutions().stream()
                .filter(i -> !day.centresAt(i.id()).isEmpty()).map(i -> {
                    List<RegisterEntries.Centre> at = day.centresAt(i.id()).stream()
                            .map(id -> register.centre(id).orElseThrow()).toList();
                    return new RegisterStatistics.PerInstitution(i.id(), i.name(), at.size(), conditionsOf(at));
                }).toList();
        Map<Integer, List<RegisterEntries.Recognition>> byRound = register.publishedRecognitions().stream()
                .collect(Collectors.groupingBy(RegisterEntries.Recognition::roundYear, TreeMap::new,
                        Collectors.toList()));
        List<RegisterStatistics.PerRoundYear> rounds = byRound.entrySet().stream().map(e -> {
            List<RegisterEntries.Recognition> decided = e.getValue();
            List<RegisterEntries.Centre> decidedCentres = decided.stream()
                    .map(RegisterEntries.Recognition::centreId).distinct()
                    .map(id -> register.centre(id).orElseThrow()).toList();
            return new RegisterStatistics.PerRoundYear(e.getKey(), decidedCentres.size(),
                    (int) decided.stream().mapToInt(RegisterEntries.Recognition::orphaCode).distinct().count(),
                    institutionsOf(decidedCentres), decided.size(),
                    (int) decided.stream().filter(r -> r.visibleOn(day.date())).count());
        }).toList();
        return new RegisterStatistics(day.date(),
                new RegisterStatistics.Totals(centres.size(), codes.size(), institutions.size(), recognitions),
                networks, perInstitution, rounds);
    }

    private int conditionsOf(List<RegisterEntries.Centre> centres) {
        return (int) centres.stream().flatMap(c -> day.recognitionsOfCentre(c.id()).stream())
                .mapToInt(RegisterEntries.Recognition::orphaCode).distinct().count();
    }

    private static int institutionsOf(List<RegisterEntries.Centre> centres) {
        return (int) centres.stream().flatMap(c -> c.institutions().stream())
                .map(RegisterEntries.Participation::institutionId).distinct().count();
    }
}
