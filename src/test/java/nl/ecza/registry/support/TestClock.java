package nl.ecza.registry.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's clock in tests: real time, shifted by whatever a test sets, so that "today" can move to a
 * deadline or past an expiry date without waiting. Replaces the default clock bean for every test.
 */
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void shift(Duration by) {
        shift = by;
    }

    /** Moves "now" to this moment (Europe/Amsterdam local time); time keeps running from there. */
    public void setTo(LocalDateTime amsterdamTime) {
        shift = Duration.between(Instant.now(), amsterdamTime.atZone(getZone()).toInstant());
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Amsterdam");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
