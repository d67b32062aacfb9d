package nl.ecza.registry.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.ecza.registry.common.database.EmbeddedDatabase;

/**
 * V6 on a database with decisions taken before it: each decided condition gets the window its round gave
 * (at least six weeks, also where a round had been set shorter), and the database refuses a shorter one after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionWindowMigrationTest {

    EmbeddedDatabase database;
    Connection connection;

    @BeforeAll
    void decisionsTakenBeforeV6() throws SQLException {
        database = EmbeddedDatabase.start(null, EmbeddedDatabase.Durability.THROW_AWAY);
        flyway("5").migrate();
        connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
        try (Statement s = connection.createStatement()) {
            // institutions and conditions are not the point here: skip the foreign keys for the fixture only
            s.execute("set session_replication_role = replica");
            s.execute("""
                    insert into recognition_round (year, application_deadline, assessment_ends, decisions_due, \
                    objection_weeks, state, created_at, updated_at)
                    values (2030, '2030-03-31T22:00:00Z', '2030-07-31', '2030-10-31', 8, 'IN_ASSESSMENT', now(), now()),
                           (2031, '2031-03-31T22:00:00Z', '2031-07-31', '2031-10-31', 1, 'IN_ASSESSMENT', \
                    now(), now())""");
            s.execute("""
                    insert into application (id, round_year, institution_id, state, submitted_at, created_at, \
                    updated_at)
                    values ('00000000-0000-0000-0000-000000002030', 2030, gen_random_uuid(), 'SUBMITTED', \
                    now(), now(), now()),
                           ('00000000-0000-0000-0000-000000002031', 2031, gen_random_uuid(), 'SUBMITTED', \
                    now(), now(), now())""");
            s.execute("""
                    insert into requested_condition (application_id, orpha_code, position, decision, decision_date)
                    values ('00000000-0000-0000-0000-000000002030', 558, 0, 'NOT_RECOGNISED', '2030-09-17'),
                           ('00000000-0000-0000-0000-000000002030', 79189, 1, null, null),
                           ('00000000-0000-0000-0000-000000002031', 558, 0, 'NOT_RECOGNISED', '2031-09-16')""");
            s.execute("set session_replication_role = origin");
        }
        flyway(null).migrate();
    }

    @AfterAll
    void stop() throws SQLException {
        connection.close();
        database.close();
    }

    Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database.jdbcUrl(), "postgres", "postgres")
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    LocalDate closesOn(String application, int orphaCode) throws SQLException {
        try (var s = connection.prepareStatement("select objection_closes_on from requested_condition "
                + "where application_id = ?::uuid and orpha_code = ?")) {
            s.setString(1, application);
            s.setInt(2, orphaCode);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getObject(1, LocalDate.class);
            }
        }
    }

    @Test
    void shouldGiveEachDecidedConditionTheWindowOfItsRound() throws SQLException {
        assertEquals(LocalDate.of(2030, 11, 12), closesOn("00000000-0000-0000-0000-000000002030", 558));
        assertEquals(null, closesOn("00000000-0000-0000-0000-000000002030", 79189));
    }

    @Test
    void shouldGiveSixWeeksWhereTheRoundHadBeenSetShorter() throws SQLException {
        assertEquals(LocalDate.of(2031, 10, 28), closesOn("00000000-0000-0000-0000-000000002031", 558));
        try (Statement s = connection.createStatement();
                var r = s.executeQuery("select objection_weeks from recognition_round where year = 2031")) {
            r.next();
            assertEquals(6, r.getInt(1));
        }
    }

    @Test
    void shouldRefuseAShorterPeriodOrADecisionWithoutAWindow() {
        assertThrows(SQLException.class,
                () -> execute("update recognition_round set objection_weeks = 5 where year = 2030"));
        assertThrows(SQLException.class,
                () -> execute("update requested_condition set objection_closes_on = decision_date + 41 where "
                        + "orpha_code = 558 and application_id = '00000000-0000-0000-0000-000000002030'"));
        assertThrows(SQLException.class, () -> execute("update requested_condition set objection_closes_on = null "
                + "where orpha_code = 558 and application_id = '00000000-0000-0000-0000-000000002030'"));
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
