package nl.ecza.registry.nomenclature.model;

import java.util.List;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.Problem;
import nl.ecza.registry.common.problem.RegistryException;

/** Text that is not an ORPHAcode in any accepted spelling ({@code ORPHA:558}, {@code orpha:558}, {@code 558}). */
public final class InvalidOrphaCodeException extends RegistryException {

    private final String parameter;

    public InvalidOrphaCodeException(String parameter, String value) {
        super(LocalizedText.of(
                "'%s' is geen ORPHAcode; gebruik bijvoorbeeld ORPHA:558 of 558.".formatted(value),
                "'%s' is not an ORPHAcode; use for example ORPHA:558 or 558.".formatted(value)));
        this.parameter = parameter;
    }

    @Override
    public List<Problem.InvalidParam> invalidParams(Language language) {
        return List.of(new Problem.InvalidParam(parameter, detail(language)));
    }
}
