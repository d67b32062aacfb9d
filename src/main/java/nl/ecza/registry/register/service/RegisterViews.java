package nl.ecza.registry.register.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.ecza.registry.centre.model.ExpertiseCentre;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.ern.model.ErnMembership;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.register.api.RegisteredCentre;
import nl.ecza.registry.round.api.ContactInput;

/** The staff view of the write side: everything, with the ETags that corrections send back. */
@ApplicationScoped
public class RegisterViews {

    @Inject
    Clock clock;

    @Inject
    NomenclatureReadModel nomenclature;

    public RegisteredCentre centre(ExpertiseCentre c) {
        List<RegisteredCentre.Participation> institutions = c.institutions.stream()
                .map(link -> new RegisteredCentre.Participation(link.key.institutionId(),
                        Institution.<Institution>findByIdOptional(link.key.institutionId()).map(i -> i.name)
                                .orElse(null), link.leading))
                .sorted(Comparator.comparing(RegisteredCentre.Participation::leading).reversed()).toList();
        List<RegisteredCentre.RegisteredRecognition> recognitions =
                Recognition.<Recognition>list("centreId = ?1 order by orphaCode, validFrom", c.id)
                .stream().map(this::recognition).toList();
        List<RegisteredCentre.RegisteredMembership> memberships =
                ErnMembership.<ErnMembership>list("centreId = ?1 order by ernCode, since", c.id)
                .stream().map(this::membership).toList();
        return new RegisteredCentre(c.id, c.nameNl, c.nameEn, c.descriptionNl, c.descriptionEn,
                ContactInput.of(c.patientPhone, c.patientEmail, c.patientWebsite),
                ContactInput.of(c.professionalPhone, c.professionalEmail, c.professionalWebsite),
                institutions, recognitions, memberships, c.demo, Preconditions.etag(c.version));
    }

    public RegisteredCentre.RegisteredRecognition recognition(Recognition r) {
        String name = nomenclature.current().condition(r.orphaCode).map(x -> x.name(Language.NL))
                .orElse("ORPHA:" + r.orphaCode);
        return new RegisteredCentre.RegisteredRecognition(r.id, r.orphaCode, name, r.roundYear, r.decisionDate,
                r.validFrom, r.validUntil, r.published, r.statusOn(ClockProducer.today(clock)).apiValue(),
                r.withdrawnOn, r.withdrawalReason, Preconditions.etag(r.version));
    }

    public RegisteredCentre.RegisteredMembership membership(ErnMembership m) {
        return new RegisteredCentre.RegisteredMembership(m.id, m.ernCode, m.membershipType, m.since, m.until,
                Preconditions.etag(m.version));
    }
}
