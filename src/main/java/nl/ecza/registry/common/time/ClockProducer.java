package nl.ecza.registry.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The one source of "now": tests replace it to move time; deadlines are computed in {@link #AMSTERDAM}. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Today as it is in the Netherlands, whatever zone the clock or the host is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }

    /**
     * An instant as the API shows it: in UTC, written with {@code Z} (NL GOV API Design Rules
     * /core/date-time/timezone). Deadlines are still computed in Europe/Amsterdam; only their representation is UTC
     * (decision 0024). Requests may give any offset.
     */
    public static OffsetDateTime inUtc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
