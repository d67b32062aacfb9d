package nl.ecza.registry.nomenclature.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import: whether it changed anything, the release it created and the summary an
 * operator reads - counts per level and status, and the codes added, renamed and newly inactive.
 */
public record ImportResult(
        Outcome outcome,
        Long releaseId,
        String dataVersion,
        LocalDate extractionDate,
        String source,
        int entityCount,
        int edgeCount,
        Map<String, Integer> countsByLevelAndStatus,
        List<Integer> added,
        List<Integer> renamed,
        List<Integer> newlyInactive,
        List<Integer> reactivated,
        int otherwiseChanged,
        long readMillis,
        long writeMillis) {

    public enum Outcome {
        /** A new release was written. */
        IMPORTED,
        /** The database already holds exactly this pack; nothing was written. */
        UNCHANGED
    }

    public String describe() {
        if (outcome == Outcome.UNCHANGED) {
            return "Orphanet pack %s (%s) is already loaded; nothing changed (read %d ms)."
                    .formatted(dataVersion, extractionDate, readMillis);
        }
        return ("Imported Orphanet pack %s (%s) as release %d: %d entities %s, %d classification edges; "
                + "%d added, %d renamed, ").formatted(dataVersion, extractionDate, releaseId, entityCount,
                        countsByLevelAndStatus, edgeCount, added.size(), renamed.size())
                + "%d newly inactive, %d reactivated, %d otherwise changed (read %d ms, write %d ms)."
                        .formatted(newlyInactive.size(), reactivated.size(), otherwiseChanged, readMillis, writeMillis);
    }
}
