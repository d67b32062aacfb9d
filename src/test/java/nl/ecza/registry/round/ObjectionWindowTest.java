package nl.ecza.registry.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.round.api.NewRound;
import nl.ecza.registry.round.api.RoundChanges;
import nl.ecza.registry.round.model.DecisionOutcome;
import nl.ecza.registry.round.model.ObjectionOutcome;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RequestedCondition;

/**
 * The objection window of a decided condition (Awb art. 6:7: six weeks,
 * longer allowed, never shorter) and what publication shows.
 */
class ObjectionWindowTest {

    /** Tuesday 15 September 2026: six weeks later is Tuesday 27 October, after summer time ended (25 October). */
    static final LocalDate DECIDED = LocalDate.of(2026, 9, 15);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 27);

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static RequestedCondition refused(int objectionWeeks) {
        RequestedCondition condition = new RequestedCondition();
        condition.decide(DecisionOutcome.NOT_RECOGNISED, DECIDED, "Zorgpad onvoldoende", objectionWeeks);
        return condition;
    }

    /** "Today" as the service computes it from its clock at this instant. */
    static LocalDate todayAt(String offsetDateTime) {
        return ClockProducer.today(Clock.fixed(OffsetDateTime.parse(offsetDateTime).toInstant(), ZoneOffset.UTC));
    }

    @Test
    void shouldCloseSixWeeksAfterTheDecisionOnTheSameWeekday() {
        assertEquals(LAST_DAY, refused(6).objectionClosesOn);
        assertEquals(LAST_DAY, RequestedCondition.objectionWindowClosesOn(DECIDED,
                RecognitionRound.STATUTORY_OBJECTION_WEEKS));
    }

    @Test
    void shouldAcceptAnObjectionUpToTheLastMillisecondOfTheLastDayInAmsterdam() {
        RequestedCondition condition = refused(6);
        assertTrue(condition.objectionInTimeOn(todayAt("2026-10-27T23:59:59.999+01:00")));
        assertFalse(condition.objectionInTimeOn(todayAt("2026-10-28T00:00:00.000+01:00")));
        // in UTC it is still 27 October at 23:30 UTC, but the Netherlands are on the 28th
        assertFalse(condition.objectionInTimeOn(todayAt("2026-10-27T23:30:00Z")));
        assertTrue(condition.objectionInTimeOn(todayAt("2026-10-27T22:59:59.999Z")));
    }

    @Test
    void shouldAcceptAnObjectionFromTheDecisionDayOn() {
        assertTrue(refused(6).objectionInTimeOn(DECIDED));
    }

    @Test
    void shouldNeverGiveLessThanSixWeeks() {
        for (int weeks = 0; weeks < RecognitionRound.STATUTORY_OBJECTION_WEEKS; weeks++) {
            assertEquals(LAST_DAY, refused(weeks).objectionClosesOn, weeks + " weeks");
        }
    }

    @Test
    void shouldGiveALongerPeriodWhenTheRoundSetsOne() {
        RequestedCondition condition = refused(8);
        assertEquals(LocalDate.of(2026, 11, 10), condition.objectionClosesOn);
        assertTrue(condition.objectionInTimeOn(LocalDate.of(2026, 11, 10)));
        assertFalse(condition.objectionInTimeOn(LocalDate.of(2026, 11, 11)));
    }

    @Test
    void shouldKeepTheWindowFixedAtTheDecisionWhateverTheRoundDoesLater() {
        RecognitionRound round = new RecognitionRound();
        round.objectionWeeks = 6;
        RequestedCondition condition = new RequestedCondition();
        condition.decide(DecisionOutcome.NOT_RECOGNISED, DECIDED, null, round.objectionWeeks);
        round.objectionWeeks = 1;
        assertEquals(LAST_DAY, condition.objectionClosesOn);
        round.objectionWeeks = 26;
        assertEquals(LAST_DAY, condition.objectionClosesOn);
    }

    @Test
    void shouldHaveNoWindowBeforeADecision() {
        assertFalse(new RequestedCondition().objectionInTimeOn(DECIDED));
    }

    @Test
    void shouldTakeOneObjectionAgainstARefusalOnly() {
        assertTrue(refused(6).openToObjection());
        RequestedCondition recognised = new RequestedCondition();
        recognised.decide(DecisionOutcome.RECOGNISED, DECIDED, null, 6);
        assertFalse(recognised.openToObjection());
        RequestedCondition lodged = refused(6);
        lodged.objectionLodgedAt = Instant.parse("2026-10-01T10:00:00Z");
        assertFalse(lodged.openToObjection());
    }

    @Test
    void shouldDateAnObjectionsOutcomeFromTheDayItWasLodgedInAmsterdam() {
        RequestedCondition lodged = refused(6);
        lodged.objectionLodgedAt = OffsetDateTime.parse("2026-10-27T23:59:59.999+01:00").toInstant();
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertFalse(lodged.mayDecideObjectionOn(LocalDate.of(2026, 10, 26), today, 2026));
        assertTrue(lodged.mayDecideObjectionOn(LAST_DAY, today, 2026));
        assertTrue(lodged.mayDecideObjectionOn(today, today, 2026));
        assertFalse(lodged.mayDecideObjectionOn(today.plusDays(1), today, 2026));
        assertFalse(lodged.mayDecideObjectionOn(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 1), 2026));
    }

    @Test
    void shouldPublishARecognitionOrAnUpheldObjectionButNeverARefusal() {
        UUID recognition = UUID.randomUUID();
        RequestedCondition recognised = new RequestedCondition();
        recognised.decide(DecisionOutcome.RECOGNISED, DECIDED, null, 6);
        recognised.recognitionId = recognition;
        assertEquals(Optional.of(recognition), recognised.recognitionToPublish());

        RequestedCondition underObjection = refused(6);
        underObjection.objectionLodgedAt = Instant.parse("2026-10-01T10:00:00Z");
        assertEquals(Optional.empty(), underObjection.recognitionToPublish());
        underObjection.objectionOutcome = ObjectionOutcome.REJECTED;
        assertEquals(Optional.empty(), underObjection.recognitionToPublish());

        RequestedCondition upheld = refused(6);
        upheld.objectionLodgedAt = Instant.parse("2026-10-01T10:00:00Z");
        upheld.objectionOutcome = ObjectionOutcome.UPHELD;
        upheld.recognitionId = recognition;
        assertEquals(Optional.of(recognition), upheld.recognitionToPublish());
        assertEquals(Optional.empty(), new RequestedCondition().recognitionToPublish());
    }

    @Test
    void shouldRefuseFewerThanSixObjectionWeeksWhenARoundIsCreatedOrChanged() {
        assertOnlyViolation("objectionWeeks", VALIDATOR.validate(new NewRound(2027, null, null, null, 5)));
        assertTrue(VALIDATOR.validate(new NewRound(2027, null, null, null, 6)).isEmpty());
        assertOnlyViolation("objectionWeeks", VALIDATOR.validate(new RoundChanges(null, null, null, null, 1)));
        assertOnlyViolation("objectionWeeks", VALIDATOR.validate(new RoundChanges(null, null, null, null, 5)));
        assertTrue(VALIDATOR.validate(new RoundChanges(null, null, null, null, 6)).isEmpty());
        assertTrue(VALIDATOR.validate(new RoundChanges(null, null, null, null, 26)).isEmpty());
    }

    @Test
    void shouldRefuseAConfiguredDefaultOfFewerThanSixObjectionWeeks() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RecognitionRound.defaultObjectionWeeks(5));
        assertTrue(refused.getMessage().contains("ecza.rounds.objection-weeks is 5"), refused.getMessage());
        assertEquals(6, RecognitionRound.defaultObjectionWeeks(6));
        assertEquals(8, RecognitionRound.defaultObjectionWeeks(8));
    }

    static void assertOnlyViolation(String field, Set<? extends ConstraintViolation<?>> violations) {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.iterator().next().getPropertyPath().toString());
    }
}
