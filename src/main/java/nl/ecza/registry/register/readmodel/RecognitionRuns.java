package nl.ecza.registry.register.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A centre's recognitions for one condition, read as runs: a renewal that starts where (or before) the previous
 * one ends continues the run, so "recognised since" is the start of the run that reaches today.
 */
public final class RecognitionRuns {

    /** An unbroken run of recognitions of one condition. */
    public record Run(int orphaCode, LocalDate since, LocalDate until, int recognitions,
            RegisterEntries.Recognition last, Set<UUID> members) {
    }

    private RecognitionRuns() {
    }

    /** The run a recognition belongs to. */
    public static Run runOf(Map<Integer, List<Run>> runs, RegisterEntries.Recognition r) {
        // by membership, not by dates: after a withdrawal a new run may start on the day the old one ended
        return runs.getOrDefault(r.orphaCode(), List.of()).stream()
                .filter(run -> run.members().contains(r.id())).findFirst()
                .orElse(new Run(r.orphaCode(), r.validFrom(), r.validUntil(), 1, r, Set.of(r.id())));
    }

    /** Runs per condition, oldest first; withdrawn recognitions end their run on the day of withdrawal. */
    public static Map<Integer, List<Run>> of(List<RegisterEntries.Recognition> history) {
        Map<Integer, List<Run>> runs = new TreeMap<>();
        for (RegisterEntries.Recognition r : history) {   // sorted by condition, then validFrom
            LocalDate end = r.withdrawnOn() != null && r.withdrawnOn().isBefore(r.validUntil())
                    ? r.withdrawnOn() : r.validUntil();
            List<Run> list = runs.computeIfAbsent(r.orphaCode(), k -> new ArrayList<>());
            Run previous = list.isEmpty() ? null : list.get(list.size() - 1);
            if (previous != null && previous.last().withdrawnOn() == null && !r.validFrom().isAfter(previous.until())) {
                Set<UUID> members = new HashSet<>(previous.members());
                members.add(r.id());
                list.set(list.size() - 1, new Run(r.orphaCode(), previous.since(),
                        end.isAfter(previous.until()) ? end : previous.until(), previous.recognitions() + 1, r,
                        Set.copyOf(members)));
            } else {
                list.add(new Run(r.orphaCode(), r.validFrom(), end, 1, r, Set.of(r.id())));
            }
        }
        return runs;
    }
}
