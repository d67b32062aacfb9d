package nl.ecza.registry.nomenclature.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an inactive entity points to its replacement: deprecated ones are "moved to", obsolete ones "referred to". */
public enum ReplacementType {
    MOVED_TO(21471, "Moved to", "movedTo"),
    REFERRED_TO(27341, "Referred to", "referredTo");

    private final int orphanetId;
    private final String orphanetName;
    private final String apiValue;

    ReplacementType(int orphanetId, String orphanetName, String apiValue) {
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

    public static ReplacementType fromOrphanet(Integer id, String name) {
        for (ReplacementType type : values()) {
            if ((id != null && id == type.orphanetId)
                    || type.orphanetName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return type;
            }
        }
        return null;
    }
}
