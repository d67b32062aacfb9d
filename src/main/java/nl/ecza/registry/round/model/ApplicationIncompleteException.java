package nl.ecza.registry.round.model;

import java.util.List;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException.Violation;
import nl.ecza.registry.common.problem.Problem;
import nl.ecza.registry.common.problem.RegistryException;

/** A submission of a draft that lacks what the assessment needs; names every missing field. */
public final class ApplicationIncompleteException extends RegistryException {

    private final List<Violation> missing;

    public ApplicationIncompleteException(List<Violation> missing) {
        super(LocalizedText.of("De aanvraag is nog niet compleet; vul de genoemde velden aan en dien opnieuw in.",
                "The application is not complete yet; fill in the fields named and submit again."));
        this.missing = List.copyOf(missing);
    }

    @Override
    public List<Problem.InvalidParam> invalidParams(Language language) {
        return missing.stream().map(v -> new Problem.InvalidParam(v.name(), v.reason().in(language))).toList();
    }
}
