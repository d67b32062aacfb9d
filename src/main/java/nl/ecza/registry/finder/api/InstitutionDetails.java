package nl.ecza.registry.finder.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.geo.GeoJsonPoint;
import nl.ecza.registry.institution.model.InstitutionType;

/** An institution with its recognised centres. */
@Schema(description = "A Dutch care institution and the recognised expertise centres it takes part in.")
public record InstitutionDetails(
        @Schema(required = true) UUID id,
        @Schema(nullable = true) String rorId,
        @Schema(required = true) String name,
        @Schema(nullable = true) String acronym,
        @Schema(required = true) String city,
        @Schema(required = true) String province,
        @Schema(required = true) InstitutionType type,
        @Schema(nullable = true) String website,
        @Schema(description = "Where the institution is, as a GeoJSON Point in CRS84 (longitude, latitude); null "
                + "where unknown.", nullable = true) GeoJsonPoint location,
        @Schema(description = "AGB code (Vektis), where registered.", nullable = true) String agbCode,
        @Schema(description = "The institution this one is a location or department of.", nullable = true)
        InstitutionReference partOf,
        @Schema(description = "Locations and departments of this institution.", required = true)
        List<InstitutionReference> parts,
        @Schema(description = "Recognised centres it leads.", required = true) List<CentreReference> leadsCentres,
        @Schema(description = "Recognised centres it takes part in without leading.", required = true)
        List<CentreReference> partnerInCentres) {
}
