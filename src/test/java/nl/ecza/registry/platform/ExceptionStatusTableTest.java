package nl.ecza.registry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.centre.model.ConditionNotRecognisableException;
import nl.ecza.registry.centre.model.RecognitionOverlapException;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.platform.problem.ExceptionStatusTable;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.problem.ProblemType;
import nl.ecza.registry.ern.model.ErnNotFoundException;
import nl.ecza.registry.ern.model.MembershipOverlapException;
import nl.ecza.registry.ern.model.MembershipWithoutRecognitionException;
import nl.ecza.registry.institution.model.InstitutionNotFoundException;
import nl.ecza.registry.nomenclature.model.ConditionNotFoundException;
import nl.ecza.registry.nomenclature.model.InvalidOrphaCodeException;
import nl.ecza.registry.nomenclature.model.NomenclatureUnavailableException;
import nl.ecza.registry.nomenclature.model.ReleaseNotFoundException;
import nl.ecza.registry.round.model.ApplicationConflictException;
import nl.ecza.registry.round.model.ApplicationIncompleteException;
import nl.ecza.registry.round.model.ApplicationNotFoundException;
import nl.ecza.registry.round.model.ObjectionConflictException;
import nl.ecza.registry.round.model.RequestedConditionNotFoundException;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.round.model.RoundNotFoundException;
import nl.ecza.registry.security.NotRepresentedException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

class ExceptionStatusTableTest {

    private static void assertMaps(Throwable exception, ProblemType type, int status) {
        ProblemType actual = ExceptionStatusTable.problemTypeFor(exception);
        assertEquals(type, actual, exception.getClass().getSimpleName());
        assertEquals(status, actual.status(), exception.getClass().getSimpleName());
    }

    @Test
    void shouldMapRegistryExceptions() {
        assertMaps(InvalidParametersException.of("page", "x", "x"), ProblemType.INVALID_PARAMETERS, 400);
        assertMaps(new InvalidOrphaCodeException("orphaCode", "abc"), ProblemType.INVALID_ORPHA_CODE, 400);
        assertMaps(new ConditionNotFoundException(1, "v"), ProblemType.CONDITION_NOT_FOUND, 404);
        assertMaps(new ReleaseNotFoundException(1), ProblemType.RELEASE_NOT_FOUND, 404);
        assertMaps(new NomenclatureUnavailableException(), ProblemType.NOMENCLATURE_UNAVAILABLE, 503);
        UUID id = UUID.randomUUID();
        assertMaps(new CentreNotFoundException(id), ProblemType.CENTRE_NOT_FOUND, 404);
        assertMaps(new InstitutionNotFoundException(id), ProblemType.INSTITUTION_NOT_FOUND, 404);
        assertMaps(new ErnNotFoundException("x"), ProblemType.ERN_NOT_FOUND, 404);
        assertMaps(new RecognitionOverlapException(id, 558, LocalDate.MIN, LocalDate.MAX),
                ProblemType.RECOGNITION_OVERLAP, 409);
        assertMaps(new MembershipOverlapException(id, "bond"), ProblemType.MEMBERSHIP_OVERLAP, 409);
        assertMaps(new ConditionNotRecognisableException(1, null), ProblemType.CONDITION_NOT_RECOGNISABLE, 422);
        assertMaps(new MembershipWithoutRecognitionException(id, "bond", LocalDate.MIN),
                ProblemType.MEMBERSHIP_WITHOUT_RECOGNITION, 422);
        // qualified: jakarta.validation has a ConstraintViolationException too
        assertMaps(new org.hibernate.exception.ConstraintViolationException("x", null, "recognition_no_overlap"),
                ProblemType.REGISTRY_CONFLICT, 409);
    }

