package nl.ecza.registry.nomenclature.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Orphanet's three levels of precision. */
public enum ClassificationLevel {
    GROUP_OF_DISORDERS(36540, "Group of disorders", "groupOfDisorders"),
    DISORDER(36547, "Disorder", "disorder"),
    SUBTYPE_OF_DISORDER(36554, "Subtype of disorder", "subtypeOfDisorder");

    private final int orphanetId;
    private final String orphanetName;
    private final String apiValue;

    ClassificationLevel(int orphanetId, String orphanetName, String apiValue) {
        this.orphanetId = orphanetId;
        this.orphanetName = orphanetName;
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    public String orphanetName() {
        return orphanetName;
    }

    /** From ClassificationLevel/@id, or its English name when the id is missing; null when neither is known. */
    public static ClassificationLevel fromOrphanet(Integer id, String name) {
        for (ClassificationLevel level : values()) {
            if ((id != null && id == level.orphanetId)
                    || level.orphanetName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return level;
            }
        }
        return null;
    }

    public static ClassificationLevel fromApiValue(String value) {
        for (ClassificationLevel level : values()) {
            if (level.apiValue.equals(value)) {
                return level;
            }
        }
        return null;
    }
}
