package nl.ecza.registry.adviser.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.finder.api.CentreConditionMatch;
import nl.ecza.registry.finder.api.ContactDetails;
import nl.ecza.registry.finder.api.InstitutionParticipation;
import nl.ecza.registry.finder.api.NetworkMembership;
import nl.ecza.registry.nomenclature.api.Names;

/** A centre as a care adviser needs it: why it matches, how long it is recognised, since when, its ERN roles. */
@Schema(description = "A centre with what a care adviser needs: why it matches, validity and history per condition, "
        + "ERN roles, every institution and the contact for professionals.")
public record AdviserCentre(
        @Schema(required = true) UUID id,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(description = "Every institution of the centre, the leading one first.", required = true)
        List<InstitutionParticipation> institutions,
        @Schema(description = "For referring doctors and other professionals.", required = true)
        ContactDetails professionalContact,
        @Schema(description = "For patients and their families.", required = true) ContactDetails patientContact,
        @Schema(description = "Why the centre was found, best match first; empty without a condition.", required = true)
        List<CentreConditionMatch> matches,
        @Schema(description = "Conditions the centre is recognised for today, with validity and since when.",
                required = true)
        List<CurrentRecognition> recognisedConditions,
        @Schema(description = "Conditions the centre was recognised for but is no longer.", required = true)
        List<FormerRecognition> expiredConditions,
        @Schema(description = "Every published recognition decision, oldest first per condition.", required = true)
        List<HistoryEntry> history,
        @Schema(description = "Current ERN memberships with the type of membership per network.", required = true)
        List<NetworkMembership> europeanReferenceNetworks,
        @Schema(description = "Fictional demonstration data.", required = true) boolean demo) {

    @Schema(description = "A condition the centre is recognised for today.")
    public record CurrentRecognition(
            @Schema(required = true, examples = "558") int orphaCode,
            @Schema(required = true) String name,
            @Schema(description = "Round of the current recognition.", required = true) int roundYear,
            @Schema(required = true) LocalDate validFrom,
            @Schema(description = "First day it no longer holds.", required = true) LocalDate validUntil,
            @Schema(description = "Start of the unbroken run of recognitions that leads to the current one.",
                    required = true)
            LocalDate recognisedSince,
            @Schema(description = "How many times it was renewed without a gap.", required = true) int renewals) {
    }

    @Schema(description = "A condition the centre is no longer recognised for.")
    public record FormerRecognition(
            @Schema(required = true) int orphaCode,
            @Schema(required = true) String name,
            @Schema(required = true) LocalDate recognisedSince,
            @Schema(description = "The day the last recognition ended (expiry or withdrawal).", required = true)
            LocalDate endedOn,
            @Schema(description = "expired or withdrawn.", required = true) String reason) {
    }

    @Schema(description = "One published recognition decision.")
    public record HistoryEntry(
            @Schema(required = true) int orphaCode,
            @Schema(required = true) String name,
            @Schema(required = true) int roundYear,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true) LocalDate validFrom,
            @Schema(required = true) LocalDate validUntil,
            @Schema(description = "The day it was withdrawn; null unless withdrawn.", nullable = true)
            LocalDate withdrawnOn,
            @Schema(description = "pending, active, expired or withdrawn, as of today.", required = true)
            String status) {
    }
}
