package nl.ecza.registry.round.mapping;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.round.api.ApplicationView;
import nl.ecza.registry.round.api.ContactInput;
import nl.ecza.registry.round.api.RequestedConditionView;
import nl.ecza.registry.round.api.RoundView;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RequestedCondition;
import nl.ecza.registry.round.service.RoundService;

/** Rounds and applications as the API shows them; times in Europe/Amsterdam. */
@ApplicationScoped
public class RoundMapper {

    @Inject
    Clock clock;

    @Inject
    NomenclatureReadModel nomenclature;

    @Inject
    RequestLanguage requestLanguage;

    public RoundView round(RecognitionRound round) {
        return new RoundView(round.year, round.state, ClockProducer.inUtc(round.applicationDeadline),
                round.acceptsApplicationsAt(clock.instant()), round.assessmentEnds, round.decisionsDue,
                round.objectionWeeks, ClockProducer.inUtc(round.publishedAt));
    }

    /** An application with its ETag, as every application endpoint answers. */
    public Response response(Application application) {
        return Response.ok(view(application)).header(HttpHeaders.ETAG, Preconditions.etag(application.version)).build();
    }

    /** An application in the language of the current request. */
    public ApplicationView view(Application application) {
        return application(application, RoundService.find(application.roundYear), requestLanguage.get());
    }

    public ApplicationView application(Application a, RecognitionRound round, Language language) {
        Map<UUID, String> names = Institution.<Institution>list("id in ?1",
                Stream.concat(Stream.of(a.institutionId), a.partnerInstitutions.stream()).toList())
                .stream().collect(Collectors.toMap(i -> i.id, i -> i.name));
        return new ApplicationView(a.id, a.roundYear, a.state,
                new ApplicationView.InstitutionName(a.institutionId, names.get(a.institutionId)), a.centreId,
                a.centreNameNl, a.centreNameEn, a.descriptionNl, a.descriptionEn,
                ContactInput.of(a.patientPhone, a.patientEmail, a.patientWebsite),
                ContactInput.of(a.professionalPhone, a.professionalEmail, a.professionalWebsite), a.researchOutput,
                a.patientOrganisationInvolvement, a.partnerInstitutions.stream()
                        .map(id -> new ApplicationView.InstitutionName(id, names.get(id))).toList(),
                List.copyOf(a.intendedErns),
                a.conditions.stream().map(c -> condition(c, round, language)).toList(),
                ClockProducer.inUtc(round.applicationDeadline), ClockProducer.inUtc(a.submittedAt),
                ClockProducer.inUtc(a.withdrawnAt), ClockProducer.inUtc(a.createdAt),
                ClockProducer.inUtc(a.updatedAt));
    }

    private RequestedConditionView condition(RequestedCondition c, RecognitionRound round, Language language) {
        String name = nomenclature.current().condition(c.orphaCode()).map(r -> r.name(language))
                .orElse("ORPHA:" + c.orphaCode());
        RequestedConditionView.AdviceView advice = c.advice == null ? null
                : new RequestedConditionView.AdviceView(c.advice, c.adviceReason, ClockProducer.inUtc(c.advisedAt));
        RequestedConditionView.DecisionView decision = null;
        if (c.decision != null) {
            Recognition recognition = c.recognitionId == null ? null : Recognition.findById(c.recognitionId);
            decision = new RequestedConditionView.DecisionView(c.decision, c.decisionDate, c.decisionReason,
                    c.recognitionId, recognition == null ? null : recognition.validFrom,
                    recognition == null ? null : recognition.validUntil, c.objectionClosesOn);
        }
        RequestedConditionView.ObjectionView objection = c.objectionLodgedAt == null ? null
                : new RequestedConditionView.ObjectionView(ClockProducer.inUtc(c.objectionLodgedAt), c.objectionReason,
                        c.objectionOutcome, c.objectionDecidedOn, c.objectionOutcomeReason);
        return new RequestedConditionView(c.orphaCode(), name, c.carePathway, c.yearlyPatients, advice,
                decision, objection);
    }

}
