package nl.ecza.registry.round.model;

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
        return new RoundConflictException("De ronde %d is in de fase '%s'; dit kan alleen %s.".formatted(round.year, round.state.apiValue(), neededNl),
                "The round %d is in phase '%s'; this is only possible %s.".formatted(round.year, round.state.apiValue(), neededEn));
    }
}
