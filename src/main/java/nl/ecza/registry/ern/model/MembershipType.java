package nl.ecza.registry.ern.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a Dutch centre takes part in a European Reference Network. */
public enum MembershipType {
    FULL_MEMBER("fullMember"),
    /** Affiliated partner: associated national centre. */
    ASSOCIATED_NATIONAL_CENTRE("associatedNationalCentre"),
    /** Affiliated partner: national coordination hub. */
    NATIONAL_COORDINATION_HUB("nationalCoordinationHub"),
    SUPPORTING_PARTNER("supportingPartner");

    private final String apiValue;

    MembershipType(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    public boolean affiliatedPartner() {
        return this == ASSOCIATED_NATIONAL_CENTRE || this == NATIONAL_COORDINATION_HUB;
    }
}
