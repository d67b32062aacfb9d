package nl.ecza.registry.common.language;

import java.util.Locale;

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

    /** Picks nl or en from an Accept-Language header (RFC 9110 weights); anything else means Dutch. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NL;
        }
        Language best = NL;
        double bestWeight = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            Language candidate = tag.startsWith("en") ? EN : tag.startsWith("nl") ? NL : null;
            if (candidate != null && weight > bestWeight && weight > 0) {
                best = candidate;
                bestWeight = weight;
            }
        }
        return best;
    }
}
