package nl.ecza.registry.nomenclature.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

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

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"type iii, type 3", "factor viii, factor 8", "klasse ii, klasse 2", "types x, types 10",
        "stage iv, stage 4"})
    void shouldReadARomanNumeralAfterAWordThatNumbersAsItsNumber(String one, String other) {
        assertThat(SpellingVariants.normalise(List.of(one.split(" "))),
                equalTo(SpellingVariants.normalise(List.of(other.split(" ")))));
    }

    @ParameterizedTest(name = "{0} keeps its letter")
    @CsvSource({"chromosome x, x", "fragile x, x", "x linked, x", "vitamin d, d", "hemoglobin i, i"})
    void shouldLeaveALetterThatNumbersNothingAsItIs(String text, String letter) {
        assertThat(SpellingVariants.normalise(List.of(text.split(" "))), hasItem(letter));
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
