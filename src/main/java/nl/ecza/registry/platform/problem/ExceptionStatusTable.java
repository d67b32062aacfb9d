package nl.ecza.registry.platform.problem;

import static java.util.Map.entry;

import java.time.DateTimeException;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.centre.model.ConditionNotRecognisableException;
import nl.ecza.registry.centre.model.RecognitionOverlapException;
import nl.ecza.registry.ern.model.ErnNotFoundException;
import nl.ecza.registry.ern.model.MembershipOverlapException;
import nl.ecza.registry.ern.model.MembershipWithoutRecognitionException;
import nl.ecza.registry.common.database.DatabaseOutages;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.problem.ProblemType;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.institution.model.InstitutionNotFoundException;
import nl.ecza.registry.round.model.ApplicationConflictException;
import nl.ecza.registry.round.model.ApplicationIncompleteException;
import nl.ecza.registry.round.model.ApplicationNotFoundException;
import nl.ecza.registry.round.model.ObjectionConflictException;
import nl.ecza.registry.round.model.RequestedConditionNotFoundException;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.round.model.RoundNotFoundException;
import nl.ecza.registry.security.NotRepresentedException;
import nl.ecza.registry.nomenclature.model.ConditionNotFoundException;
import nl.ecza.registry.nomenclature.model.InvalidOrphaCodeException;
import nl.ecza.registry.nomenclature.model.NomenclatureUnavailableException;
import nl.ecza.registry.nomenclature.model.ReleaseNotFoundException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;

/**
 * The one place that decides which problem type, and so which HTTP status, an exception becomes.
 * Lookup walks up the class hierarchy; an unlisted exception caused by a lost database is a 503
 * ({@link DatabaseOutages#unreachable}); anything else unlisted is a 500 (and a bug).
 */
public final class ExceptionStatusTable {

    static final Map<Class<? extends Throwable>, ProblemType> TABLE = Map.ofEntries(
            // registry rules
            entry(InvalidParametersException.class, ProblemType.INVALID_PARAMETERS),
            entry(InvalidOrphaCodeException.class, ProblemType.INVALID_ORPHA_CODE),
            entry(ConditionNotFoundException.class, ProblemType.CONDITION_NOT_FOUND),
            entry(ReleaseNotFoundException.class, ProblemType.RELEASE_NOT_FOUND),
            entry(NomenclatureUnavailableException.class, ProblemType.NOMENCLATURE_UNAVAILABLE),
            entry(CentreNotFoundException.class, ProblemType.CENTRE_NOT_FOUND),
            entry(InstitutionNotFoundException.class, ProblemType.INSTITUTION_NOT_FOUND),
            entry(ErnNotFoundException.class, ProblemType.ERN_NOT_FOUND),
            entry(RecognitionOverlapException.class, ProblemType.RECOGNITION_OVERLAP),
            entry(MembershipOverlapException.class, ProblemType.MEMBERSHIP_OVERLAP),
            entry(ConditionNotRecognisableException.class, ProblemType.CONDITION_NOT_RECOGNISABLE),
            entry(MembershipWithoutRecognitionException.class, ProblemType.MEMBERSHIP_WITHOUT_RECOGNITION),
            entry(RoundNotFoundException.class, ProblemType.ROUND_NOT_FOUND),
            entry(RoundConflictException.class, ProblemType.ROUND_CONFLICT),
            entry(ApplicationNotFoundException.class, ProblemType.APPLICATION_NOT_FOUND),
            entry(ApplicationConflictException.class, ProblemType.APPLICATION_CONFLICT),
            entry(ApplicationIncompleteException.class, ProblemType.APPLICATION_INCOMPLETE),
            entry(RequestedConditionNotFoundException.class, ProblemType.REQUESTED_CONDITION_NOT_FOUND),
            entry(ObjectionConflictException.class, ProblemType.OBJECTION_CONFLICT),
            entry(NotRepresentedException.class, ProblemType.NOT_REPRESENTED),
            // writes: optimistic locking and idempotency
            entry(Preconditions.PreconditionRequiredException.class, ProblemType.PRECONDITION_REQUIRED),
            entry(Preconditions.PreconditionFailedException.class, ProblemType.PRECONDITION_FAILED),
            entry(OptimisticLockException.class, ProblemType.PRECONDITION_FAILED),
            entry(StaleStateException.class, ProblemType.PRECONDITION_FAILED),
            entry(IdempotentRequests.KeyReusedException.class, ProblemType.IDEMPOTENCY_KEY_REUSED),
            // security: no or an invalid token, or a token without the role
            entry(UnauthorizedException.class, ProblemType.UNAUTHORIZED),
            entry(AuthenticationFailedException.class, ProblemType.UNAUTHORIZED),
            entry(ForbiddenException.class, ProblemType.FORBIDDEN),
            // a database rule the service did not check first: still the client's conflict, never a 500
            // qualified: jakarta.validation has a ConstraintViolationException too
            entry(org.hibernate.exception.ConstraintViolationException.class, ProblemType.REGISTRY_CONFLICT),
            // a value PostgreSQL cannot store (a NUL character, a date beyond its range): the client's input
            entry(DataException.class, ProblemType.BAD_REQUEST),
            entry(DateTimeException.class, ProblemType.BAD_REQUEST),
            // the database cannot be reached (stopped, restarting, network gone) or gave no connection in time: 503
            // with Retry-After, decided by DatabaseOutages.unreachable (features ask it too, so it lives in common)
            // framework: bean validation, JSON binding, JAX-RS routing
            entry(ConstraintViolationException.class, ProblemType.INVALID_PARAMETERS),
            entry(JsonProcessingException.class, ProblemType.MALFORMED_BODY),
            entry(BadRequestException.class, ProblemType.BAD_REQUEST),
            entry(NotFoundException.class, ProblemType.NOT_FOUND),
            entry(NotAllowedException.class, ProblemType.METHOD_NOT_ALLOWED),
            entry(NotAcceptableException.class, ProblemType.NOT_ACCEPTABLE),
            entry(NotSupportedException.class, ProblemType.UNSUPPORTED_MEDIA_TYPE));

    private ExceptionStatusTable() {
    }

    public static ProblemType problemTypeFor(Throwable exception) {
        ProblemType listed = listed(exception);
        if (listed != null) {
            return listed;
        }
        if (DatabaseOutages.unreachable(exception)) {
            return ProblemType.DATABASE_UNAVAILABLE;
        }
        if (exception instanceof WebApplicationException wae && wae.getResponse() != null) {
            return ProblemType.forStatus(wae.getResponse().getStatus());
        }
        return ProblemType.INTERNAL_ERROR;
    }

    private static ProblemType listed(Throwable exception) {
        for (Class<?> c = exception.getClass(); c != null; c = c.getSuperclass()) {
            ProblemType type = TABLE.get(c);
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
