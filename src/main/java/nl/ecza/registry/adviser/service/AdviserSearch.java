package nl.ecza.registry.adviser.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.ecza.registry.adviser.api.AdviserCentre;
import nl.ecza.registry.adviser.api.ConditionComparison;
import nl.ecza.registry.centre.model.RecognitionStatus;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch;
import nl.ecza.registry.finder.mapping.RegisterMapper;
import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RecognitionRuns;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.search.CentreFinder;
import nl.ecza.registry.finder.search.CentreHit;
import nl.ecza.registry.finder.search.FinderQuery;
import nl.ecza.registry.finder.search.FinderResult;

/**
 * The adviser's search: the public finder's semantics (and its cached answers), then what an adviser needs on
 * top - validity and history per condition, ERN roles, all institutions - and the expiry filter.
 */
public final class AdviserSearch {

    private final RegisterSnapshot register;
    private final DayView day;
    private final Language language;
    private final RegisterMapper mapper;

    public AdviserSearch(RegisterSnapshot register, DayView day, Language language) {
        this.register = register;
        this.day = day;
        this.language = language;
        this.mapper = new RegisterMapper(register, day, language);
    }

    public RegisterMapper mapper() {
        return mapper;
    }

    /**
     * @param expiringWithinMonths if set, only centres with a recognition valid today that ends within that many months
     *                             (among the matching recognitions when a condition was searched)
     */
    public FinderResult find(FinderQuery query, Integer expiringWithinMonths) {
        FinderResult result = CentreFinder.findAll(register, day, query, language);
        if (expiringWithinMonths == null) {
            return result;
        }
        LocalDate horizon = day.date().plusMonths(expiringWithinMonths);
        List<CentreHit> expiring = result.hits().stream().filter(hit -> {
            Stream<RegisterEntries.Recognition> candidates = hit.matches().isEmpty()
                    ? day.recognitionsOfCentre(hit.centre().id()).stream()
                    : hit.matches().stream().map(CentreHit.Match::recognition);
            return candidates.anyMatch(r -> !r.validUntil().isAfter(horizon) && !continued(r));
        }).toList();
        return new FinderResult(result.conditions(), expiring, expiring.size());
    }

    /** A recognition that a published renewal continues does not really expire. */
    private boolean continued(RegisterEntries.Recognition r) {
        return register.history(r.centreId()).stream()
                .anyMatch(next -> next.orphaCode() == r.orphaCode() && next.withdrawnOn() == null
                        && !next.validFrom().isAfter(r.validUntil()) && next.validUntil().isAfter(r.validUntil()));
    }

    public AdviserCentre centre(CentreHit hit) {
        RegisterEntries.Centre c = hit.centre();
        Map<Integer, List<RecognitionRuns.Run>> runs = RecognitionRuns.of(register.history(c.id()));
        List<AdviserCentre.CurrentRecognition> current = day.recognitionsOfCentre(c.id()).stream()
                .sorted(Comparator.comparingInt(RegisterEntries.Recognition::orphaCode)).map(r -> {
                    RecognitionRuns.Run run = RecognitionRuns.runOf(runs, r);
                    return new AdviserCentre.CurrentRecognition(r.orphaCode(), name(r.orphaCode()), r.roundYear(),
                            r.validFrom(), r.validUntil(), run.since(), run.recognitions() - 1);
                }).toList();
        List<AdviserCentre.FormerRecognition> former = runs.entrySet().stream()
                .filter(e -> current.stream().noneMatch(cr -> cr.orphaCode() == e.getKey()))
                .map(e -> e.getValue().get(e.getValue().size() - 1))
                .filter(run -> !run.last().validFrom().isAfter(day.date()))
                .map(run -> new AdviserCentre.FormerRecognition(run.orphaCode(), name(run.orphaCode()),
                        run.since(), run.until(), run.last().withdrawnOn() != null ? "withdrawn" : "expired")).toList();
        List<AdviserCentre.HistoryEntry> history = register.history(c.id()).stream()
                .map(r -> new AdviserCentre.HistoryEntry(r.orphaCode(), name(r.orphaCode()), r.roundYear(),
                        r.decisionDate(), r.validFrom(), r.validUntil(), r.withdrawnOn(),
                        RecognitionStatus.of(r.validFrom(), r.validUntil(), r.withdrawnOn(), day.date()).apiValue()))
                .toList();
        return new AdviserCentre(c.id(), mapper.name(c), new Names(c.nameNl(), c.nameEn()),
                mapper.participations(c), RegisterMapper.contact(c.professionalContact()),
                RegisterMapper.contact(c.patientContact()), hit.matches().stream().map(mapper::match).toList(), current,
                former, history, mapper.memberships(c), c.demo());
    }

    /** The comparison row of a centre: its best match for the condition. */
    public ConditionComparison.Row best(CentreHit hit) {
        CentreHit.Match best = hit.matches().get(0);
        return row(hit.centre(), best.recognition(), mapper.match(best).relation());
    }

    /**
     * Export rows of a centre: one per matching recognition, or per current recognition when no condition was searched.
     */
    public List<ConditionComparison.Row> rows(CentreHit hit) {
        if (!hit.matches().isEmpty()) {
            return hit.matches().stream()
                    .map(m -> row(hit.centre(), m.recognition(), mapper.match(m).relation())).toList();
        }
        return day.recognitionsOfCentre(hit.centre().id()).stream()
                .sorted(Comparator.comparingInt(RegisterEntries.Recognition::orphaCode))
                .map(r -> row(hit.centre(), r, null)).toList();
    }

    private ConditionComparison.Row row(RegisterEntries.Centre c, RegisterEntries.Recognition recognition,
            CentreConditionMatch.Relation relation) {
        RecognitionRuns.Run run = RecognitionRuns.runOf(RecognitionRuns.of(register.history(c.id())), recognition);
        var institutions = mapper.participations(c);
        return new ConditionComparison.Row(c.id(), mapper.name(c), institutions.get(0).name(),
                institutions.stream().map(i -> i.name()).toList(), institutions.get(0).city(), relation,
                recognition.orphaCode(), name(recognition.orphaCode()), run.since(), recognition.validUntil(),
                mapper.memberships(c).stream()
                        .map(m -> m.acronym() + " (" + m.membershipType().apiValue() + ")").toList(),
                c.professionalContact().phone(), c.professionalContact().email(), c.professionalContact().website());
    }

    private String name(int orphaCode) {
        return register.nomenclature().condition(orphaCode).map(c -> c.name(language)).orElse("ORPHA:" + orphaCode);
    }
}
