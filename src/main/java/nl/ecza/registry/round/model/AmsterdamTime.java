package nl.ecza.registry.round.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.ecza.registry.common.time.ClockProducer;

/** A moment as a refusal names it: in Amsterdam time with its zone, so no one has to convert from UTC. */
final class AmsterdamTime {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm 'uur' (z)",
            Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm (z)", Locale.ENGLISH);

    private AmsterdamTime() {
    }

    static String nl(Instant instant) {
        return NL.format(instant.atZone(ClockProducer.AMSTERDAM));
    }

    static String en(Instant instant) {
        return EN.format(instant.atZone(ClockProducer.AMSTERDAM));
    }
}
