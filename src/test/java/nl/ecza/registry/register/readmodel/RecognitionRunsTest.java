package nl.ecza.registry.register.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.register.readmodel.RegisterEntries.Recognition;

/** "Recognised since": renewals continue a run, a withdrawal ends it. */
class RecognitionRunsTest {

    static final UUID CENTRE = UUID.randomUUID();

    static Recognition recognition(String from, String until, String withdrawn) {
        return new Recognition(UUID.randomUUID(), CENTRE, 558, LocalDate.parse(from).getYear(), LocalDate.parse(from),
                LocalDate.parse(from), LocalDate.parse(until), withdrawn == null ? null : LocalDate.parse(withdrawn));
    }

    @Test
    void shouldCountARenewalAsPartOfTheRun() {
        Recognition first = recognition("2016-10-01", "2021-10-01", null);
        Recognition renewal = recognition("2021-10-01", "2026-10-01", null);
        var run = RecognitionRuns.runOf(RecognitionRuns.of(List.of(first, renewal)), renewal);
        assertEquals(LocalDate.parse("2016-10-01"), run.since());
        assertEquals(2, run.recognitions());
    }

    @Test
    void shouldStartANewRunAfterAWithdrawal() {
        Recognition withdrawn = recognition("2020-01-01", "2025-01-01", "2023-06-01");
        Recognition next = recognition("2023-06-01", "2028-06-01", null);
        var runs = RecognitionRuns.of(List.of(withdrawn, next));
        assertEquals(LocalDate.parse("2023-06-01"), RecognitionRuns.runOf(runs, next).since());
        assertEquals(LocalDate.parse("2023-06-01"), RecognitionRuns.runOf(runs, withdrawn).until());
    }
}
