package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Spelling variants people type for the same medical word, reduced to one form: British and American English
 * and the c/k of Dutch medical words. Rules on spelling patterns (never lists of whole words), applied to lower-case,
 * accent-folded tokens at index and query time alike, so both spellings meet in the same token:
 * <ul>
 * <li>Greek and Latin <i>ae</i> after a consonant is <i>e</i> in American spelling: haem/hem, anaem/anem,
 * leukaem/leukem, ischaem/ischem, paediatr/pediatr, gynaec/gynec.</li>
 * <li>Greek <i>oe</i> is <i>e</i> in American spelling, in the morphemes where it occurs (a general oe/e rule would
 * wreck Dutch, where oe is a vowel: bloed, voet): oesophag/esophag, oedem/edem (also Dutch oedeem), oestr/estr,
 * -rrhoea/-rrhea, -pnoea/-pnea, amoeb/ameb, foet/fet, coel/cel, homoeo/homeo. In compounds the linking o goes
 * too, so that British angio-oedema and American angioedema meet.</li>
 * <li>-our at the end of a word (with -s, -al, -ed, -ing) is -or: tumour/tumor, colour/color, behaviour/behavior;
 * not after t or a vowel, and not in short words (contour, detour, four, hour, flour).</li>
 * <li>-tre/-bre at the end of a word is -ter/-ber: centre/center, fibre/fiber, litre/liter.</li>
 * <li>sulph/sulf.</li>
 * <li>Greek <i>ph</i> is <i>f</i> in Dutch, and Orphanet's Dutch names write either (pemphigus and pemfigoïd,
 * encephalitis and encefalitis): lymphoom/lymfoom, syphilis/syfilis, hydrocephalus/hydrocefalus, alpha/alfa. Within a
 * word of five letters or more; at its start only in a word of seven or more, as PHACE(S) is an acronym, not a
 * face.</li>
 * <li>a Roman numeral after a word that numbers (type, factor, class, grade, stage, group, complex and their Dutch
 * forms) is its number: "type III" and "type 3", "factor VIII" and "factor 8", as Orphanet's names write either.</li>
 * <li>a hard c (before a, o, u, l, r or t) is k, as Dutch spells it either way: cardiomyopathie/kardiomyopathie,
 * carcinoom/karcinoom, acuut/akuut, product/produkt. A c at the end of a token stays: while someone types, the
 * next letter decides whether it is hard.</li>
 * </ul>
 * Tokens of fewer than four characters (five for c/k) stay as they are: they are acronyms ("CLS" and "KLS", "AEDS"
 * and "EDS" are different conditions) or the first letters of a word, which the as-typed field matches anyway.
 * The forms are search keys, not words: "tumour" and "tumor" both become "tumor", "cardiac" becomes "kardiac".
 */
public final class SpellingVariants extends TokenFilter {

    /**
     * A regular expression over one token, tried only when the token has at least {@code minLength} characters
     * and contains {@code trigger} (cheap).
     */
    private record Rule(int minLength, String trigger, Pattern pattern, String replacement) {
        Rule(int minLength, String trigger, String regex, String replacement) {
            this(minLength, trigger, Pattern.compile(regex), replacement);
        }
    }

    /** Shorter tokens are acronyms or the first letters of a word, and stay as typed ("CLS" is not "KLS"). */
    private static final int WORD = 4;

    private static final List<Rule> RULES = List.of(
            new Rule(WORD, "ae", "([^aeiou])ae", "$1e"),
            new Rule(WORD, "oe", "(^|[^g])o?oe(de?em)", "$1e$2"),
            new Rule(WORD, "oe", "o?oe(so(?:ph|f)|str)", "e$1"),
            new Rule(WORD, "oe", "(rrh|pn)oe", "$1e"),
            new Rule(WORD, "oe", "(am(?=oeb)|f(?=oet)|c(?=oel)|hom(?=oeo))oe", "$1e"),
            new Rule(WORD, "our", "^(.{2,}[^aeotu])our(s|al|ed|ing)?$", "$1or$2"),
            new Rule(WORD, "re", "^(.{2,}[tb])re(s)?$", "$1er$2"),
            new Rule(WORD, "sulph", "sulph", "sulf"),
            new Rule(WORD + 1, "ph", "(?<=.)ph|^ph(?=.{5})", "f"),
            new Rule(WORD + 1, "c", "c(?=[aoulrt])", "k"));

    /**
     * The words a number follows in a name, as "type" in "Glycogen storage disease type III" or "factor" in "factor
     * VIII deficiency": after them a Roman numeral is the number. Elsewhere "X" is a chromosome, "I" a letter.
     */
    private static final Set<String> NUMBERED = Set.of("type", "types", "subtype", "subtypes", "factor", "complex",
            "class", "klasse", "grade", "graad", "stage", "stadium", "group", "groep", "collagen", "collageen");

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /** The token before this one, as it came in: whether a numeral is a number depends on it. */
    private String previous;

    public SpellingVariants(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String token = term.toString();
        String normalised = normalise(previous, token);
        previous = token;
        if (!normalised.equals(token)) {
            term.setEmpty().append(normalised);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous = null;
    }

    /** The search keys of a name's or a query's tokens, in order (a numeral's key depends on the word before it). */
    public static List<String> normalise(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(normalise(i == 0 ? null : tokens.get(i - 1), tokens.get(i)));
        }
        return keys;
    }

    /**
     * The search key of a token after {@code previous} (null at the start): a Roman numeral of 1 to 20 after a word
     * that numbers ("type II") is its number ("type 2"), as Orphanet writes either; any other token as below.
     */
    static String normalise(String previous, String token) {
        int roman = previous != null && NUMBERED.contains(previous) ? ROMAN.indexOf(token) : -1;
        return roman >= 0 ? Integer.toString(roman + 1) : normalise(token);
    }

    /** The search key of one lower-case, accent-folded token. */
    public static String normalise(String token) {
        String result = token;
        for (Rule rule : RULES) {
            if (result.length() >= rule.minLength() && result.contains(rule.trigger())) {
                Matcher m = rule.pattern().matcher(result);
                if (m.find()) {
                    result = m.replaceAll(rule.replacement());
                }
            }
        }
        return result;
    }
}
