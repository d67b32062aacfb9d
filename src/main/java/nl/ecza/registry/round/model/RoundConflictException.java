package nl.ecza.registry.round.model;

import java.time.Instant;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The round's phase or existence does not allow the request (a second round in a year, a phase skipped). */
public final class RoundConflictException extends RegistryException {
    public RoundConflictException(String nl, String en) {
        super(LocalizedText.of(nl, en));
    }

    public static RoundConflictException exists(int year) {
        return new RoundConflictException("Er is al een erkenningsronde %d; per jaar is er één.".formatted(year),
                "There already is a recognition round %d; there is one per year.".formatted(year));
    }

    public static RoundConflictException phase(RecognitionRound round, String neededNl, String neededEn) {
        return new RoundConflictException("De ronde %d is in de fase '%s'; dit kan alleen %s."
                .formatted(round.year, round.state.apiValue(), neededNl),
                "The round %d is in phase '%s'; this is only possible %s."
                        .formatted(round.year, round.state.apiValue(), neededEn));
    }

    /** A move out of phase order (see {@link RoundState#mayMoveTo}). */
    public static RoundConflictException phaseOrder(RecognitionRound round) {
        String next = round.state.next() == null ? "-" : round.state.next().apiValue();
        return new RoundConflictException(
                "De ronde %d is in de fase '%s'; de volgende fase is '%s'."
                        .formatted(round.year, round.state.apiValue(), next),
                "The round %d is in phase '%s'; its next phase is '%s'."
                        .formatted(round.year, round.state.apiValue(), next));
    }

    /** Opening a round whose deadline has passed (see {@link RecognitionRound#mayOpenAt}). */
    public static RoundConflictException deadlineAlreadyPassed(RecognitionRound round) {
        return phase(round, "met een aanvraagtermijn die nog niet verstreken is",
                "with an application deadline that has not passed yet");
    }

    /** Closing before the deadline (see {@link RecognitionRound#mayCloseAt}). */
    public static RoundConflictException deadlineNotYetPassed(RecognitionRound round) {
        return phase(round, "na de aanvraagtermijn", "after the application deadline");
    }

    /** A deadline move that {@link RecognitionRound#mayMoveDeadlineTo} refuses, naming the rule it breaks. */
    public static RoundConflictException deadlineNotMovable(RecognitionRound round, Instant wanted, Instant now) {
        if (round.deadlineFrozen()) {
            return phase(round, "voordat de aanvraagtermijn gesloten is", "before the application period is closed");
        }
        if (!now.isBefore(wanted)) {
            return new RoundConflictException(
                    ("De aanvraagtermijn van de ronde %d kan niet op %s worden gezet: dat moment is voorbij, en een "
                            + "termijn moet in de toekomst liggen.").formatted(round.year, AmsterdamTime.nl(wanted)),
                    ("The application deadline of round %d cannot be set to %s: that moment has passed, and a deadline "
                            + "must lie in the future.").formatted(round.year, AmsterdamTime.en(wanted)));
        }
        return new RoundConflictException(
                "De ronde %d is open; haar aanvraagtermijn (%s) kan worden verlengd, niet vervroegd naar %s."
                        .formatted(round.year, AmsterdamTime.nl(round.applicationDeadline), AmsterdamTime.nl(wanted)),
                "The round %d is open; its application deadline (%s) can be extended, not brought forward to %s."
                        .formatted(round.year, AmsterdamTime.en(round.applicationDeadline), AmsterdamTime.en(wanted)));
    }

    /** Deciding the round while requested conditions still await a decision. */
    public static RoundConflictException undecided(long conditions) {
        return new RoundConflictException("Over %d aangevraagde aandoening(en) is nog niet besloten."
                .formatted(conditions), "%d requested condition(s) still await a decision.".formatted(conditions));
    }
}
