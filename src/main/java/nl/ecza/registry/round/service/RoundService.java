package nl.ecza.registry.round.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.ecza.registry.audit.AuditTrail;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.time.ClockProducer;
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
        round.applicationDeadline = request.applicationDeadline() != null ? request.applicationDeadline().toInstant()
                : midnightAmsterdam(defaults.applicationDeadline().atYear(year));
        round.assessmentEnds = request.assessmentEnds() != null ? request.assessmentEnds() : defaults.assessmentEnds().atYear(year);
        round.decisionsDue = request.decisionsDue() != null ? request.decisionsDue() : defaults.decisionsDue().atYear(year);
        round.objectionWeeks = request.objectionWeeks() != null ? request.objectionWeeks() : defaults.objectionWeeks();
        round.state = RoundState.PLANNED;
        round.createdAt = clock.instant();
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
        if (changes.applicationDeadline() != null && !changes.applicationDeadline().toInstant().equals(round.applicationDeadline)) {
            if (round.state != RoundState.PLANNED && round.state != RoundState.OPEN) {
                // Once applications are closed, moving the deadline would reopen submission and withdrawal.
                throw RoundConflictException.phase(round, "voordat de aanvraagtermijn gesloten is", "before the application period is closed");
            }
            round.applicationDeadline = changes.applicationDeadline().toInstant();
        }
        if (changes.assessmentEnds() != null) {
            round.assessmentEnds = changes.assessmentEnds();
        }
        if (changes.decisionsDue() != null) {
            round.decisionsDue = changes.decisionsDue();
        }
        if (changes.objectionWeeks() != null) {
            round.objectionWeeks = changes.objectionWeeks();
        }
        checkPhaseDates(round);
        if (changes.state() != null && changes.state() != round.state) {
            moveTo(round, changes.state());
        }
        round.updatedAt = clock.instant();
        round.flush();
        audit.record(round.state == RoundState.PUBLISHED && before.state() != RoundState.PUBLISHED ? "round.published" : "round.changed",
                "recognition-round", year, before, mapper.round(round));
        return round;
    }

    private void moveTo(RecognitionRound round, RoundState target) {
        if (target != round.state.next()) {
            throw new RoundConflictException(
                    "De ronde %d is in de fase '%s'; de volgende fase is '%s'.".formatted(round.year, round.state.apiValue(), next(round)),
                    "The round %d is in phase '%s'; its next phase is '%s'.".formatted(round.year, round.state.apiValue(), next(round)));
        }
        Instant now = clock.instant();
        switch (target) {
            case OPEN -> {
                if (!now.isBefore(round.applicationDeadline)) {
                    throw RoundConflictException.phase(round, "met een aanvraagtermijn die nog niet verstreken is",
                            "with an application deadline that has not passed yet");
                }
            }
            case CLOSED_FOR_APPLICATIONS -> {
                if (now.isBefore(round.applicationDeadline)) {
                    // Closing early would cut off institutions that rely on the published deadline.
                    throw RoundConflictException.phase(round, "na de aanvraagtermijn", "after the application deadline");
                }
            }
            case DECIDED -> {
                long undecided = RequestedConditionQueries.undecided(round.year);
                if (undecided > 0) {
                    throw new RoundConflictException(
                            "Er is nog over %d aangevraagde aandoening(en) niet besloten.".formatted(undecided),
                            "%d requested condition(s) still await a decision.".formatted(undecided));
                }
            }
            case PUBLISHED -> {
                // state and time together: the database checks that they agree when the publication flushes
                round.state = target;
                round.publishedAt = now;
                for (java.util.UUID recognition : RequestedConditionQueries.publishRecognitions(round.year)) {
                    audit.record("recognition.published", "recognition", recognition, java.util.Map.of("published", false),
                            java.util.Map.of("published", true, "roundYear", round.year));
                }
                changed.fire(new RegistryChanged());
            }
            default -> {
            }
        }
        round.state = target;
    }

    private static String next(RecognitionRound round) {
        return round.state.next() == null ? "-" : round.state.next().apiValue();
    }

    private static void checkPhaseDates(RecognitionRound round) {
        LocalDate deadlineDay = LocalDate.ofInstant(round.applicationDeadline, ClockProducer.AMSTERDAM);
        if (deadlineDay.getYear() != round.year) {
            throw InvalidParametersException.of("applicationDeadline", "moet in het jaar van de ronde liggen", "must fall in the round's year");
        }
        if (round.assessmentEnds.isBefore(deadlineDay)) {
            throw InvalidParametersException.of("assessmentEnds", "mag niet voor de aanvraagtermijn liggen", "must not be before the application deadline");
        }
        if (round.decisionsDue.isBefore(round.assessmentEnds)) {
            throw InvalidParametersException.of("decisionsDue", "mag niet voor het einde van de beoordeling liggen", "must not be before the end of the assessment");
        }
    }

    private static Instant midnightAmsterdam(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.MIDNIGHT).atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}
