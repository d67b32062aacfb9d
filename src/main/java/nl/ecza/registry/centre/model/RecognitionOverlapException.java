package nl.ecza.registry.centre.model;

import java.time.LocalDate;
import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The centre is already recognised for this condition during (part of) the requested period. */
public final class RecognitionOverlapException extends RegistryException {

    public RecognitionOverlapException(UUID centreId, int orphaCode, LocalDate from, LocalDate until) {
        super(LocalizedText.of(
                "Het centrum %s is al erkend voor ORPHA:%d van %s tot %s; een erkenning mag daarmee niet overlappen."
                        .formatted(centreId, orphaCode, from, until),
                "Centre %s is already recognised for ORPHA:%d from %s until %s; a recognition may not overlap it."
                        .formatted(centreId, orphaCode, from, until)));
    }
}
