package nl.ecza.registry.register.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.register.readmodel.RegisterEntries.Centre;

/** The public lists of centres: by name as Dutch or English sorts it, equal names by id, whatever the input order. */
class CentreNameOrderTest {

    @Test
    void shouldSortByNameAsTheLanguageDoesAndEqualNamesById() {
        Centre second = centre("00000000-0000-0000-0000-000000000002", "Expertisecentrum Ééntje", "Twin");
        Centre first = centre("00000000-0000-0000-0000-000000000001", "expertisecentrum Aa", "Twin");
        Centre third = centre("00000000-0000-0000-0000-000000000003", "Expertisecentrum eentje", "Alpha");
        Centre last = centre("00000000-0000-0000-0000-000000000004", "Expertisecentrum Zeldzaam", "Émile");
        List<Centre> centres = new ArrayList<>(List.of(second, first, third, last));
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(centres, new Random(seed));
            // Dutch: case and accents only break ties ("eentje" before "Ééntje"); English: the two twins by id.
            assertEquals(List.of(first, third, second, last), DayView.sortedByName(centres, Language.NL));
            assertEquals(List.of(third, last, first, second), DayView.sortedByName(centres, Language.EN));
        }
    }

    private static Centre centre(String id, String nameNl, String nameEn) {
        return new Centre(UUID.fromString(id), nameNl, nameEn, null, null, null, null, true, List.of());
    }
}
