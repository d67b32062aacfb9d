package nl.ecza.registry.common.problem;

import java.util.List;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;

/** One or more request parameters have values the API does not accept. */
public final class InvalidParametersException extends RegistryException {

    /** A rejected parameter with the reason in both languages. */
    public record Violation(String name, LocalizedText reason) {
    }

    private final List<Violation> violations;

    public InvalidParametersException(List<Violation> violations) {
        super(LocalizedText.of("Een of meer parameters hebben een ongeldige waarde.",
                "One or more parameters have an invalid value."));
        this.violations = List.copyOf(violations);
    }

    public static InvalidParametersException of(String name, String reasonNl, String reasonEn) {
        return new InvalidParametersException(List.of(new Violation(name, LocalizedText.of(reasonNl, reasonEn))));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public List<Problem.InvalidParam> invalidParams(Language language) {
        return violations.stream().map(v -> new Problem.InvalidParam(v.name(), v.reason().in(language))).toList();
    }
}
