package nl.ecza.registry.common.problem;

import java.util.List;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;

/**
 * Base of the registry's own exceptions: carries a detail in both languages. The HTTP status and problem
 * type come from {@code platform.problem.ExceptionStatusTable}, never from the exception itself.
 */
public abstract class RegistryException extends RuntimeException {

    private final LocalizedText detail;

    protected RegistryException(LocalizedText detail) {
        super(detail.en());
        this.detail = detail;
    }

    public String detail(Language language) {
        return detail.in(language);
    }

    /** Parameters or fields at fault, if the exception is about input. */
    public List<Problem.InvalidParam> invalidParams(Language language) {
        return List.of();
    }
}
