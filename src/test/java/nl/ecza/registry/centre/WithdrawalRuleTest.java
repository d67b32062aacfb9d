package nl.ecza.registry.centre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.centre.model.Recognition;

/** A withdrawal ends a recognition early: only on a day within its validity. Edges, in milliseconds. */
class WithdrawalRuleTest {

    private static Recognition validFrom2024() {
        Recognition recognition = new Recognition();
        recognition.validFrom = LocalDate.of(2024, 10, 1);
        recognition.validUntil = LocalDate.of(2029, 10, 1);
        return recognition;
    }

    @Test
    void shouldAllowAWithdrawalFromTheFirstDayToTheLastDayOfValidity() {
        assertTrue(validFrom2024().mayBeWithdrawnOn(LocalDate.of(2024, 10, 1)));
        assertTrue(validFrom2024().mayBeWithdrawnOn(LocalDate.of(2029, 9, 30)));
    }

    @Test
    void shouldRefuseAWithdrawalBeforeItStartedOrAfterItEnded() {
        assertFalse(validFrom2024().mayBeWithdrawnOn(LocalDate.of(2024, 9, 30)));
        assertFalse(validFrom2024().mayBeWithdrawnOn(LocalDate.of(2000, 1, 1)));
        assertFalse(validFrom2024().mayBeWithdrawnOn(LocalDate.of(2029, 10, 1)));
    }
}
