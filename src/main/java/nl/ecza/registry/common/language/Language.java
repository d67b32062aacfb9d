package nl.ecza.registry.common.language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two languages of the registry. Dutch is the default (a Dutch public service); English serves
 * international professionals and is the fallback where Orphanet has no Dutch term.
 */
public enum Language {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    // RFC 9110 §12.5.4: language-range (RFC 4647) with an optional weight; empty list elements are allowed.
    private static final Pattern ELEMENT = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)\\s*"
                    + "(?:;\\s*[qQ]=(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?\\s*");

    /** Whether an Accept-Language value follows RFC 9110; absent counts as well-formed. */
    public static boolean isWellFormed(String header) {
        if (header == null) {
            return true;
        }
        for (String part : header.split(",", -1)) {
            if (!part.isBlank() && !ELEMENT.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Picks nl or en from an Accept-Language header by its weights; Dutch when neither is asked for. Never throws:
     * a malformed header is refused before any resource runs (PlatformRoutes), and error responses still need a
     * language.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NL;
        }
        Language best = NL;
        double bestWeight = 0;
        for (String part : header.split(",")) {
            Matcher m = ELEMENT.matcher(part);
            if (part.isBlank() || !m.matches()) {
                continue;
            }
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            double weight = m.group(2) == null ? 1.0 : Double.parseDouble(m.group(2));
            Language candidate = tag.equals("en") || tag.startsWith("en-") ? EN
                    : tag.equals("nl") || tag.startsWith("nl-") ? NL : null;
            if (candidate != null && weight > bestWeight) {
                best = candidate;
                bestWeight = weight;
            }
        }
        return best;
    }
}
