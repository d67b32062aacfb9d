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
                ("De bezwaartermijn voor ORPHA:%d is verstreken: na het besluit van %s kon tot en met %s "
                        + "bezwaar worden gemaakt.").formatted(orphaCode, decided, closedOn),
                ("The objection period for ORPHA:%d has ended: after the decision of %s, objections were accepted "
                        + "up to and including %s.").formatted(orphaCode, decided, closedOn)));
    }

    public static ObjectionConflictException notARefusal(int orphaCode) {
        return of("Bezwaar kan alleen tegen een besluit tot niet-erkennen; over ORPHA:%d is dat niet genomen."
                .formatted(orphaCode),
                "An objection is only possible against a refusal; ORPHA:%d has not been refused.".formatted(orphaCode));
    }

    public static ObjectionConflictException alreadyLodged(int orphaCode) {
        return of("Tegen het besluit over ORPHA:%d is al bezwaar gemaakt.".formatted(orphaCode),
                "An objection against the decision on ORPHA:%d has already been lodged.".formatted(orphaCode));
    }

    public static ObjectionConflictException of(String nl, String en) {
        return new ObjectionConflictException(LocalizedText.of(nl, en));
    }
}
