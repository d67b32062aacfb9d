package nl.ecza.registry.common.paging;

import java.util.ArrayList;
import java.util.List;

import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.validation.WholeNumbers;

/** A validated {@code page} / {@code pageSize} pair: pages count from 1. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any list the registry holds, and small enough that an offset always fits an int. */
    public static final int MAX_PAGE = 1_000_000;

    /**
     * Accepts absent values (defaults) and rejects non-numbers and out-of-range values with a field-level
     * problem. Taken as text because JAX-RS answers a query parameter it cannot convert with a 404.
     */
    public static PageRequest of(String page, String pageSize) {
        List<InvalidParametersException.Violation> violations = new ArrayList<>();
        int p = number("page", page, 1, MAX_PAGE, 1, violations);
        int size = number("pageSize", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        return new PageRequest(p, size);
    }

    private static int number(String name, String text, int min, int max, int absent,
            List<InvalidParametersException.Violation> violations) {
        try {
            return WholeNumbers.parse(name, text, min, max, absent);
        } catch (InvalidParametersException e) {
            violations.addAll(e.violations());
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
