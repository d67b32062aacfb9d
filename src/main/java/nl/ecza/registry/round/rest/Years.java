package nl.ecza.registry.round.rest;

import nl.ecza.registry.common.problem.InvalidParametersException;

/** The {year} path segment, taken as text so a non-number gets a precise 400 rather than a 404. */
public final class Years {

    private Years() {
    }

    public static int parse(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw InvalidParametersException.of("year", "moet een jaartal zijn, zoals 2026",
                    "must be a year, such as 2026");
        }
        return Integer.parseInt(year);
    }
}
