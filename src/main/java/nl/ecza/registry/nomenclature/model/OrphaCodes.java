package nl.ecza.registry.nomenclature.model;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an ORPHAcode as people write it: {@code ORPHA:558}, {@code orpha:558}, {@code ORPHA 558} or {@code 558}. */
public final class OrphaCodes {

    // Orphanet: "currently one to six digits; in the future the number of digits can expand" - allow up to 9.
    private static final Pattern CODE = Pattern.compile("^\\s*(?:orpha\\s*:?\\s*)?0*([1-9][0-9]{0,8})\\s*$",
            Pattern.CASE_INSENSITIVE);

    private OrphaCodes() {
    }

    public static OptionalInt tryParse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = CODE.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    public static int parse(String parameter, String text) {
        return tryParse(text).orElseThrow(() -> new InvalidOrphaCodeException(parameter, text));
    }

    public static String format(int code) {
        return "ORPHA:" + code;
    }
}
