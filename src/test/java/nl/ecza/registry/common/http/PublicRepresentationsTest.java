package nl.ecza.registry.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicRepresentationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "'\"v1-nl\"' | true", "'W/\"v1-nl\"' | true", "'\"v0-nl\", \"v1-nl\"' | true", "'*' | true",
        "'\"v1-en\"' | false", "'v1-nl' | false", "null | false", "'' | false"})
    void shouldMatchIfNoneMatchAsRfc9110Says(String header, boolean matches) {
        assertEquals(matches, PublicRepresentations.matches(header, "\"v1-nl\""));
    }
}
