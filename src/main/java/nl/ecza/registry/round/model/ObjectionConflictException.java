package nl.ecza.registry.round.model;

import java.time.LocalDate;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** An objection that cannot be lodged or decided now: too late, nothing to object to, or already done. */
public final class ObjectionConflictException extends RegistryException {

    private ObjectionConflictException(LocalizedText detail) {
        super(detail);
    }

    public static ObjectionConflictException windowClosed(int orphaCode, LocalDate decided, LocalDate closedOn) {
        return new ObjectionConflictException(LocalizedText.of(
                "De bezwaartermijn voor ORPHA:%d is verstreken: na het besluit van %s kon tot en met %s bezwaar worden gemaakt."
                        .formatted(orphaCode, decided, closedOn),
                "The objection period for ORPHA:%d has ended: after the decision of %s, objections were accepted up to and including %s."
                        .formatted(orphaCode, decided, closedOn)));
    }

    public static ObjectionConflictException of(String nl, String en) {
        return new ObjectionConflictException(LocalizedText.of(nl, en));
    }
}
