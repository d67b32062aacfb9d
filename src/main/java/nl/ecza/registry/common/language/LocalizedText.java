package nl.ecza.registry.common.language;

/** A message in both registry languages; {@link #in(Language)} picks one. */
public record LocalizedText(String nl, String en) {

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }
}
