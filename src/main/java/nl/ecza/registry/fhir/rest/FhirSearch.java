package nl.ecza.registry.fhir.rest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The query of one FHIR request, read strictly: only the parameters the facade supports for the resource type, each
 * at most once, with one value (no comma-separated OR lists, no modifiers but those listed). Anything else is a 400
 * OperationOutcome naming the parameter, as FHIR's strict handling says; silently ignoring it would return more than
 * was asked for (docs/decisions/0022).
 */
final class FhirSearch {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final int MAX_OFFSET = 1_000_000;
    /** Parameters every interaction accepts: the response format and pretty printing. */
    static final Set<String> GENERAL = Set.of("_format", "_pretty");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final MultivaluedMap<String, String> query;

    FhirSearch(MultivaluedMap<String, String> query, Set<String> supported) {
        this.query = query;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (!supported.contains(name) && !GENERAL.contains(name)) {
                throw new FhirRequestException(400, IssueType.NOTSUPPORTED, "Search parameter '" + name
                        + "' is not supported here; supported: "
                        + String.join(", ", supported.stream().sorted().toList())
                        + " (see /fhir/metadata)");
            }
            if (e.getValue().size() > 1) {
                throw FhirRequestException.invalidParameter(name, "is given more than once; give it once");
            }
        }
        pretty();
    }

    String value(String name) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw FhirRequestException.invalidParameter(name, "is empty");
        }
        return value;
    }

    /** One value, no OR list: a comma inside a value would be escaped as \, in FHIR, which no supported value needs. */
    String single(String name) {
        String value = value(name);
        if (value != null && value.contains(",")) {
            throw FhirRequestException.invalidParameter(name,
                    "has more than one value (a comma-separated list); give one");
        }
        return value;
    }

    boolean pretty() {
        String value = query.getFirst("_pretty");
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw FhirRequestException.invalidParameter("_pretty", "must be true or false");
        }
        return value.equals("true");
    }

    int count() {
        return number("_count", DEFAULT_COUNT, 0, MAX_COUNT);
    }

    int offset() {
        return number("_offset", 0, 0, MAX_OFFSET);
    }

    private int number(String name, int otherwise, int min, int max) {
        String value = value(name);
        if (value == null) {
            return otherwise;
        }
        if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw FhirRequestException.invalidParameter(name,
                    "must be a whole number from %d to %d (plain digits), not '%s'"
                            .formatted(min, max, shorten(value)));
        }
        return Integer.parseInt(value);
    }

    /** A logical id as FHIR allows it. */
    static boolean isId(String value) {
        return ID.matcher(value).matches();
    }

    /**
     * A reference parameter: {@code Type/id} or a bare id; the type, if given, must be {@code type}. Returns the id.
     */
    String reference(String name, String type) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        if (!isId(id)) {
            throw FhirRequestException.invalidParameter(name,
                    "must be %s/[id] or [id] with a FHIR id (letters, digits, '-', '.', ".formatted(type)
                    + "at most 64), not '" + shorten(value) + "'");
        }
        return id;
    }

    /**
     * A token parameter as {system, code}: {@code system|code}, {@code |code} (system null, "") or {@code code}
     * (system null).
     */
    String[] token(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        int bar = value.indexOf('|');
        if (bar < 0) {
            return new String[] {null, value};
        }
        if (value.indexOf('|', bar + 1) >= 0) {
            throw FhirRequestException.invalidParameter(name,
                    "must be [system]|[code], [code] or |[code], not '" + shorten(value) + "'");
        }
        return new String[] {value.substring(0, bar), value.substring(bar + 1)};
    }

    static boolean digits(String value) {
        return DIGITS.matcher(value).matches();
    }

    static String fold(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
