package nl.ecza.registry.register.readmodel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.institution.model.InstitutionType;

/** Reads the whole public register in a handful of queries. Unpublished recognitions never leave the database. */
final class RegisterQueries {

    private RegisterQueries() {
    }

    static long registryVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select version from registry_version");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<RegisterEntries.Institution> institutions(Connection c) throws SQLException {
        List<RegisterEntries.Institution> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id, ror_id, name, acronym, city, province, latitude, longitude, website, type, umc_group, \
                agb_code, part_of_id
                from institution"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new RegisterEntries.Institution(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), (Double) r.getObject(7),
                        (Double) r.getObject(8), r.getString(9), InstitutionType.valueOf(r.getString(10)),
                        r.getString(11), r.getString(12), r.getObject(13, UUID.class)));
            }
        }
        return result;
    }

    static List<RegisterEntries.Network> networks(Connection c) throws SQLException {
        List<RegisterEntries.Network> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select code, acronym, name_en, name_nl, scope_en, scope_nl, ror_id, name_confirmed, orphanet_heads, \
                orphanet_heads_note
                from ern"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Array heads = r.getArray(9);
                List<Integer> codes = Arrays.asList((Integer[]) heads.getArray());
                result.add(new RegisterEntries.Network(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getBoolean(8), List.copyOf(codes),
                        r.getString(10)));
            }
        }
        return result;
    }

    static List<RegisterEntries.Centre> centres(Connection c) throws SQLException {
        Map<UUID, List<RegisterEntries.Participation>> participations = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select centre_id, institution_id, is_leading from centre_institution "
                        + "order by centre_id, is_leading desc, institution_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                participations.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new RegisterEntries.Participation(r.getObject(2, UUID.class), r.getBoolean(3)));
            }
        }
        List<RegisterEntries.Centre> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id, name_nl, name_en, description_nl, description_en, \
                patient_phone, patient_email, patient_website,
                       professional_phone, professional_email, professional_website, demo
                from expertise_centre"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                UUID id = r.getObject(1, UUID.class);
                result.add(new RegisterEntries.Centre(id, r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), new Contact(r.getString(6), r.getString(7), r.getString(8)),
                        new Contact(r.getString(9), r.getString(10), r.getString(11)), r.getBoolean(12),
                        List.copyOf(participations.getOrDefault(id, List.of()))));
            }
        }
        return result;
    }

    static List<RegisterEntries.Recognition> publishedRecognitions(Connection c) throws SQLException {
        List<RegisterEntries.Recognition> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id, centre_id, orpha_code, round_year, decision_date, valid_from, valid_until, withdrawn_on
                from recognition where published"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new RegisterEntries.Recognition(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        r.getInt(3), r.getInt(4), r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class),
                        r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class)));
            }
        }
        return result;
    }

    static List<RegisterEntries.Membership> memberships(Connection c) throws SQLException {
        List<RegisterEntries.Membership> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, centre_id, ern_code, membership_type, since, until from ern_membership");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new RegisterEntries.Membership(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        r.getString(3), MembershipType.valueOf(r.getString(4)), r.getObject(5, LocalDate.class),
                        r.getObject(6, LocalDate.class)));
            }
        }
        return result;
    }
}
