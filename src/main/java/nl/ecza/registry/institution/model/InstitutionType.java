package nl.ecza.registry.institution.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of institution the recognition policy distinguishes. */
public enum InstitutionType {
    /** University medical centre (umc). */
    UMC("umc"),
    /** General hospital (algemeen ziekenhuis). */
    GENERAL("general"),
    /** Categorical hospital: one specialty, such as children's oncology or epilepsy. */
    CATEGORICAL("categorical"),
    /** Any other care institution. */
    OTHER("other");

    private final String apiValue;

    InstitutionType(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    public static InstitutionType fromApiValue(String value) {
        for (InstitutionType type : values()) {
            if (type.apiValue.equals(value)) {
                return type;
            }
        }
        return null;
    }
}
