package nl.ecza.registry.register.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.ecza.registry.audit.AuditTrail;
import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.model.ExpertiseCentre;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.ern.model.ErnMembership;
import nl.ecza.registry.ern.service.MembershipRegistry;
import nl.ecza.registry.ern.service.NewMembership;
import nl.ecza.registry.register.api.CentreChanges;
import nl.ecza.registry.register.api.CentreInput;
import nl.ecza.registry.register.api.MembershipChanges;
import nl.ecza.registry.register.api.MembershipInput;
import nl.ecza.registry.register.api.RecognitionChanges;
import nl.ecza.registry.register.api.RecognitionInput;
import nl.ecza.registry.round.api.ContactInput;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RoundConflictException;

/**
 * Staff corrections and history imports, outside a round but through the same services and rules as the round
 * (active codes only, no overlap, membership needs recognition), each change in the audit trail.
 */
@ApplicationScoped
public class RegisterMaintenance {

    @Inject
    Clock clock;

    @Inject
    CentreRegistry centres;

    @Inject
    MembershipRegistry memberships;

    @Inject
    AuditTrail audit;

    @Inject
    RegisterViews views;

    @Inject
    Event<RegistryChanged> changed;

    public static ExpertiseCentre centre(UUID id) {
        ExpertiseCentre centre = ExpertiseCentre.findById(id);
        if (centre == null) {
            throw new CentreNotFoundException(id);
        }
        return centre;
    }

    @Transactional
    public ExpertiseCentre create(CentreInput input) {
        UUID id = centres.register(new NewCentre(input.nameNl().strip(), input.nameEn().strip(), input.descriptionNl(),
                input.descriptionEn(), contact(input.patientContact()), contact(input.professionalContact()),
                input.leadingInstitutionId(),
                input.partnerInstitutionIds() == null ? List.of() : input.partnerInstitutionIds()));
        ExpertiseCentre centre = centre(id);
        centre.flush();
        audit.record("centre.created", "expertise-centre", id, null, views.centre(centre));
        return centre;
    }

    @Transactional
    public ExpertiseCentre change(UUID id, CentreChanges changes, String ifMatch) {
        ExpertiseCentre centre = centre(id);
        Preconditions.requireMatch(ifMatch, centre.version);
        var before = views.centre(centre);
        if (changes.nameNl() != null) {
            centre.nameNl = changes.nameNl().strip();
        }
        if (changes.nameEn() != null) {
            centre.nameEn = changes.nameEn().strip();
        }
        if (changes.descriptionNl() != null) {
            centre.descriptionNl = changes.descriptionNl();
        }
        if (changes.descriptionEn() != null) {
            centre.descriptionEn = changes.descriptionEn();
        }
        if (changes.patientContact() != null) {
            centre.patientPhone = changes.patientContact().phone();
            centre.patientEmail = changes.patientContact().email();
            centre.patientWebsite = changes.patientContact().website();
        }
        if (changes.professionalContact() != null) {
            centre.professionalPhone = changes.professionalContact().phone();
            centre.professionalEmail = changes.professionalContact().email();
            centre.professionalWebsite = changes.professionalContact().website();
        }
        centre.updatedAt = clock.instant();
        centre.flush();
        changed.fire(new RegistryChanged());
        audit.record("centre.changed", "expertise-centre", id, before, views.centre(centre));
        return centre;
    }

    @Transactional
    public Recognition recognise(UUID centreId, RecognitionInput input) {
        centre(centreId);
        if (input.decisionDate().getYear() < input.roundYear()
                || input.decisionDate().getYear() > input.roundYear() + 1) {
            throw InvalidParametersException.of("decisionDate", "moet in het rondejaar of het jaar erna liggen",
                    "must fall in the round's year or the next");
        }
        checkPeriod(input.validFrom(), input.validUntil());
        if (input.validFrom().isBefore(input.decisionDate())) {
            throw InvalidParametersException.of("validFrom", "mag niet voor het besluit liggen",
                    "must not be before the decision");
        }
        if (input.published()) {
            requireRoundPublished(input.roundYear());
        }
        UUID id = centres.recognise(new NewRecognition(centreId, input.orphaCode(), input.roundYear(),
                input.decisionDate(), input.validFrom(), input.validUntil(), input.published()));
        Recognition recognition = Recognition.findById(id);
        recognition.flush();
        audit.record("recognition.created", "recognition", id, null, views.recognition(recognition));
        return recognition;
    }

