package nl.ecza.registry.nomenclature.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ecza.registry.nomenclature.importer.Pack;
import nl.ecza.registry.nomenclature.importer.PackReader;
import nl.ecza.registry.nomenclature.importer.PackSource;
import nl.ecza.registry.nomenclature.model.ConditionRecord;

/**
 * How often the search puts the intended condition first, over the whole nomenclature, for what people type: the
 * shortest prefix only one condition's names start with, a name in British spelling, a name with one word misspelled,
 * a Dutch synonym, a name as written. Each case is asked of both readers of the index: the condition search
 * ({@link ConditionSearchIndex#search}, a page of 20) and the finder ({@link ConditionSearchIndex#best}).
 * Names that more than one condition shares are left out: no order can put both first. A measuring tool (the test
 * {@code SearchQualityTest} runs it on a sample); on the shipped pack, failures listed up to the number given:
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) nl.ecza.registry.nomenclature.search.SearchQuality 15
 * </pre>
 */
public final class SearchQuality {

    /** One family of cases: what was asked, of which condition, and how many were answered with it first. */
    public record Family(String name, int cases, int firstBySearch, int firstByFinder, List<String> failures) {
        public double searchRate() {
            return cases == 0 ? 1 : (double) firstBySearch / cases;
        }

        public double finderRate() {
            return cases == 0 ? 1 : (double) firstByFinder / cases;
        }

        @Override
        public String toString() {
            return String.format("%-28s %6d cases  search first %6.2f %%  finder first %6.2f %%", name, cases,
                    100 * searchRate(), 100 * finderRate());
        }
    }

    /** A query and the condition it should find first. */
    public record Case(String query, int orphaCode) {
    }

    private final ConditionSearchIndex index;
    private final List<ConditionRecord> active;
    /** Per folded name, the conditions that have it. */
    private final Map<String, Set<Integer>> owners = new HashMap<>();
    /** Every folded name, sorted, with its condition: for "who else starts with this". */
    private final String[] sortedNames;
    private final int[] sortedCodes;

    public SearchQuality(ConditionSearchIndex index, List<ConditionRecord> conditions) {
        this.index = index;
        this.active = conditions.stream().filter(c -> c.status().isActive()).toList();
        // Inactive conditions' names count as owners too: an inactive code named exactly as typed comes first (the
        // finder redirects it), so no other condition can be expected first for that text.
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        for (ConditionRecord c : conditions) {
            for (String name : names(c)) {
                String folded = folded(name);
                owners.computeIfAbsent(folded, k -> new HashSet<>()).add(c.orphaCode());
                all.add(Map.entry(folded, c.orphaCode()));
            }
        }
        all.sort(Map.Entry.comparingByKey());
        sortedNames = all.stream().map(Map.Entry::getKey).toArray(String[]::new);
        sortedCodes = all.stream().mapToInt(Map.Entry::getValue).toArray();
    }

    /** Every family, in the order of the examples. */
    public List<Family> all(int failuresKept) {
        List<Family> all = new ArrayList<>(List.of(
                family("unique prefix (preferred)", uniquePrefixes(false), failuresKept),
                family("unique prefix (synonyms)", uniquePrefixes(true), failuresKept),
                family("British spelling", britishSpellings(), failuresKept),
                family("one word misspelled", misspellings(1, 11), failuresKept),
                family("misspelled, first letter too", misspellings(0, 12), failuresKept),
                family("Dutch synonym", dutchSynonyms(), failuresKept),
                family("American spelling", americanSpellings(), failuresKept),
                family("Dutch th -> t", dutchVariants(Pattern.compile("(?<=.)th"), "t"), failuresKept),
                family("Dutch compound eponym", dutchCompounds(), failuresKept),
                family("type number other way", typeNumbers(), failuresKept),
                family("prefix with a typo", prefixesWithATypo(13), failuresKept),
                family("Dutch compound apart", dutchCompoundsApart(), failuresKept),
                family("possessive 's", possessives(true), failuresKept),
                family("possessive s", possessives(false), failuresKept),
                family("whole name", wholeNames(), failuresKept)));
        all.addAll(dutchSpellings(failuresKept));
        return all;
    }

