package nl.ecza.registry.nomenclature.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises an ICD code typed as a search: ICD-10 ({@code Q87.4}, {@code M31.0+}, {@code Q87}) and ICD-11 MMS stem and
 * extension codes ({@code LD28.01}, {@code 8A44.2}, {@code XH1A50}), any case. ICD-11 has no I and no O in its codes.
 */
public final class IcdCodes {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(?:\\.[0-9]{1,2})?[+*]?");
    private static final Pattern ICD11 = Pattern.compile(
            "[0-9A-HJ-NP-Z][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](?:\\.[0-9A-HJ-NP-Z]{1,2})?|X[A-HJ-NP-Z][0-9A-HJ-NP-Z]{4}");

    private IcdCodes() {
    }

    public static boolean isCode(IcdRevision revision, String code) {
        return (revision == IcdRevision.ICD_10 ? ICD10 : ICD11).matcher(code).matches();
    }

    /** The lookup key of a typed text if it has the form of an ICD-10 or ICD-11 code: upper case, without + or *. */
    public static Optional<String> key(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        // Every text search asks: the length settles most of them before any case folding or pattern.
        if (stripped.length() > 9) {
            return Optional.empty();
        }
        String code = stripped.toUpperCase(Locale.ROOT);
        if (!(ICD10.matcher(code).matches() || ICD11.matcher(code).matches())) {
            return Optional.empty();
        }
        return Optional.of(stripMarks(code));
    }

    /** The code without the ICD-10 dagger and asterisk: a search for M31.0 finds M31.0+. */
    public static String stripMarks(String code) {
        return code.endsWith("+") || code.endsWith("*") ? code.substring(0, code.length() - 1) : code;
    }
}
