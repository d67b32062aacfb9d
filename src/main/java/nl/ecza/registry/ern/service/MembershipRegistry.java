package nl.ecza.registry.ern.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.ecza.registry.common.event.RegistryChanged;
import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.centre.model.ExpertiseCentre;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.ern.model.Ern;
import nl.ecza.registry.ern.model.ErnMembership;
import nl.ecza.registry.ern.model.ErnNotFoundException;
import nl.ecza.registry.ern.model.MembershipOverlapException;
import nl.ecza.registry.ern.model.MembershipWithoutRecognitionException;

/**
 * Registers ERN memberships. In the Netherlands only recognised centres may be members: a membership must
 * start within a recognition of the centre and, if it runs today, the centre must be recognised today.
 */
@ApplicationScoped
public class MembershipRegistry {

    @Inject
    Clock clock;

    @Inject
    Event<RegistryChanged> changed;

    @Transactional
    public UUID join(NewMembership request) {
        if (ExpertiseCentre.findById(request.centreId()) == null) {
            throw new CentreNotFoundException(request.centreId());
        }
        if (Ern.findById(request.ernCode()) == null) {
            throw new ErnNotFoundException(request.ernCode());
        }
        LocalDate today = LocalDate.now(clock);
        boolean runsToday = !request.since().isAfter(today)
                && (request.until() == null || request.until().isAfter(today));
        LocalDate mustBeRecognisedOn = runsToday ? today : request.since();
        // the refusal names the day that fails: the start of the membership first, then today
        for (LocalDate day : List.of(request.since(), mustBeRecognisedOn)) {
            if (!recognisedOn(request.centreId(), day)) {
                throw new MembershipWithoutRecognitionException(request.centreId(), request.ernCode(), day);
            }
        }
        long overlapping = ErnMembership.count("centreId = ?1 and ernCode = ?2 and (until is null or until > ?3)"
                + (request.until() == null ? "" : " and since < ?4"), overlapArguments(request));
        if (overlapping > 0) {
            throw new MembershipOverlapException(request.centreId(), request.ernCode());
        }
        ErnMembership membership = new ErnMembership();
        membership.id = UUID.randomUUID();
        membership.centreId = request.centreId();
        membership.ernCode = request.ernCode();
        membership.membershipType = request.type();
        membership.since = request.since();
        membership.until = request.until();
        membership.persist();
        changed.fire(new RegistryChanged());
        return membership.id;
    }

    private static Object[] overlapArguments(NewMembership request) {
        return request.until() == null
                ? new Object[] {request.centreId(), request.ernCode(), request.since()}
                : new Object[] {request.centreId(), request.ernCode(), request.since(), request.until()};
    }

    private static boolean recognisedOn(UUID centreId, LocalDate day) {
        return Recognition.count("centreId = ?1 and withdrawnOn is null and validFrom <= ?2 and validUntil > ?2",
                centreId, day) > 0;
    }
}
