package nl.ecza.registry.round.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.ecza.registry.centre.model.CentreInstitution;
import nl.ecza.registry.centre.model.ConditionNotRecognisableException;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.problem.InvalidParametersException.Violation;
import nl.ecza.registry.ern.model.Ern;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.round.api.ApplicationContent;
import nl.ecza.registry.round.api.ContactInput;
import nl.ecza.registry.round.api.RequestedConditionInput;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.model.RequestedCondition;

/**
 * What an application may say, checked when it is written (references exist, codes are active) and what it
 * must say before it is submitted (everything the assessment reads).
 */
@ApplicationScoped
public class ApplicationContentRules {

    @Inject
    Clock clock;

    @Inject
    NomenclatureReadModel nomenclature;

    void apply(ApplicationContent content, Application application) {
        List<Violation> violations = new ArrayList<>();
        List<UUID> partners = content.partnerInstitutionIds() == null ? List.of() : content.partnerInstitutionIds();
        List<String> erns = content.intendedErns() == null ? List.of() : content.intendedErns();
        List<RequestedConditionInput> conditions = content.conditions() == null ? List.of() : content.conditions();
        Set<UUID> knownInstitutions = partners.isEmpty() ? Set.of()
                : Institution.<Institution>list("id in ?1", partners).stream().map(i -> i.id)
                        .collect(Collectors.toSet());
        for (int i = 0; i < partners.size(); i++) {
            if (!knownInstitutions.contains(partners.get(i))) {
                violations.add(violation("partnerInstitutionIds[" + i + "]", "onbekende instelling",
                        "unknown institution"));
            } else if (partners.get(i).equals(content.institutionId())) {
                violations.add(violation("partnerInstitutionIds[" + i + "]", "is de aanvrager zelf",
                        "is the applicant itself"));
            }
        }
        for (int i = 0; i < erns.size(); i++) {
            if (Ern.findById(erns.get(i)) == null) {
                violations.add(violation("intendedErns[" + i + "]", "onbekend netwerk", "unknown network"));
            }
        }
        if (content.centreId() != null && CentreInstitution.count("key.centreId = ?1 and key.institutionId = ?2",
                content.centreId(), content.institutionId()) == 0) {
            violations.add(violation("centreId", "geen centrum waaraan de aanvrager deelneemt",
                    "not a centre the applicant takes part in"));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (!seen.add(conditions.get(i).orphaCode())) {
                violations.add(violation("conditions[" + i + "].orphaCode", "staat dubbel in de aanvraag",
                        "is listed twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        for (RequestedConditionInput requested : conditions) {
            requireActive(requested.orphaCode());
        }
        application.centreId = content.centreId();
        application.centreNameNl = blankToNull(content.centreNameNl());
        application.centreNameEn = blankToNull(content.centreNameEn());
        application.descriptionNl = blankToNull(content.descriptionNl());
        application.descriptionEn = blankToNull(content.descriptionEn());
        ContactInput patient = content.patientContact() == null ? new ContactInput(null, null, null)
                : content.patientContact();
        ContactInput professional = content.professionalContact() == null ? new ContactInput(null, null, null)
                : content.professionalContact();
        application.patientPhone = blankToNull(patient.phone());
        application.patientEmail = blankToNull(patient.email());
        application.patientWebsite = blankToNull(patient.website());
        application.professionalPhone = blankToNull(professional.phone());
        application.professionalEmail = blankToNull(professional.email());
        application.professionalWebsite = blankToNull(professional.website());
        application.researchOutput = blankToNull(content.researchOutput());
        application.patientOrganisationInvolvement = blankToNull(content.patientOrganisationInvolvement());
        application.partnerInstitutions.clear();
        application.partnerInstitutions.addAll(new LinkedHashSet<>(partners));
        application.intendedErns.clear();
        application.intendedErns.addAll(new LinkedHashSet<>(erns));
        replaceConditions(application, conditions);
        application.updatedAt = clock.instant();
    }

    /** Keeps the rows of codes that stay (deleting and re-inserting one key in one flush would collide). */
    private static void replaceConditions(Application application, List<RequestedConditionInput> conditions) {
        Map<Integer, RequestedConditionInput> wanted = conditions.stream()
                .collect(Collectors.toMap(RequestedConditionInput::orphaCode, Function.identity()));
        application.conditions.removeIf(c -> !wanted.containsKey(c.orphaCode()));
        for (int position = 0; position < conditions.size(); position++) {
            RequestedConditionInput input = conditions.get(position);
            RequestedCondition condition = application.condition(input.orphaCode()).orElseGet(() -> {
                RequestedCondition added = new RequestedCondition();
                added.key = new RequestedCondition.Key(application.id, input.orphaCode());
                added.application = application;
                application.conditions.add(added);
                return added;
            });
            condition.position = position;
            condition.carePathway = blankToNull(input.carePathway());
            condition.yearlyPatients = input.yearlyPatients();
        }
        application.conditions.sort((a, b) -> Integer.compare(a.position, b.position));
    }

    /** Again at submission: a nomenclature release since the draft may have made a code inactive. */
    void requireActiveConditions(Application application) {
        application.conditions.forEach(c -> requireActive(c.orphaCode()));
    }

    /** Only active codes can be recognised: an inactive one is refused with its replacement named. */
    private void requireActive(int orphaCode) {
        ConditionRecord condition = nomenclature.current().condition(orphaCode).orElse(null);
        if (condition == null || !condition.status().isActive()) {
            throw new ConditionNotRecognisableException(orphaCode, condition);
        }
    }

    /** Everything the assessment needs; empty when the application can be submitted. */
    List<Violation> missingForSubmission(Application application) {
        List<Violation> missing = new ArrayList<>();
        if (application.centreId == null && application.centreNameNl == null) {
            missing.add(ApplicationService.missing("centreNameNl"));
        }
        if (application.centreId == null && application.centreNameEn == null) {
            missing.add(ApplicationService.missing("centreNameEn"));
        }
        if (application.researchOutput == null) {
            missing.add(ApplicationService.missing("researchOutput"));
        }
        if (application.patientOrganisationInvolvement == null) {
            missing.add(ApplicationService.missing("patientOrganisationInvolvement"));
        }
        if (application.conditions.isEmpty()) {
            missing.add(ApplicationService.missing("conditions"));
        }
        for (int i = 0; i < application.conditions.size(); i++) {
            RequestedCondition c = application.conditions.get(i);
            if (c.carePathway == null) {
                missing.add(ApplicationService.missing("conditions[" + i + "].carePathway"));
            }
            if (c.yearlyPatients == null) {
                missing.add(ApplicationService.missing("conditions[" + i + "].yearlyPatients"));
            }
        }
        return missing;
    }

    private static Violation violation(String field, String nl, String en) {
        return new Violation(field, LocalizedText.of(nl, en));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
