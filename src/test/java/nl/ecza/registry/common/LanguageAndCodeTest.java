package nl.ecza.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.nomenclature.model.OrphaCodes;

class LanguageAndCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | EN", "en-GB | EN", "nl-NL | NL", "fr | NL", "'fr, en;q=0.5' | EN", "'en;q=0.4, nl;q=0.8' | NL",
        "'nl;q=0, en' | EN", "'*' | NL", "'en;q=abc' | NL"})
    void shouldPickTheLanguageFromAcceptLanguage(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldDefaultToDutch(String header) {
        assertEquals(Language.NL, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en-GB, en;q=0.9", "*", ",,", "nl ; q=0.5", "en;Q=1.000", "de-CH-1901"})
    void shouldAcceptWellFormedAcceptLanguage(String header) {
        assertTrue(Language.isWellFormed(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;;,,,", "en;q=2", "en;q=0.1234", "en;q=abc", "e n", "abcdefghi", "en-",
            "en;x=1", "\u00e9n"})
    void shouldRefuseMalformedAcceptLanguage(String header) {
        assertFalse(Language.isWellFormed(header));
        // an error response still needs a language: the lenient reading never throws
        assertEquals(Language.NL, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @CsvSource({"558, 558", "ORPHA:558, 558", "orpha:558, 558", "ORPHA 558, 558", "' 0558 ', 558",
            "999999999, 999999999"})
    void shouldReadAnOrphaCodeAsPeopleWriteIt(String text, int expected) {
        assertEquals(OptionalInt.of(expected), OrphaCodes.tryParse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ORPHA:", "0", "-1", "5 5", "1234567890", "ORPHA:1a", "OMIM:558"})
    void shouldRejectWhatIsNoOrphaCode(String text) {
        assertEquals(OptionalInt.empty(), OrphaCodes.tryParse(text));
    }
}
