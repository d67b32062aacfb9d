package nl.ecza.registry.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.ecza.registry.common.database.PgCopy;

/**
 * Writes a demo plan in bulk, in the caller's transaction. Every rule the database holds - one leading
 * institution, no overlapping recognitions, only active conditions, memberships only within a recognition -
 * applies to these rows as to any other; a plan that broke one would roll back as a whole.
 */
final class DemoWriter {

    private DemoWriter() {
    }

    static void write(Connection c, DemoRegister.Plan plan, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        PgCopy.copy(c, "expertise_centre",
                "id, name_nl, name_en, description_nl, description_en, patient_phone, patient_email, "
                        + "patient_website, professional_phone, professional_email, professional_website, demo, "
                        + "created_at, updated_at",
                plan.centres(), r -> new Object[] {r.id(), r.nameNl(), r.nameEn(), r.descriptionNl(), r.descriptionEn(),
                    r.patientContact().phone(), r.patientContact().email(), r.patientContact().website(),
                    r.professionalContact().phone(), r.professionalContact().email(), r.professionalContact().website(),
                    true, at, at});
        List<Object[]> participations = new ArrayList<>();
        List<Object[]> recognitions = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        for (DemoRegister.Centre centre : plan.centres()) {
            participations.add(new Object[] {centre.id(), centre.leadingInstitution(), true});
            centre.partnerInstitutions().forEach(p -> participations.add(new Object[] {centre.id(), p, false}));
            for (DemoRegister.Recognition r : centre.recognitions()) {
                recognitions.add(new Object[] {r.id(), centre.id(), r.orphaCode(), r.roundYear(),
                        r.decisionDate(), r.validFrom(),
                    r.validUntil(), r.published(), r.withdrawnOn(),
                    r.withdrawnOn() == null ? null : "Demonstratie: ingetrokken op verzoek van de instelling", at});
            }
            for (DemoRegister.Membership m : centre.memberships()) {
                memberships.add(new Object[] {m.id(), centre.id(), m.ernCode(), m.type().name(), m.since(), m.until()});
            }
        }
        PgCopy.copy(c, "centre_institution", "centre_id, institution_id, is_leading", participations, r -> r);
        PgCopy.copy(c, "recognition",
                "id, centre_id, orpha_code, round_year, decision_date, valid_from, valid_until, published, "
                + "withdrawn_on, withdrawal_reason, created_at", recognitions, r -> r);
        PgCopy.copy(c, "ern_membership", "id, centre_id, ern_code, membership_type, since, until", memberships, r -> r);
    }
}