    /** Dutch eponyms written as one compound: "Syndroom van Turner" and "Turner-syndroom" as "turnersyndroom". */
    public List<Case> dutchCompounds() {
        List<Case> cases = new ArrayList<>();
        Pattern vanForm = Pattern.compile("(syndroom|ziekte) van ([\\p{L}]+)");
        Pattern hyphenForm = Pattern.compile("([\\p{L}]+)-(syndroom|ziekte)");
        for (ConditionRecord c : active) {
            for (String name : dutchNames(c)) {
                String lower = name.toLowerCase(Locale.ROOT);
                Matcher van = vanForm.matcher(lower);
                Matcher hyphen = hyphenForm.matcher(lower);
                String compound = van.matches() ? van.group(2) + van.group(1)
                        : hyphen.matches() ? hyphen.group(1) + hyphen.group(2) : null;
                if (compound != null && unambiguous(name)) {
                    cases.add(new Case(compound, c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /**
     * The shortest unique prefixes (of preferred names) of two words or more, with one whole word of five letters or
     * more before the last misspelled by one edit after its first letter: a typo while typing.
     */
    public List<Case> prefixesWithATypo(long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (Case c : uniquePrefixes(false)) {
            List<String> words = new ArrayList<>(Arrays.asList(c.query().split(" ")));
            List<Integer> whole = new ArrayList<>();
            for (int i = 0; i < words.size() - 1; i++) {
                if (words.get(i).length() >= 5 && words.get(i).chars().allMatch(Character::isLetter)) {
                    whole.add(i);
                }
            }
            if (!whole.isEmpty()) {
                int w = whole.get(random.nextInt(whole.size()));
                words.set(w, misspelled(words.get(w), 1, random));
                cases.add(new Case(String.join(" ", words), c.orphaCode()));
            }
        }
        return cases;
    }

    /** Dutch names with a compound ending in a common head noun, typed as two words ("kiemcel tumor"). */
    public List<Case> dutchCompoundsApart() {
        List<Case> cases = new ArrayList<>();
        Pattern compound = Pattern.compile("\\b(\\p{L}{4,}?)(syndroom|ziekte|tumor|kanker|dysplasie|stoornis)\\b");
        for (ConditionRecord c : active) {
            for (String name : dutchNames(c)) {
                String lower = name.toLowerCase(Locale.ROOT);
                Matcher m = compound.matcher(lower);
                if (m.find() && unambiguous(name)) {
                    String head = m.group(1).endsWith("s") ? m.group(1).substring(0, m.group(1).length() - 1)
                            : m.group(1);
                    cases.add(new Case(lower.substring(0, m.start()) + head + " " + m.group(2)
                            + lower.substring(m.end()), c.orphaCode()));
                }
            }
        }
        return cases;
    }

    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

    /** Every name with a type number written the other way: "type 4" as "type IV", "type IV" as "type 4". */
    public List<Case> typeNumbers() {
        List<Case> cases = new ArrayList<>();
        Pattern type = Pattern.compile("\\b(type|types) ([0-9]{1,2}|[ivx]{1,4})\\b");
        for (ConditionRecord c : active) {
            for (String name : names(c)) {
                Matcher m = type.matcher(name.toLowerCase(Locale.ROOT));
                if (!m.find() || !unambiguous(name)) {
                    continue;
                }
                String number = m.group(2);
                int arabic = Arrays.asList(ROMAN).indexOf(number) + 1;
                String other = arabic > 0 ? String.valueOf(arabic)
                        : Character.isDigit(number.charAt(0)) && Integer.parseInt(number) >= 1
                        && Integer.parseInt(number) <= ROMAN.length ? ROMAN[Integer.parseInt(number) - 1] : null;
                if (other != null) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    cases.add(new Case(lower.substring(0, m.start(2)) + other + lower.substring(m.end(2)),
                            c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /** English eponyms with a possessive: "Addison disease" as "Addison's disease" and as "Addisons disease". */
    public List<Case> possessives(boolean apostrophe) {
        List<Case> cases = new ArrayList<>();
        Pattern eponym = Pattern.compile("^([A-Z][a-z]{3,}) (disease|syndrome)$");
        for (ConditionRecord c : active) {
            for (String name : concat(List.of(c.nameEn()), c.synonymsEn())) {
                Matcher m = eponym.matcher(name);
                if (m.matches() && unambiguous(name)) {
                    cases.add(new Case(m.group(1) + (apostrophe ? "'s " : "s ") + m.group(2), c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /** Dutch names in the other spelling of a medical word: c/k, f/ph (Greek). */
    public List<Family> dutchSpellings(int failuresKept) {
        return List.of(
                family("Dutch c -> k", dutchVariants(Pattern.compile("c(?=[aoulrt])"), "k"), failuresKept),
                family("Dutch k -> c", dutchVariants(Pattern.compile("k(?=[aoulrt])"), "c"), failuresKept),
                family("Dutch f -> ph (Greek)", dutchVariants(
                        Pattern.compile("(lym|mor|tro|gra|ce|sy|dys)f"), "$1ph"), failuresKept),
                family("Dutch ph -> f", dutchVariants(Pattern.compile("ph"), "f"), failuresKept));
    }

    /** Every {@code step}-th case of a family (all with step 1): a test's sample of a family of thousands. */
    public static List<Case> every(int step, List<Case> cases) {
        List<Case> sample = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += step) {
            sample.add(cases.get(i));
        }
        return sample;
    }

    public Family family(String name, List<Case> cases, int failuresKept) {
        int bySearch = 0;
        int byFinder = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<SearchHit> page = index.search(c.query(), code -> true, 0, 20).hits();
            List<SearchHit> best = index.best(c.query(), 50);
            boolean search = !page.isEmpty() && page.get(0).orphaCode() == c.orphaCode();
            boolean finder = !best.isEmpty() && best.get(0).orphaCode() == c.orphaCode();
            bySearch += search ? 1 : 0;
            byFinder += finder ? 1 : 0;
            if ((!search || !finder) && failures.size() < failuresKept) {
                failures.add(String.format("%s -> %d, got %s / %s", c.query(), c.orphaCode(), first(page),
                        first(best)));
            }
        }
        return new Family(name, cases.size(), bySearch, byFinder, failures);
    }

    private static String first(List<SearchHit> hits) {
        return hits.isEmpty() ? "nothing"
                : hits.get(0).orphaCode() + " " + hits.get(0).matchType() + " \"" + hits.get(0).term().text() + "\"";
    }

    /**
     * For every name of an active condition (its preferred names, or its synonyms), the shortest prefix of its folded
     * text, three characters or more, that names of no other active condition start with.
     */
    public List<Case> uniquePrefixes(boolean synonyms) {
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            List<String> names = synonyms ? concat(c.synonymsEn(), c.synonymsNl())
                    : c.nameNl() == null ? List.of(c.nameEn()) : List.of(c.nameEn(), c.nameNl());
            for (String name : names) {
                String folded = folded(name);
                for (int length = 3; length <= folded.length(); length++) {
                    String prefix = folded.substring(0, length);
                    // What is typed so far ends in a letter or digit: "17q11." is read as "17q11".
                    if (!Character.isLetterOrDigit(prefix.charAt(length - 1))) {
                        continue;
                    }
                    Set<Integer> starting = startingWith(prefix);
                    if (starting.size() == 1) {
                        cases.add(new Case(prefix, c.orphaCode()));
                        break;
                    }
                }
            }
        }
        return cases;
    }

    private static final Map<Pattern, String> BRITISH = britishRules();

    private static Map<Pattern, String> britishRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("\\bhem(a|o)", "haem$1");
        rules.put("([^a])emi(a|c)\\b", "$1aemi$2");
        rules.put("esophag", "oesophag");
        rules.put("\\bedema", "oedema");
        rules.put("angioedema", "angio-oedema");
        rules.put("pediatr", "paediatr");
        rules.put("tumor", "tumour");
        rules.put("estrogen", "oestrogen");
        rules.put("\\bfet(al|us)\\b", "foet$1");
        rules.put("\\bcolor", "colour");
        rules.put("behavior", "behaviour");
        rules.put("ischemi", "ischaemi");
        rules.put("orthopedic", "orthopaedic");
        rules.put("gynecolog", "gynaecolog");
        rules.put("(rrh|pn)ea\\b", "$1oea");
        rules.put("\\bcenter", "centre");
        rules.put("\\bfiber", "fibre");
        rules.put("sulf", "sulph");
        Map<Pattern, String> compiled = new LinkedHashMap<>();
        rules.forEach((regex, replacement) -> compiled.put(Pattern.compile(regex), replacement));
        return compiled;
    }

    /** Every English name of an active condition that has an American spelling, written the British way. */
    public List<Case> britishSpellings() {
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            for (String name : concat(List.of(c.nameEn()), c.synonymsEn())) {
                String lower = name.toLowerCase(Locale.ROOT);
                String british = lower;
                for (Map.Entry<Pattern, String> rule : BRITISH.entrySet()) {
                    british = rule.getKey().matcher(british).replaceAll(rule.getValue());
                }
                if (!british.equals(lower) && unambiguous(name)) {
                    cases.add(new Case(british, c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /** The text with each word of five letters or more rewritten; shorter words are acronyms ("OCA", "JAE"). */
    private static String inWords(String text, UnaryOperator<String> rewrite) {
        Matcher words = Pattern.compile("\\p{L}{5,}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(rewrite.apply(words.group())));
        }
        return words.appendTail(out).toString();
    }

    /** Every Dutch name of an active condition with a word rewritten by {@code rule} (at least five letters). */
    public List<Case> dutchVariants(Pattern rule, String replacement) {
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            for (String name : dutchNames(c)) {
                String lower = name.toLowerCase(Locale.ROOT);
                String variant = inWords(lower, word -> rule.matcher(word).replaceAll(replacement));
                if (!variant.equals(lower) && unambiguous(name)) {
                    cases.add(new Case(variant, c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /** Every English name of an active condition written the British way, written the American way. */
    public List<Case> americanSpellings() {
        List<Case> cases = new ArrayList<>();
        Pattern ae = Pattern.compile("([^aeiou])ae");
        Pattern oe = Pattern.compile("^oe(soph|dem|str)");
        Pattern our = Pattern.compile("([a-z]{2}[^aeotu])our$");
        for (ConditionRecord c : active) {
            for (String name : concat(List.of(c.nameEn()), c.synonymsEn())) {
                String lower = name.toLowerCase(Locale.ROOT);
                String american = inWords(lower, word -> our.matcher(oe.matcher(ae.matcher(word).replaceAll("$1e"))
                        .replaceAll("e$1")).replaceAll("$1or"));
                if (!american.equals(lower) && unambiguous(name)) {
                    cases.add(new Case(american, c.orphaCode()));
                }
            }
        }
        return cases;
    }

    /**
     * Every preferred name (English, Dutch) of two words or more with one word of five letters or more misspelled by
     * one edit (a letter changed, left out, added or two swapped) at or after {@code from}; seeded.
     */
    public List<Case> misspellings(int from, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            for (String name : c.nameNl() == null ? List.of(c.nameEn()) : List.of(c.nameEn(), c.nameNl())) {
                List<String> words = new ArrayList<>(Arrays.asList(folded(name).split(" ")));
                List<Integer> long5 = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).length() >= 5 && words.get(i).chars().allMatch(Character::isLetter)) {
                        long5.add(i);
                    }
                }
                if (words.size() < 2 || long5.isEmpty() || !unambiguous(name)) {
                    continue;
                }
                int w = long5.get(random.nextInt(long5.size()));
                words.set(w, misspelled(words.get(w), from, random));
                cases.add(new Case(String.join(" ", words), c.orphaCode()));
            }
        }
        return cases;
    }

    private static String misspelled(String word, int from, Random random) {
        while (true) {
            int at = from + random.nextInt(word.length() - from);
            char letter = (char) ('a' + random.nextInt(26));
            String typo = switch (random.nextInt(4)) {
                case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
                case 1 -> word.substring(0, at) + word.substring(at + 1);
                case 2 -> word.substring(0, at) + letter + word.substring(at);
                default -> at + 1 < word.length()
                        ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                        : word;
            };
            if (!typo.equals(word)) {
                return typo;
            }
        }
    }

    /** Every Dutch synonym of an active condition, as written. */
    public List<Case> dutchSynonyms() {
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            c.synonymsNl().stream().filter(this::unambiguous).forEach(s -> cases.add(new Case(s, c.orphaCode())));
        }
        return cases;
    }

    /** Every name and synonym of an active condition, as written. */
    public List<Case> wholeNames() {
        List<Case> cases = new ArrayList<>();
        for (ConditionRecord c : active) {
            names(c).stream().filter(this::unambiguous).forEach(s -> cases.add(new Case(s, c.orphaCode())));
        }
        return cases;
    }

    private boolean unambiguous(String name) {
        return owners.getOrDefault(folded(name), Set.of()).size() == 1;
    }

    private Set<Integer> startingWith(String prefix) {
        int at = Arrays.binarySearch(sortedNames, prefix);
        at = at < 0 ? -at - 1 : at;
        while (at > 0 && sortedNames[at - 1].equals(prefix)) {
            at--; // the first of equal names
        }
        Set<Integer> codes = new HashSet<>();
        for (int i = at; i < sortedNames.length && sortedNames[i].startsWith(prefix) && codes.size() < 2; i++) {
            codes.add(sortedCodes[i]);
        }
        return codes;
    }

    /** The Dutch name (if any) and the Dutch synonyms of a condition. */
    private static List<String> dutchNames(ConditionRecord c) {
        return c.nameNl() == null ? c.synonymsNl() : concat(List.of(c.nameNl()), c.synonymsNl());
    }

    private static List<String> names(ConditionRecord c) {
        List<String> names = new ArrayList<>();
        names.add(c.nameEn());
        if (c.nameNl() != null) {
            names.add(c.nameNl());
        }
        names.addAll(c.synonymsEn());
        names.addAll(c.synonymsNl());
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A name as the index reads it: folded words joined by one space. */
    static String folded(String name) {
        return String.join(" ", TextAnalysis.tokens(name));
    }

    public static void main(String[] args) throws Exception {
        Pack pack = PackReader.read(PackSource.classpath("orphanet/orphanet-nomenclature-pack-2025.zip"));
        List<ConditionRecord> conditions = List.copyOf(pack.conditions().values());
        ConditionSearchIndex index = ConditionSearchIndex.build(conditions);
        int kept = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        for (Family f : new SearchQuality(index, conditions).all(kept)) {
            System.out.println(f);
            f.failures().forEach(x -> System.out.println("    " + x));
        }
    }
}
