package nl.ecza.registry.nomenclature.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both spellings of a word meet in one search key; words that only look alike do not. */
class SpellingVariantsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "haemoglobin, hemoglobin", "anaemia, anemia", "leukaemia, leukemia", "ischaemic, ischemic",
        "paediatric, pediatric", "gynaecological, gynecological", "oesophageal, esophageal",
        "tracheooesophageal, tracheoesophageal", "oedema, edema",
        "lymphoedema, lymphedema", "oestrogen, estrogen", "diarrhoea, diarrhea", "apnoea, apnea", "amoebic, amebic",
        "foetal, fetal", "coeliac, celiac", "tumour, tumor", "tumours, tumors", "behaviour, behavior", "centre, center",
        "fibres, fibers", "sulphite, sulfite", "cardiomyopathie, kardiomyopathie", "carcinoom, karcinoom",
        "acuut, akuut", "oedeem, edeem", "oesofagus, esofagus", "angiooedema, angioedema",
        "gastrooesophageal, gastroesophageal", "pemphigus, pemfigus", "encephalitis, encefalitis",
        "lymphoom, lymfoom", "syphilis, syfilis", "alpha, alfa", "oesophagus, oesofagus", "phosphatase, fosfatase",
        "phenylketonurie, fenylketonurie",
    })
    void shouldGiveBothSpellingsOneKey(String one, String other) {
        assertThat(SpellingVariants.normalise(one), equalTo(SpellingVariants.normalise(other)));
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({"bloed", "voet", "goedemorgen", "detour", "four", "hour", "cls", "aeds", "card", "cystic", "cell"})
    void shouldLeaveWordsWithoutAVariantAsTheyAre(String word) {
        assertThat(SpellingVariants.normalise(word), equalTo(word));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"cls, kls", "aeds, eds", "voet, vet", "bloed, bled", "phace, face", "phaces, faces"})
    void shouldKeepAcronymsAndDutchVowelsApart(String one, String other) {
        assertThat(SpellingVariants.normalise(one), not(equalTo(SpellingVariants.normalise(other))));
    }
}
