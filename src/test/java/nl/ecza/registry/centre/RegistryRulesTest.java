package nl.ecza.registry.centre;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.model.ConditionNotRecognisableException;
import nl.ecza.registry.centre.model.RecognitionOverlapException;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.ern.model.MembershipWithoutRecognitionException;
import nl.ecza.registry.ern.service.MembershipRegistry;
import nl.ecza.registry.ern.service.NewMembership;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.support.TestClock;

/** The registry's rules, each refused by the service with an explanation and again by the database. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryRulesTest {

    @Inject
    CentreRegistry centres;

    @Inject
    MembershipRegistry memberships;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private UUID centre;
    private UUID expiredCentre;
    private LocalDate today;

    @BeforeAll
    void centres() {
        today = ClockProducer.today(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID erasmus = Institution.<Institution>find("rorId", "018906e22").firstResult().id;
            centre = centres.register(new NewCentre("Regeltestcentrum", "Rules test centre", null, null,
                    Contact.NONE, Contact.NONE, erasmus, List.of()));
            centres.recognise(new NewRecognition(centre, 558, today.getYear(), today, today, null, true));
            expiredCentre = centres.register(new NewCentre("Regeltestcentrum verlopen",
                    "Rules test centre expired", null, null, Contact.NONE, Contact.NONE, erasmus, List.of()));
            centres.recognise(new NewRecognition(expiredCentre, 558, 2016, LocalDate.of(2016, 10, 1),
                    LocalDate.of(2016, 10, 1), null, true));
        });
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void shouldRefuseAMembershipWithoutAnActiveRecognition() {
        MembershipWithoutRecognitionException e = assertThrows(MembershipWithoutRecognitionException.class,
                () -> memberships.join(new NewMembership(expiredCentre, "vascern", MembershipType.FULL_MEMBER,
                        today, null)));
        assertThat(e.detail(Language.EN), containsString("has no valid recognition on " + today));
        assertThat(e.detail(Language.EN), containsString("only recognised expertise centres may be members"));
        // Starting inside the old recognition but still running today is refused too.
        assertThrows(MembershipWithoutRecognitionException.class, () -> memberships.join(
                new NewMembership(expiredCentre, "vascern", MembershipType.FULL_MEMBER,
                        LocalDate.of(2018, 1, 1), null)));
        SQLException db = assertThrows(SQLException.class,
                () -> sql("insert into ern_membership (id, centre_id, ern_code, membership_type, since) values "
                        + "(gen_random_uuid(), '" + expiredCentre + "', 'vascern', 'FULL_MEMBER', current_date)"));
        assertThat(db.getMessage(), containsString("cannot become a member of ERN vascern"));
    }

    @Test
    void shouldAcceptAHistoricMembershipWithinAnOldRecognition() {
        UUID id = memberships.join(new NewMembership(expiredCentre, "vascern", MembershipType.SUPPORTING_PARTNER,
                LocalDate.of(2017, 3, 1), LocalDate.of(2021, 10, 1)));
        assertThat(id == null, equalTo(false));
    }

    @Test
    void shouldRefuseAnOverlappingRecognitionOfTheSameCondition() {
        RecognitionOverlapException e = assertThrows(RecognitionOverlapException.class, () -> centres.recognise(
                new NewRecognition(centre, 558, today.getYear(), today, today.plusYears(2), null, true)));
        assertThat(e.detail(Language.NL), containsString("al erkend voor ORPHA:558"));
        // The renewal that starts where the recognition ends is fine.
        centres.recognise(new NewRecognition(centre, 558, today.getYear(), today, today.plusYears(5), null, false));
        SQLException db = assertThrows(SQLException.class,
                () -> sql("insert into recognition (id, centre_id, orpha_code, round_year, decision_date, valid_from, "
                        + "valid_until, created_at) values (gen_random_uuid(), '" + centre + "', 558, "
                        + today.getYear() + ", current_date, current_date + 30, current_date + 60, now())"));
        assertThat(db.getMessage(), containsString("recognition_no_overlap"));
    }

    @Test
    void shouldRefuseANewRecognitionOfAnInactiveCodeNamingItsReplacement() {
        ConditionNotRecognisableException e = assertThrows(ConditionNotRecognisableException.class,
                () -> centres.recognise(new NewRecognition(centre, 34, today.getYear(), today, today, null, true)));
        assertThat(e.detail(Language.EN),
                equalTo("ORPHA:34 (Pipecolic acidemia) is inactive (deprecated) and cannot be recognised; "
                        + "use ORPHA:79189."));
        SQLException db = assertThrows(SQLException.class,
                () -> sql("insert into recognition (id, centre_id, orpha_code, round_year, decision_date, valid_from, "
                        + "valid_until, created_at) values (gen_random_uuid(), '" + centre + "', 34, " + today.getYear()
                        + ", current_date, current_date, current_date + 30, now())"));
        assertThat(db.getMessage(),
                containsString("ORPHA:34 is inactive (deprecated); its replacement is ORPHA:79189"));
    }

    @Test
    void shouldRefuseARecognitionLongerThanFiveYearsOrACentreWithoutALeadingInstitution() {
        SQLException tooLong = assertThrows(SQLException.class,
                () -> sql("insert into recognition (id, centre_id, orpha_code, round_year, decision_date, valid_from, "
                        + "valid_until, created_at) values (gen_random_uuid(), '" + centre + "', 586, "
                        + today.getYear() + ", current_date, current_date, current_date + interval '6 years', now())"));
        assertThat(tooLong.getMessage(), containsString("recognition_period"));
        SQLException leaderless = assertThrows(SQLException.class,
                () -> sql("insert into expertise_centre (id, name_nl, name_en, created_at, updated_at) values "
                        + "(gen_random_uuid(), 'Zonder instelling', 'Without institution', now(), now())"));
        assertThat(leaderless.getMessage(), containsString("has no leading institution"));
    }
}