    @Transactional
    public Recognition change(UUID centreId, UUID recognitionId, RecognitionChanges changes, String ifMatch) {
        Recognition recognition = Recognition.findById(recognitionId);
        if (recognition == null || !recognition.centreId.equals(centreId)) {
            throw InvalidParametersException.of("recognitionId", "geen erkenning van dit centrum",
                    "not a recognition of this centre");
        }
        Preconditions.requireMatch(ifMatch, recognition.version);
        var before = views.recognition(recognition);
        if (changes.validUntil() != null) {
            checkPeriod(recognition.validFrom, changes.validUntil());
            recognition.validUntil = changes.validUntil();
        }
        if (changes.published() != null) {
            if (changes.published()) {
                requireRoundPublished(recognition.roundYear);
            }
            recognition.published = changes.published();
        }
        if (changes.withdrawnOn() != null) {
            if (!recognition.mayBeWithdrawnOn(changes.withdrawnOn())) {
                throw InvalidParametersException.of("withdrawnOn",
                        "moet binnen de geldigheid liggen (%s tot %s)"
                                .formatted(recognition.validFrom, recognition.validUntil),
                        "must lie within the validity (%s until %s)"
                                .formatted(recognition.validFrom, recognition.validUntil));
            }
            recognition.withdrawnOn = changes.withdrawnOn();
            recognition.withdrawalReason = changes.withdrawalReason();
        } else if (changes.withdrawalReason() != null) {
            if (recognition.withdrawnOn == null) {
                throw InvalidParametersException.of("withdrawalReason", "alleen bij een intrekking (withdrawnOn)",
                        "only with a withdrawal (withdrawnOn)");
            }
            recognition.withdrawalReason = changes.withdrawalReason();
        }
        recognition.flush();
        changed.fire(new RegistryChanged());
        audit.record("recognition.changed", "recognition", recognitionId, before, views.recognition(recognition));
        return recognition;
    }

    @Transactional
    public ErnMembership join(UUID centreId, MembershipInput input) {
        centre(centreId);
        if (input.until() != null && !input.until().isAfter(input.since())) {
            throw InvalidParametersException.of("until", "moet na since liggen", "must be after since");
        }
        UUID id = memberships.join(new NewMembership(centreId, input.ernCode(), input.membershipType(), input.since(),
                input.until()));
        ErnMembership membership = ErnMembership.findById(id);
        membership.flush();
        audit.record("membership.created", "ern-membership", id, null, views.membership(membership));
        return membership;
    }

    @Transactional
    public ErnMembership change(UUID centreId, UUID membershipId, MembershipChanges changes, String ifMatch) {
        ErnMembership membership = ErnMembership.findById(membershipId);
        if (membership == null || !membership.centreId.equals(centreId)) {
            throw InvalidParametersException.of("membershipId", "geen lidmaatschap van dit centrum",
                    "not a membership of this centre");
        }
        Preconditions.requireMatch(ifMatch, membership.version);
        var before = views.membership(membership);
        if (changes.membershipType() != null) {
            membership.membershipType = changes.membershipType();
        }
        if (changes.until() != null) {
            if (!changes.until().isAfter(membership.since)) {
                throw InvalidParametersException.of("until", "moet na since liggen", "must be after since");
            }
            membership.until = changes.until();
        }
        membership.flush();
        changed.fire(new RegistryChanged());
        audit.record("membership.changed", "ern-membership", membershipId, before, views.membership(membership));
        return membership;
    }

    /** A recognition of a round that this registry runs becomes public with the round, not before. */
    private static void requireRoundPublished(int year) {
        RecognitionRound round = RecognitionRound.findById(year);
        if (round != null && !round.recognitionsPublic()) {
            throw RoundConflictException.phase(round, "na publicatie van de ronde", "after the round is published");
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate until) {
        if (until != null && (!until.isAfter(from) || until.isAfter(from.plusYears(NewRecognition.VALIDITY_YEARS)))) {
            throw InvalidParametersException.of("validUntil", "moet na validFrom en hoogstens vijf jaar later liggen",
                    "must be after validFrom and at most five years later");
        }
    }

    private static Contact contact(ContactInput input) {
        return input == null ? Contact.NONE : new Contact(input.phone(), input.email(), input.website());
    }
}
