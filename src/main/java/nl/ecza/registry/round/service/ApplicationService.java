package nl.ecza.registry.round.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.ecza.registry.audit.AuditTrail;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException.Violation;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.round.api.ApplicationContent;
import nl.ecza.registry.round.api.ApplicationView;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.model.ApplicationConflictException;
import nl.ecza.registry.round.model.ApplicationIncompleteException;
import nl.ecza.registry.round.model.ApplicationNotFoundException;
import nl.ecza.registry.round.model.ApplicationState;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RoundConflictException;
import nl.ecza.registry.security.Caller;
import nl.ecza.registry.security.NotRepresentedException;

/**
 * A hospital's side of a round: drafts, edits, submits and withdraws its applications, always before the
 * deadline and only for the institutions its token acts for. Others' applications do not exist for it.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    RoundMapper mapper;

    @Inject
    ApplicationContentRules rules;

    /** The application, if the caller may see it; otherwise it does not exist (404), whoever's it is. */
    public Application find(int year, UUID id) {
        Application application = Application.findById(id);
        if (application == null || application.roundYear != year || !caller.maySee(application.institutionId)) {
            throw new ApplicationNotFoundException(year, id);
        }
        return application;
    }

    /** Found, and the caller acts for its institution (staff may read it but not change it). */
    Application findOwn(int year, UUID id) {
        Application application = find(year, id);
        if (!caller.actsFor(application.institutionId)) {
            throw new ApplicationNotFoundException(year, id);
        }
        return application;
    }

    public List<Application> list(int year) {
        RoundService.find(year);
        if (caller.isStaff()) {
            return Application.list("roundYear = ?1 order by createdAt", year);
        }
        return Application.list("roundYear = ?1 and institutionId in ?2 order by createdAt", year,
                caller.institutions());
    }

    @Transactional
    public Application create(int year, ApplicationContent content) {
        RecognitionRound round = RoundService.find(year);
        if (!caller.actsFor(content.institutionId())) {
            throw new NotRepresentedException(content.institutionId());
        }
        requireAccepting(round);
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.roundYear = year;
        application.institutionId = content.institutionId();
        application.state = ApplicationState.DRAFT;
        application.createdAt = clock.instant();
        rules.apply(content, application);
        application.persistAndFlush();
        audit.record("application.created", "application", application.id, null, view(application, round));
        return application;
    }

    @Transactional
    public Application replace(int year, UUID id, ApplicationContent content, String ifMatch) {
        Application application = findOwn(year, id);
        Preconditions.requireMatch(ifMatch, application.version);
        RecognitionRound round = RoundService.find(year);
        requireDraft(application, "als concept", "as a draft");
        requireAccepting(round);
        if (!application.institutionId.equals(content.institutionId())) {
            throw new NotRepresentedException(content.institutionId());
        }
        ApplicationView before = view(application, round);
        rules.apply(content, application);
        application.flush();
        audit.record("application.changed", "application", id, before, view(application, round));
        return application;
    }

    @Transactional
    public Application submit(int year, UUID id, String ifMatch) {
        Application application = findOwn(year, id);
        Preconditions.requireMatch(ifMatch, application.version);
        RecognitionRound round = RoundService.find(year);
        requireDraft(application, "als concept", "as a draft");
        requireAccepting(round);
        rules.requireActiveConditions(application);
        List<Violation> missing = rules.missingForSubmission(application);
        if (!missing.isEmpty()) {
            throw new ApplicationIncompleteException(missing);
        }
        ApplicationView before = view(application, round);
        application.state = ApplicationState.SUBMITTED;
        application.submittedAt = clock.instant();
        application.updatedAt = application.submittedAt;
        application.flush();
        audit.record("application.submitted", "application", id, before, view(application, round));
        return application;
    }

    @Transactional
    public Application withdraw(int year, UUID id, String ifMatch) {
        Application application = findOwn(year, id);
        Preconditions.requireMatch(ifMatch, application.version);
        RecognitionRound round = RoundService.find(year);
        if (application.state == ApplicationState.WITHDRAWN) {
            throw ApplicationConflictException.state(application.state, "als concept of ingediend",
                    "as a draft or submitted");
        }
        requireAccepting(round);
        ApplicationView before = view(application, round);
        application.state = ApplicationState.WITHDRAWN;
        application.withdrawnAt = clock.instant();
        application.updatedAt = application.withdrawnAt;
        application.flush();
        audit.record("application.withdrawn", "application", id, before, view(application, round));
        return application;
    }

    private void requireAccepting(RecognitionRound round) {
        Instant now = clock.instant();
        if (round.deadlinePassedAt(now)) {
            throw ApplicationConflictException.deadlinePassed(round.year, round.applicationDeadline);
        }
        if (!round.acceptsApplicationsAt(now)) {
            throw RoundConflictException.phase(round, "als de ronde open is", "while the round is open");
        }
    }

    private static void requireDraft(Application application, String nl, String en) {
        if (application.state != ApplicationState.DRAFT) {
            throw ApplicationConflictException.state(application.state, nl, en);
        }
    }

    private ApplicationView view(Application application, RecognitionRound round) {
        return mapper.application(application, round, Language.NL);
    }

    static Violation missing(String field) {
        return new Violation(field, LocalizedText.of("is verplicht bij indienen", "is required to submit"));
    }
}
