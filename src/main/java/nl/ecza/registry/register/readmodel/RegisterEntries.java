package nl.ecza.registry.register.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.model.RecognitionStatus;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.institution.model.InstitutionType;

/** The immutable rows of the public register read model. */
public final class RegisterEntries {

    private RegisterEntries() {
    }

    public record Institution(UUID id, String rorId, String name, String acronym, String city, String province,
            Double latitude, Double longitude, String website, InstitutionType type, String umcGroup, String agbCode,
            UUID partOfId) {
    }

    public record Network(String code, String acronym, String nameEn, String nameNl, String scopeEn, String scopeNl,
            String rorId, boolean nameConfirmed, List<Integer> orphanetHeads, String orphanetHeadsNote) {
    }

    /** An institution's part in a centre. */
    public record Participation(UUID institutionId, boolean leading) {
    }

    public record Centre(UUID id, String nameNl, String nameEn, String descriptionNl, String descriptionEn,
            Contact patientContact, Contact professionalContact, boolean demo, List<Participation> institutions) {

        public UUID leadingInstitution() {
            return institutions.stream().filter(Participation::leading).findFirst().orElseThrow().institutionId();
        }
    }

    /** A published recognition; whether the public sees it depends on the day. */
    public record Recognition(UUID id, UUID centreId, int orphaCode, int roundYear, LocalDate decisionDate,
            LocalDate validFrom, LocalDate validUntil, LocalDate withdrawnOn) {

        public boolean visibleOn(LocalDate day) {
            return RecognitionStatus.of(validFrom, validUntil, withdrawnOn, day) == RecognitionStatus.ACTIVE;
        }
    }

    public record Membership(UUID id, UUID centreId, String ernCode, MembershipType type, LocalDate since,
            LocalDate until) {

        public boolean currentOn(LocalDate day) {
            return !day.isBefore(since) && (until == null || day.isBefore(until));
        }
    }
}
