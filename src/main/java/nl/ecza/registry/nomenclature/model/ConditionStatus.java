package nl.ecza.registry.nomenclature.model;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/** Totalstatus of an Orphanet entity, with the flag values the pack description documents for it. */
public enum ConditionStatus {
    ACTIVE("Active", "active", Set.of(1, 129, 513)),
    DEPRECATED("Inactive: Deprecated", "deprecated", Set.of(8449, 257)),
    OBSOLETE("Inactive: Obsolete", "obsolete", Set.of(8208, 9216, 16, 1024)),
    NON_RARE_IN_EUROPE("Inactive: Non rare disease in Europe", "nonRareInEurope", Set.of(8225, 48, 1056));

    private final String orphanetName;
    private final String apiValue;
    private final Set<Integer> flagValues;

    ConditionStatus(String orphanetName, String apiValue, Set<Integer> flagValues) {
        this.orphanetName = orphanetName;
        this.apiValue = apiValue;
        this.flagValues = flagValues;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    public String orphanetName() {
        return orphanetName;
    }

    public boolean isActive() {
        return this == ACTIVE;
    }

    /**
     * From Totalstatus text when it is one of the documented ones ("Active: Historic" counts as active; the
     * description spells the non-rare status two ways), else from FlagValue; null when neither is known.
     */
    public static ConditionStatus fromOrphanet(Integer flagValue, String totalStatus) {
        String text = totalStatus == null ? "" : totalStatus.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("active")) {
            return ACTIVE;
        }
        if (text.contains("deprecated")) {
            return DEPRECATED;
        }
        if (text.contains("obsolete")) {
            return OBSOLETE;
        }
        if (text.contains("non rare")) {
            return NON_RARE_IN_EUROPE;
        }
        for (ConditionStatus status : values()) {
            if (flagValue != null && status.flagValues.contains(flagValue)) {
                return status;
            }
        }
        return null;
    }

    public static ConditionStatus fromApiValue(String value) {
        for (ConditionStatus status : values()) {
            if (status.apiValue.equals(value)) {
                return status;
            }
        }
        return null;
    }
}
