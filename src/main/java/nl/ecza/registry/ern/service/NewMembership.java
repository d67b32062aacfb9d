package nl.ecza.registry.ern.service;

import java.time.LocalDate;
import java.util.UUID;

import nl.ecza.registry.ern.model.MembershipType;

/** A centre joining a European Reference Network; {@code until} (exclusive) is null while it lasts. */
public record NewMembership(UUID centreId, String ernCode, MembershipType type, LocalDate since, LocalDate until) {
}