    @Test
    void shouldMapRoundSecurityAndWriteExceptions() {
        UUID id = UUID.randomUUID();
        assertMaps(new RoundNotFoundException(2030), ProblemType.ROUND_NOT_FOUND, 404);
        assertMaps(RoundConflictException.exists(2030), ProblemType.ROUND_CONFLICT, 409);
        assertMaps(new ApplicationNotFoundException(2030, id), ProblemType.APPLICATION_NOT_FOUND, 404);
        assertMaps(ApplicationConflictException.deadlinePassed(2030, Instant.EPOCH),
                ProblemType.APPLICATION_CONFLICT, 409);
        assertMaps(new ApplicationIncompleteException(List.of()), ProblemType.APPLICATION_INCOMPLETE, 422);
        assertMaps(new RequestedConditionNotFoundException(558), ProblemType.REQUESTED_CONDITION_NOT_FOUND, 404);
        assertMaps(ObjectionConflictException.windowClosed(558, LocalDate.MIN, LocalDate.MAX),
                ProblemType.OBJECTION_CONFLICT, 409);
        assertMaps(new NotRepresentedException(id), ProblemType.NOT_REPRESENTED, 403);
        assertMaps(new Preconditions.PreconditionRequiredException(), ProblemType.PRECONDITION_REQUIRED, 428);
        assertMaps(new Preconditions.PreconditionFailedException(), ProblemType.PRECONDITION_FAILED, 412);
        assertMaps(new OptimisticLockException(), ProblemType.PRECONDITION_FAILED, 412);
        assertMaps(new IdempotentRequests.KeyReusedException("k"), ProblemType.IDEMPOTENCY_KEY_REUSED, 422);
        assertMaps(new UnauthorizedException(), ProblemType.UNAUTHORIZED, 401);
        assertMaps(new AuthenticationFailedException(), ProblemType.UNAUTHORIZED, 401);
        assertMaps(new ForbiddenException(), ProblemType.FORBIDDEN, 403);
    }

    @Test
    void shouldMapFrameworkExceptions() {
        assertMaps(new ConstraintViolationException(Set.of()), ProblemType.INVALID_PARAMETERS, 400);
        assertMaps(new JsonParseException(null, "bad"), ProblemType.MALFORMED_BODY, 400);
        assertMaps(MismatchedInputException.from(null, String.class, "wrong type"), ProblemType.MALFORMED_BODY, 400);
        assertMaps(new BadRequestException(), ProblemType.BAD_REQUEST, 400);
        assertMaps(new NotFoundException(), ProblemType.NOT_FOUND, 404);
        assertMaps(new NotAllowedException("GET"), ProblemType.METHOD_NOT_ALLOWED, 405);
        assertMaps(new NotAcceptableException(), ProblemType.NOT_ACCEPTABLE, 406);
        assertMaps(new NotSupportedException(), ProblemType.UNSUPPORTED_MEDIA_TYPE, 415);
        assertMaps(new ClientErrorException(413), ProblemType.PAYLOAD_TOO_LARGE, 413);
    }

    @Test
    void shouldMapALostDatabaseToServiceUnavailableHoweverItArrives() {
        // as found with PostgreSQL killed or frozen under the running
        // service (DatabaseOutageTest, scripts/check-outage.sh)
        SQLException refused = new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        SQLException terminated =
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01");
        SQLException readTimedOut = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new SocketTimeoutException("Read timed out"));
        SQLException poolTimeout = new SQLException("Sorry, acquisition timeout!");
        SQLException recovering = new SQLException("FATAL: the database system is in recovery mode", "57P03");
        for (Throwable t : List.of(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused),
                new GenericJDBCException("JDBC exception executing SQL", terminated),
                new PersistenceException(new GenericJDBCException("x", readTimedOut)),
                new GenericJDBCException("Unable to acquire JDBC Connection", poolTimeout),
                new RuntimeException(new SQLTransientConnectionException("gone")),
                new IllegalStateException("read model", recovering),
                refused)) {
            assertMaps(t, ProblemType.DATABASE_UNAVAILABLE, 503);
        }
        // an SQL error with the database present stays what it was
        assertMaps(new GenericJDBCException("x", new SQLException("relation does not exist", "42P01")),
                ProblemType.INTERNAL_ERROR, 500);
    }

    @Test
    void shouldTreatAnythingElseAsAnInternalError() {
        for (Throwable t : List.of(new IllegalStateException(), new NullPointerException(), new Error("boom"))) {
            assertMaps(t, ProblemType.INTERNAL_ERROR, 500);
        }
    }

    @Test
    void shouldGiveEveryProblemTypeAStableUrn() {
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, type.type().toString().matches("urn:nl:ecza:problem:[a-z-]+"), type.name());
        }
    }
}
