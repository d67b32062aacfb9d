package nl.ecza.registry.common.paging;

import java.util.ArrayList;
import java.util.List;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException;

/** A validated {@code page} / {@code pageSize} pair: pages count from 1. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Accepts absent values (defaults) and rejects non-numbers and out-of-range values with a field-level
     * problem. Taken as text because JAX-RS answers a query parameter it cannot convert with a 404.
     */
    public static PageRequest of(String page, String pageSize) {
        List<InvalidParametersException.Violation> violations = new ArrayList<>();
        int p = number("page", page, 1, violations);
        int size = number("pageSize", pageSize, DEFAULT_PAGE_SIZE, violations);
        if (p < 1) {
            violations.add(new InvalidParametersException.Violation("page",
                    LocalizedText.of("moet 1 of groter zijn", "must be 1 or more")));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new InvalidParametersException.Violation("pageSize",
                    LocalizedText.of("moet tussen 1 en %d liggen".formatted(MAX_PAGE_SIZE),
                            "must be between 1 and %d".formatted(MAX_PAGE_SIZE))));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        return new PageRequest(p, size);
    }

    private static int number(String name, String text, int absent, List<InvalidParametersException.Violation> violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            violations.add(new InvalidParametersException.Violation(name,
                    LocalizedText.of("moet een geheel getal zijn", "must be a whole number")));
            return absent;
        }
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** The part of an already ordered list that this page covers. */
    public <T> List<T> slice(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        int from = (int) offset();
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }
}
