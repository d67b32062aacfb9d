package nl.ecza.registry.round.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import nl.ecza.registry.audit.AuditTrail;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.round.api.NewRound;
import nl.ecza.registry.round.api.RoundChanges;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.round.model.RoundNotFoundException;
import nl.ecza.registry.round.model.RoundState;

/** Creates rounds with default phase dates, adjusts them, and moves a round through its phases up to publication. */
@ApplicationScoped
public class RoundService {

    @Inject
    Clock clock;

    @Inject
    RegistryConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    RoundMapper mapper;

    @Inject
    Event<RegistryChanged> changed;

    /** A configured default objection period shorter than the law's stops the start, before any round uses it. */
    void refuseAShortDefaultObjectionPeriod(@Observes StartupEvent event) {
        RecognitionRound.defaultObjectionWeeks(config.rounds().objectionWeeks());
    }

    public static RecognitionRound find(int year) {
        RecognitionRound round = RecognitionRound.findById(year);
        if (round == null) {
            throw new RoundNotFoundException(year);
        }
        return round;
    }

    @Transactional
    public RecognitionRound create(NewRound request) {
        int year = request.year();
        if (RecognitionRound.findById(year) != null) {
            throw RoundConflictException.exists(year);
        }
        RegistryConfig.Rounds defaults = config.rounds();
        RecognitionRound round = new RecognitionRound();
        round.year = year;
        round.state = RoundState.PLANNED;
        Instant now = clock.instant();
        Instant deadline = request.applicationDeadline() != null ? request.applicationDeadline().toInstant()
                : RecognitionRound.deadlineOn(defaults.applicationDeadline().atYear(year));
        // Setting the first deadline follows the rule for moving it: a round nobody could apply to is refused.
        if (!round.mayMoveDeadlineTo(deadline, now)) {
            throw RoundConflictException.deadlineNotMovable(round, deadline, now);
        }
        round.applicationDeadline = deadline;
        round.assessmentEnds = request.assessmentEnds() != null ? request.assessmentEnds()
                : defaults.assessmentEnds().atYear(year);
        round.decisionsDue = request.decisionsDue() != null ? request.decisionsDue()
                : defaults.decisionsDue().atYear(year);
        round.objectionWeeks = request.objectionWeeks() != null ? request.objectionWeeks()
                : RecognitionRound.defaultObjectionWeeks(defaults.objectionWeeks());
        round.createdAt = now;
        round.updatedAt = round.createdAt;
        checkPhaseDates(round);
        round.persistAndFlush();
        audit.record("round.created", "recognition-round", year, null, mapper.round(round));
        return round;
    }

    @Transactional
    public RecognitionRound change(int year, RoundChanges changes, String ifMatch) {
        RecognitionRound round = find(year);
        Preconditions.requireMatch(ifMatch, round.version);
        var before = mapper.round(round);
        if (changes.applicationDeadline() != null
                && !changes.applicationDeadline().toInstant().equals(round.applicationDeadline)) {
            Instant wanted = changes.applicationDeadline().toInstant();
            Instant now = clock.instant();
            if (!round.mayMoveDeadlineTo(wanted, now)) {
                throw RoundConflictException.deadlineNotMovable(round, wanted, now);
            }
            round.applicationDeadline = wanted;
        }
        if (changes.assessmentEnds() != null) {
            round.assessmentEnds = changes.assessmentEnds();
        }
        if (changes.decisionsDue() != null) {
            round.decisionsDue = changes.decisionsDue();
        }
        if (changes.objectionWeeks() != null) {
            // Applies to decisions taken from now on: a decided condition keeps the window it was given.
            round.objectionWeeks = changes.objectionWeeks();
        }
        checkPhaseDates(round);
        if (changes.state() != null && changes.state() != round.state) {
            moveTo(round, changes.state());
        }
        round.updatedAt = clock.instant();
        round.flush();
        audit.record(round.state == RoundState.PUBLISHED && before.state() != RoundState.PUBLISHED ? "round.published"
                : "round.changed", "recognition-round", year, before, mapper.round(round));
        return round;
    }

    private void moveTo(RecognitionRound round, RoundState target) {
        if (!round.state.mayMoveTo(target)) {
            throw RoundConflictException.phaseOrder(round);
        }
        Instant now = clock.instant();
        switch (target) {
            case OPEN -> {
                if (!round.mayOpenAt(now)) {
                    throw RoundConflictException.deadlineAlreadyPassed(round);
                }
            }
            case CLOSED_FOR_APPLICATIONS -> {
                if (!round.mayCloseAt(now)) {
                    throw RoundConflictException.deadlineNotYetPassed(round);
                }
            }
            case DECIDED -> {
                long undecided = RequestedConditionQueries.undecided(round.year);
                if (undecided > 0) {
                    throw RoundConflictException.undecided(undecided);
                }
            }
            case PUBLISHED -> {
                // state and time together: the database checks that they agree when the publication flushes
                round.state = target;
                round.publishedAt = now;
                for (UUID recognition : RequestedConditionQueries.publishRecognitions(round.year)) {
                    audit.record("recognition.published", "recognition", recognition, Map.of("published", false),
                            Map.of("published", true, "roundYear", round.year));
                }
                changed.fire(new RegistryChanged());
            }
            default -> {
            }
        }
        round.state = target;
    }

    private static void checkPhaseDates(RecognitionRound round) {
        LocalDate deadlineDay = round.deadlineDay();
        if (deadlineDay.getYear() != round.year) {
            throw InvalidParametersException.of("applicationDeadline", "moet in het jaar van de ronde liggen",
                    "must fall in the round's year");
        }
        if (round.assessmentEnds.isBefore(deadlineDay)) {
            throw InvalidParametersException.of("assessmentEnds", "mag niet voor de aanvraagtermijn liggen",
                    "must not be before the application deadline");
        }
        if (round.decisionsDue.isBefore(round.assessmentEnds)) {
            throw InvalidParametersException.of("decisionsDue", "mag niet voor het einde van de beoordeling liggen",
                    "must not be before the end of the assessment");
        }
    }

}
