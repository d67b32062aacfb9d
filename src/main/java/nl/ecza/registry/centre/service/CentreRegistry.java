package nl.ecza.registry.centre.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.centre.model.CentreInstitution;
import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.model.ConditionNotRecognisableException;
import nl.ecza.registry.centre.model.ExpertiseCentre;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.centre.model.RecognitionOverlapException;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.institution.model.InstitutionNotFoundException;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;

/**
 * Registers centres and their recognitions, checking the rules first so that a refusal explains itself;
 * the database enforces the same rules again. The read model follows through the registry version.
 */
@ApplicationScoped
public class CentreRegistry {

    @Inject
    Clock clock;

    @Inject
    Event<RegistryChanged> changed;

    @Inject
    NomenclatureReadModel nomenclature;

    @Transactional
    public UUID register(NewCentre request) {
        ExpertiseCentre centre = new ExpertiseCentre();
        centre.id = UUID.randomUUID();
        centre.nameNl = request.nameNl();
        centre.nameEn = request.nameEn();
        centre.descriptionNl = request.descriptionNl();
        centre.descriptionEn = request.descriptionEn();
        Contact patient = request.patientContact() == null ? Contact.NONE : request.patientContact();
        Contact professional = request.professionalContact() == null ? Contact.NONE : request.professionalContact();
        centre.patientPhone = patient.phone();
        centre.patientEmail = patient.email();
        centre.patientWebsite = patient.website();
        centre.professionalPhone = professional.phone();
        centre.professionalEmail = professional.email();
        centre.professionalWebsite = professional.website();
        centre.createdAt = clock.instant();
        centre.updatedAt = centre.createdAt;
        addInstitution(centre, request.leadingInstitution(), true);
        for (UUID partner : request.partnerInstitutions()) {
            if (!partner.equals(request.leadingInstitution())) {
                addInstitution(centre, partner, false);
            }
        }
        centre.persist();
        changed.fire(new RegistryChanged());
        return centre.id;
    }

    @Transactional
    public UUID recognise(NewRecognition request) {
        if (ExpertiseCentre.findById(request.centreId()) == null) {
            throw new CentreNotFoundException(request.centreId());
        }
        ConditionRecord condition = nomenclature.current().condition(request.orphaCode()).orElse(null);
        if (condition == null || !condition.status().isActive()) {
            throw new ConditionNotRecognisableException(request.orphaCode(), condition);
        }
        LocalDate until = request.effectiveValidUntil();
        Recognition overlapping = Recognition.<Recognition>find(
                "centreId = ?1 and orphaCode = ?2 and withdrawnOn is null and validFrom < ?3 and validUntil > ?4",
                request.centreId(), request.orphaCode(), until, request.validFrom()).firstResult();
        if (overlapping != null) {
            throw new RecognitionOverlapException(request.centreId(), request.orphaCode(), overlapping.validFrom,
                    overlapping.validUntil);
        }
        Recognition recognition = new Recognition();
        recognition.id = UUID.randomUUID();
        recognition.centreId = request.centreId();
        recognition.orphaCode = request.orphaCode();
        recognition.roundYear = request.roundYear();
        recognition.decisionDate = request.decisionDate();
        recognition.validFrom = request.validFrom();
        recognition.validUntil = until;
        recognition.published = request.published();
        recognition.createdAt = clock.instant();
        recognition.persist();
        changed.fire(new RegistryChanged());
        return recognition.id;
    }

    /** Ends a recognition early; from that day it is no longer visible. */
    @Transactional
    public void withdraw(UUID recognitionId, LocalDate on, String reason) {
        Recognition recognition = Recognition.findById(recognitionId);
        if (recognition == null) {
            throw new IllegalArgumentException("no recognition " + recognitionId);
        }
        recognition.withdrawnOn = on;
        recognition.withdrawalReason = reason;
        changed.fire(new RegistryChanged());
    }

    private static void addInstitution(ExpertiseCentre centre, UUID institutionId, boolean leading) {
        if (Institution.findById(institutionId) == null) {
            throw new InstitutionNotFoundException(institutionId);
        }
        CentreInstitution link = new CentreInstitution();
        link.key = new CentreInstitution.Key(centre.id, institutionId);
        link.centre = centre;
        link.leading = leading;
        centre.institutions.add(link);
    }
}
