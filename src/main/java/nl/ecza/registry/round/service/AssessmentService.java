package nl.ecza.registry.round.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.ecza.registry.audit.AuditTrail;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.round.api.AdviceInput;
import nl.ecza.registry.round.api.ApplicationView;
import nl.ecza.registry.round.api.DecisionInput;
import nl.ecza.registry.round.api.ObjectionInput;
import nl.ecza.registry.round.api.ObjectionOutcomeInput;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.model.ApplicationConflictException;
import nl.ecza.registry.round.model.ApplicationState;
import nl.ecza.registry.round.model.DecisionOutcome;
import nl.ecza.registry.round.model.ObjectionConflictException;
import nl.ecza.registry.round.model.ObjectionOutcome;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RequestedCondition;
import nl.ecza.registry.round.model.RequestedConditionNotFoundException;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.round.model.RoundState;

/**
 * After the deadline: advice and a decision per condition, objections within the objection period and their
 * outcome. A recognition is created by a positive decision or by an upheld objection against a refusal; it is
 * published with the round (or at once, if the round already is).
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RoundMapper mapper;

    @Inject
    ApplicationService applications;

    @Inject
    CentreRegistry centres;

    @Transactional
    public Application advise(int year, UUID id, int orphaCode, AdviceInput input, String ifMatch) {
        Change change = begin(year, id, orphaCode, ifMatch);
        requirePhase(change.round, List.of(RoundState.IN_ASSESSMENT), "tijdens de beoordeling",
                "during the assessment");
        change.condition.advice = input.outcome();
        change.condition.adviceReason = input.reason();
        change.condition.advisedAt = clock.instant();
        return change.commit("application.advised");
    }

    @Transactional
    public Application decide(int year, UUID id, int orphaCode, DecisionInput input, String ifMatch) {
        Change change = begin(year, id, orphaCode, ifMatch);
        requirePhase(change.round, List.of(RoundState.IN_ASSESSMENT),
                "tijdens de beoordeling, voor de ronde besloten is",
                "during the assessment, before the round is decided");
        if (change.condition.decision != null) {
            throw new RoundConflictException(
                    "Over ORPHA:%d is al besloten; een correctie loopt via bezwaar of registerbeheer."
                            .formatted(orphaCode),
                    "ORPHA:%d has been decided; a correction goes through an objection or register maintenance."
                            .formatted(orphaCode));
        }
        LocalDate today = ClockProducer.today(clock);
        LocalDate decided = input.decisionDate() != null ? input.decisionDate() : today;
        if (!change.round.mayDecideOn(decided, today)) {
            LocalDate deadline = change.round.deadlineDay();
            throw InvalidParametersException.of("decisionDate",
                    "moet tussen de aanvraagtermijn (%s) en vandaag liggen, uiterlijk in %d"
                            .formatted(deadline, year + 1),
                    "must lie between the application deadline (%s) and today, at the latest in %d"
                            .formatted(deadline, year + 1));
        }
        // The objection window is fixed now, with the weeks the institution is told in this decision.
        change.condition.decide(input.outcome(), decided, input.reason(), change.round.objectionWeeks);
        if (input.outcome() == DecisionOutcome.RECOGNISED) {
            change.condition.recognitionId = recognise(change.application, change.round, orphaCode, decided);
        }
        return change.commit("application.decided");
    }

    @Transactional
    public Application object(int year, UUID id, int orphaCode, ObjectionInput input) {
        Application application = applications.findOwn(year, id);
        lockForChange(application);
        Change change = new Change(application, RoundService.find(year), condition(application, orphaCode));
        RequestedCondition c = change.condition;
        if (!c.openToObjection()) {
            throw c.decision == DecisionOutcome.NOT_RECOGNISED ? ObjectionConflictException.alreadyLodged(orphaCode)
                    : ObjectionConflictException.notARefusal(orphaCode);
        }
        if (!c.objectionInTimeOn(ClockProducer.today(clock))) {
            throw ObjectionConflictException.windowClosed(orphaCode, c.decisionDate, c.objectionClosesOn);
        }
        c.objectionLodgedAt = clock.instant();
        c.objectionReason = input.reason();
        return change.commit("objection.lodged");
    }

    @Transactional
    public Application decideObjection(int year, UUID id, int orphaCode, ObjectionOutcomeInput input, String ifMatch) {
        Change change = begin(year, id, orphaCode, ifMatch);
        RequestedCondition c = change.condition;
        if (c.objectionLodgedAt == null) {
            throw ObjectionConflictException.of("Tegen het besluit over ORPHA:%d is geen bezwaar gemaakt."
                    .formatted(orphaCode),
                    "No objection was lodged against the decision on ORPHA:%d.".formatted(orphaCode));
        }
        if (c.objectionOutcome != null) {
            throw ObjectionConflictException.of("Op het bezwaar over ORPHA:%d is al beslist.".formatted(orphaCode),
                    "The objection about ORPHA:%d has already been decided.".formatted(orphaCode));
        }
        LocalDate today = ClockProducer.today(clock);
        LocalDate decided = input.decidedOn() != null ? input.decidedOn() : today;
        if (!c.mayDecideObjectionOn(decided, today, year)) {
            LocalDate lodged = c.objectionLodgedOn();
            throw InvalidParametersException.of("decidedOn",
                    "moet tussen het bezwaar (%s) en vandaag liggen, uiterlijk in %d"
                            .formatted(lodged, year + 1),
                    "must lie between the objection (%s) and today, at the latest in %d".formatted(lodged, year + 1));
        }
        c.objectionOutcome = input.outcome();
        c.objectionDecidedOn = decided;
        c.objectionOutcomeReason = input.reason();
        if (input.outcome() == ObjectionOutcome.UPHELD) {
            // The refusal is overturned: the condition is recognised as of the decision on the objection.
            c.recognitionId = recognise(change.application, change.round, orphaCode, decided);
        }
        return change.commit("objection.decided");
    }

    private UUID recognise(Application application, RecognitionRound round, int orphaCode, LocalDate decided) {
        if (application.centreId != null
                && Recognition.count("centreId = ?1 and orphaCode = ?2 and roundYear = ?3 and withdrawnOn is null",
                        application.centreId, orphaCode, round.year) > 0) {
            // Two applications of one round for the same centre and condition must not stack into ten years.
            throw new RoundConflictException(
                    "Het centrum is in de ronde %d al erkend voor ORPHA:%d (via een andere aanvraag)."
                            .formatted(round.year, orphaCode),
                    "The centre was already recognised for ORPHA:%d in round %d (through another application)."
                            .formatted(orphaCode, round.year));
        }
        if (application.centreId == null) {
            application.centreId = centres.register(new NewCentre(application.centreNameNl, application.centreNameEn,
                    application.descriptionNl, application.descriptionEn,
                    new Contact(application.patientPhone, application.patientEmail, application.patientWebsite),
                    new Contact(application.professionalPhone, application.professionalEmail,
                            application.professionalWebsite),
                    application.institutionId, List.copyOf(application.partnerInstitutions)));
            audit.record("centre.created", "expertise-centre", application.centreId, null,
                    Map.of("nameNl", String.valueOf(application.centreNameNl), "application",
                            application.id.toString()));
        }
        // A renewal starts where the running recognition ends, so the two never overlap.
        LocalDate from = decided;
        Recognition running = Recognition.<Recognition>find(
                "centreId = ?1 and orphaCode = ?2 and withdrawnOn is null and validUntil > ?3 order by validUntil desc",
                application.centreId, orphaCode, decided).firstResult();
        if (running != null && running.validUntil.isAfter(from)) {
            from = running.validUntil;
        }
        UUID recognition = centres.recognise(new NewRecognition(application.centreId, orphaCode, round.year,
                decided, from, null, round.recognitionsPublic()));
        audit.record("recognition.created", "recognition", recognition, null,
                Map.of("centreId", application.centreId.toString(), "orphaCode", orphaCode, "roundYear", round.year,
                        "decisionDate", decided.toString(), "validFrom", from.toString(), "published",
                        round.recognitionsPublic(), "application", application.id.toString()));
        return recognition;
    }

    private Change begin(int year, UUID id, int orphaCode, String ifMatch) {
        Application application = applications.find(year, id);
        Preconditions.requireMatch(ifMatch, application.version);
        lockForChange(application);
        if (application.state != ApplicationState.SUBMITTED) {
            throw ApplicationConflictException.state(application.state, "voor een ingediende aanvraag",
                    "for a submitted application");
        }
        return new Change(application, RoundService.find(year), condition(application, orphaCode));
    }

    /**
     * Advice, decisions and objections change child rows only, which do not bump the application's version by
     * themselves: force it (and hold the row) so the ETag always moves and concurrent changes serialise.
     */
    private static void lockForChange(Application application) {
        Application.getEntityManager().lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static RequestedCondition condition(Application application, int orphaCode) {
        return application.condition(orphaCode).orElseThrow(() -> new RequestedConditionNotFoundException(orphaCode));
    }

    private static void requirePhase(RecognitionRound round, List<RoundState> states, String nl, String en) {
        if (!states.contains(round.state)) {
            throw RoundConflictException.phase(round, nl, en);
        }
    }

    /** One change to an application: remembers the before-image for the audit trail. */
    private final class Change {
        final Application application;
        final RecognitionRound round;
        final RequestedCondition condition;
        final ApplicationView before;

        Change(Application application, RecognitionRound round, RequestedCondition condition) {
            this.application = application;
            this.round = round;
            this.condition = condition;
            this.before = mapper.application(application, round, Language.NL);
        }

        Application commit(String action) {
            application.updatedAt = clock.instant();
            application.flush();
            audit.record(action, "application", application.id, before,
                    mapper.application(application, round, Language.NL));
            return application;
        }
    }
}
