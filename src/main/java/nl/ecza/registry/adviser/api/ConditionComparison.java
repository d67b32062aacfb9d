package nl.ecza.registry.adviser.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.finder.api.CentreConditionMatch;
import nl.ecza.registry.finder.api.SearchedCondition;
import nl.ecza.registry.nomenclature.api.Attribution;

/** All centres for one condition, one row each, to compare side by side. */
@Schema(description = "Every centre for one condition, one row each: how it matches, since when and until when it is "
        + "recognised, where, and its ERN roles.")
public record ConditionComparison(
        @Schema(required = true) SearchedCondition condition,
        @Schema(required = true) List<Row> centres,
        @Schema(required = true) Attribution attribution) {

    @Schema(name = "ConditionComparisonRow", description = "One centre for the condition.")
    public record Row(
            @Schema(required = true) UUID centreId,
            @Schema(required = true) String centre,
            @Schema(required = true) String leadingInstitution,
            @Schema(description = "All institutions, the leading one first.", required = true)
            List<String> institutions,
            @Schema(required = true) String city,
            @Schema(description = "exact, broader or narrower; null in an export without a condition.", nullable = true)
            CentreConditionMatch.Relation relation,
            @Schema(required = true) int recognisedOrphaCode,
            @Schema(required = true) String recognisedCondition,
            @Schema(required = true) LocalDate recognisedSince,
            @Schema(required = true) LocalDate validUntil,
            @Schema(description = "ERN memberships as acronym and type, e.g. \"ERN BOND (fullMember)\".",
                    required = true) List<String> networks,
            @Schema(nullable = true) String professionalPhone,
            @Schema(nullable = true) String professionalEmail,
            @Schema(nullable = true) String professionalWebsite) {
    }
}
