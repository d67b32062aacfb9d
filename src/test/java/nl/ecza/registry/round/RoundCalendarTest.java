package nl.ecza.registry.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.round.model.RoundState;

/** The calendar rules of a round, at their edges, to the millisecond, in Amsterdam time. */
class RoundCalendarTest {

    static final int YEAR = 2026;
    /** 1 April 2026 00:00 in Amsterdam is summer time (CEST, +02:00): 31 March 22:00 UTC. */
    static final Instant DEADLINE = Instant.parse("2026-03-31T22:00:00Z");
    static final Instant LAST_MILLISECOND = amsterdam("2026-03-31T23:59:59.999+02:00");

    static Instant amsterdam(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static RecognitionRound round(RoundState state) {
        RecognitionRound round = new RecognitionRound();
        round.year = YEAR;
        round.state = state;
        round.applicationDeadline = RecognitionRound.deadlineOn(LocalDate.of(YEAR, 4, 1));
        round.objectionWeeks = RecognitionRound.STATUTORY_OBJECTION_WEEKS;
        return round;
    }

    @Test
    void shouldPutTheDefaultDeadlineAtMidnightAmsterdamSummerTime() {
        assertEquals(DEADLINE, RecognitionRound.deadlineOn(LocalDate.of(YEAR, 4, 1)));
        assertEquals(LocalDate.of(YEAR, 4, 1), round(RoundState.OPEN).deadlineDay());
    }

    @Test
    void shouldFindFirstAprilInSummerTimeEveryYearOfTheRegister() {
        // Summer time starts on the last Sunday of March (25-31 March), so 1 April is always CEST, never CET.
        for (int year = 2000; year <= 2100; year++) {
            Instant deadline = RecognitionRound.deadlineOn(LocalDate.of(year, 4, 1));
            assertEquals(ZoneOffset.ofHours(2), deadline.atZone(ClockProducer.AMSTERDAM).getOffset(),
                    "1 April " + year);
        }
    }

    @Test
    void shouldAcceptApplicationsUpToTheLastMillisecondOfThirtyFirstMarch() {
        RecognitionRound round = round(RoundState.OPEN);
        assertFalse(round.deadlinePassedAt(LAST_MILLISECOND));
        assertTrue(round.acceptsApplicationsAt(LAST_MILLISECOND));
        assertTrue(round.deadlinePassedAt(amsterdam("2026-04-01T00:00:00.000+02:00")));
        assertFalse(round.acceptsApplicationsAt(amsterdam("2026-04-01T00:00:00.000+02:00")));
    }

    @Test
    void shouldNotTakeMidnightUtcOrWinterTimeForTheDeadline() {
        RecognitionRound round = round(RoundState.OPEN);
        // 00:30 on 1 April in Amsterdam is still 31 March in UTC: the deadline has passed all the same.
        assertTrue(round.deadlinePassedAt(amsterdam("2026-04-01T00:30:00+02:00")));
        assertTrue(round.deadlinePassedAt(Instant.parse("2026-03-31T23:00:00Z")));
        assertFalse(round.deadlinePassedAt(Instant.parse("2026-03-31T21:59:59.999Z")));
    }

    @ParameterizedTest
    @EnumSource(value = RoundState.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void shouldAcceptApplicationsOnlyWhileOpen(RoundState state) {
        assertFalse(round(state).acceptsApplicationsAt(amsterdam("2026-01-10T09:00:00+01:00")));
    }

    @Test
    void shouldOpenOnlyBeforeTheDeadline() {
        RecognitionRound planned = round(RoundState.PLANNED);
        assertTrue(planned.mayOpenAt(LAST_MILLISECOND));
        assertFalse(planned.mayOpenAt(DEADLINE));
        assertFalse(round(RoundState.OPEN).mayOpenAt(LAST_MILLISECOND));
    }

    @Test
    void shouldCloseOnlyFromTheDeadlineOn() {
        RecognitionRound open = round(RoundState.OPEN);
        assertFalse(open.mayCloseAt(LAST_MILLISECOND));
        assertTrue(open.mayCloseAt(DEADLINE));
        assertFalse(round(RoundState.PLANNED).mayCloseAt(DEADLINE));
    }

    @Test
    void shouldNeverMoveAnOpenRoundsDeadlineToNowOrBefore() {
        RecognitionRound open = round(RoundState.OPEN);
        Instant now = amsterdam("2026-03-15T12:00:00+01:00");
        assertFalse(open.mayMoveDeadlineTo(now, now));
        assertFalse(open.mayMoveDeadlineTo(now.minusMillis(1), now));
        assertFalse(open.mayMoveDeadlineTo(Instant.parse("2026-01-01T00:00:00Z"), now));
    }

    @Test
    void shouldExtendButNotBringForwardAnOpenRoundsDeadline() {
        RecognitionRound open = round(RoundState.OPEN);
        Instant now = amsterdam("2026-03-15T12:00:00+01:00");
        assertFalse(open.mayMoveDeadlineTo(now.plusMillis(1), now));
        assertFalse(open.mayMoveDeadlineTo(DEADLINE.minusMillis(1), now));
        assertTrue(open.mayMoveDeadlineTo(DEADLINE, now));
        assertTrue(open.mayMoveDeadlineTo(amsterdam("2026-04-15T00:00:00+02:00"), now));
    }

    @Test
    void shouldLetAnOpenRoundWhoseDeadlinePassedBeExtendedIntoTheFutureOnly() {
        // e.g. an outage on 31 March: the secretariat may give more time, but not a deadline already gone
        RecognitionRound open = round(RoundState.OPEN);
        Instant now = amsterdam("2026-04-01T09:00:00+02:00");
        assertFalse(open.mayMoveDeadlineTo(amsterdam("2026-04-01T08:59:59.999+02:00"), now));
        assertFalse(open.mayMoveDeadlineTo(now, now));
        assertTrue(open.mayMoveDeadlineTo(now.plusMillis(1), now));
    }

    @Test
    void shouldMoveAPlannedRoundsDeadlineEitherWayAsLongAsItLiesAhead() {
        RecognitionRound planned = round(RoundState.PLANNED);
        Instant now = amsterdam("2026-01-10T09:00:00+01:00");
        assertTrue(planned.mayMoveDeadlineTo(amsterdam("2026-03-01T00:00:00+01:00"), now));
        assertTrue(planned.mayMoveDeadlineTo(now.plusMillis(1), now));
        assertFalse(planned.mayMoveDeadlineTo(now, now));
        assertFalse(planned.mayMoveDeadlineTo(now.minusMillis(1), now));
    }

    @ParameterizedTest
    @EnumSource(value = RoundState.class, names = {"CLOSED_FOR_APPLICATIONS", "IN_ASSESSMENT", "DECIDED", "PUBLISHED"})
    void shouldFreezeTheDeadlineOnceApplicationsAreClosed(RoundState state) {
        RecognitionRound round = round(state);
        assertTrue(round.deadlineFrozen());
        assertFalse(round.mayMoveDeadlineTo(amsterdam("2026-12-01T00:00:00+01:00"), DEADLINE));
    }

    @Test
    void shouldNameTheRuleARefusedDeadlineMoveBreaks() {
        Instant now = amsterdam("2026-03-15T12:00:00+01:00");
        assertTrue(detail(round(RoundState.OPEN), now, now, Language.EN).contains("must lie in the future"));
        assertTrue(detail(round(RoundState.OPEN), now, now, Language.NL).contains("moet in de toekomst liggen"));
        assertTrue(detail(round(RoundState.OPEN), now.plusSeconds(60), now, Language.EN)
                .contains("can be extended, not brought forward"));
        assertTrue(detail(round(RoundState.OPEN), now.plusSeconds(60), now, Language.NL)
                .contains("verlengd, niet vervroegd"));
        assertTrue(detail(round(RoundState.DECIDED), DEADLINE.plusSeconds(86400), now, Language.EN)
                .contains("only possible before the application period is closed"));
        // named in Amsterdam time, as the institution knows the deadline
        assertTrue(detail(round(RoundState.OPEN), DEADLINE.minusMillis(1), now, Language.EN)
                .contains("31 March 2026, 23:59 (CEST)"));
    }

    static String detail(RecognitionRound round, Instant wanted, Instant now, Language language) {
        assertFalse(round.mayMoveDeadlineTo(wanted, now));
        return RoundConflictException.deadlineNotMovable(round, wanted, now).detail(language);
    }

    @Test
    void shouldMoveOnlyToTheNextPhase() {
        List<RoundState> order = List.of(RoundState.PLANNED, RoundState.OPEN, RoundState.CLOSED_FOR_APPLICATIONS,
                RoundState.IN_ASSESSMENT, RoundState.DECIDED, RoundState.PUBLISHED);
        assertEquals(order, List.of(RoundState.values()));
        for (RoundState from : RoundState.values()) {
            for (RoundState to : RoundState.values()) {
                assertEquals(order.indexOf(to) == order.indexOf(from) + 1, from.mayMoveTo(to), from + " -> " + to);
            }
            assertFalse(from.mayMoveTo(null));
        }
        assertNull(RoundState.PUBLISHED.next());
    }

    @Test
    void shouldDateADecisionFromTheDeadlineDayToTodayAndAtTheLatestTheNextYear() {
        RecognitionRound round = round(RoundState.IN_ASSESSMENT);
        LocalDate today = LocalDate.of(YEAR, 9, 15);
        assertFalse(round.mayDecideOn(LocalDate.of(YEAR, 3, 31), today));
        assertTrue(round.mayDecideOn(LocalDate.of(YEAR, 4, 1), today));
        assertTrue(round.mayDecideOn(today, today));
        assertFalse(round.mayDecideOn(today.plusDays(1), today));
        LocalDate later = LocalDate.of(YEAR + 2, 1, 5);
        assertTrue(round.mayDecideOn(LocalDate.of(YEAR + 1, 12, 31), later));
        assertFalse(round.mayDecideOn(LocalDate.of(YEAR + 2, 1, 1), later));
    }

    @ParameterizedTest
    @EnumSource(RoundState.class)
    void shouldMakeRecognitionsPublicOnlyOncePublished(RoundState state) {
        assertEquals(state == RoundState.PUBLISHED, round(state).recognitionsPublic());
    }
}
