package nl.ecza.registry.common.validation;

import java.util.OptionalLong;

import nl.ecza.registry.common.problem.InvalidParametersException;

/**
 * Reads a whole number from a query or path parameter the way the contract writes it: ASCII digits only. Java's own
 * parsers also take a sign ({@code +1}), and digits from other scripts (a full-width {@code １}); a client that sends
 * those has made a mistake the registry should name, not guess at.
 */
public final class WholeNumbers {

    // 18 digits always fit a long, so the range check below cannot overflow.
    private static final int MAX_DIGITS = 18;

    private WholeNumbers() {
    }

    /** The value, or empty when the parameter is absent; a malformed or out-of-range value is a 400 naming it. */
    public static OptionalLong parse(String name, String text, long min, long max) {
        if (text == null || text.isEmpty()) {
            return OptionalLong.empty();
        }
        if (text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidParametersException.of(name,
                    "moet een geheel getal van %d tot en met %d zijn (alleen cijfers)".formatted(min, max),
                    "must be a whole number from %d to %d (digits only)".formatted(min, max));
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw InvalidParametersException.of(name,
                    "moet een geheel getal van %d tot en met %d zijn".formatted(min, max),
                    "must be a whole number from %d to %d".formatted(min, max));
        }
        return OptionalLong.of(value);
    }

    /** As {@link #parse}, with a default for an absent parameter. */
    public static int parse(String name, String text, int min, int max, int absent) {
        return (int) parse(name, text, (long) min, (long) max).orElse(absent);
    }
}
